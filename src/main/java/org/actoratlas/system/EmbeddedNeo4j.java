package org.actoratlas.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j running inside the application, reachable only over Bolt on loopback so that the rest of
 * the app uses the driver exactly as it would against a server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService managementService;

	private final URI boltUri;

	private final AtomicLong changes = new AtomicLong();

	private EmbeddedNeo4j(DatabaseManagementService managementService, URI boltUri) {
		this.managementService = managementService;
		this.boltUri = boltUri;
		managementService.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
				new TransactionEventListenerAdapter<Object>() {
					@Override
					public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
						if (changesAnything(data)) {
							EmbeddedNeo4j.this.changes.incrementAndGet();
						}
					}
				});
	}

	/**
	 * How many transactions that changed the graph have committed since start: a stamp that moves
	 * with every write, read without a query.
	 */
	public long committedChanges() {
		return this.changes.get();
	}

	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		requireWritable(dataDir);
		requireFreePort(properties.boltPort());
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(dataDir)
				.setConfig(BoltConnector.enabled, true)
				// Auth is off because Bolt listens on loopback only; an external server brings its own.
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(properties.pageCache()))
				.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
				// The app closes its driver before the database, so no Bolt work is left to wait for:
				// Bolt's default 5 s + 5 s grace would make every stop take ten seconds.
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
				.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
				.build();
		}
		catch (RuntimeException ex) {
			throw new AtlasStartupException("The embedded Neo4j in " + dataDir + " did not start: " + rootMessage(ex),
					"If another Actor Atlas uses this directory, stop it or set atlas.neo4j.data-dir to another one.", ex);
		}
		GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var address = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
		log.info("Embedded Neo4j started in {} with Bolt on {}", dataDir, uri);
		return new EmbeddedNeo4j(service, uri);
	}

	private static boolean changesAnything(TransactionData data) {
		return Stream.of(data.createdNodes(), data.deletedNodes(), data.createdRelationships(), data.deletedRelationships(),
				data.assignedNodeProperties(), data.removedNodeProperties(), data.assignedRelationshipProperties(),
				data.removedRelationshipProperties(), data.assignedLabels(), data.removedLabels())
			.anyMatch(changes -> changes.iterator().hasNext());
	}

	public URI boltUri() {
		return this.boltUri;
	}

	@Override
	public void close() {
		log.info("Stopping embedded Neo4j");
		this.managementService.shutdown();
	}

	private static void requireWritable(Path dataDir) {
		try {
			Files.createDirectories(dataDir);
			Path probe = Files.createTempFile(dataDir, ".write-check", ".tmp");
			Files.delete(probe);
		}
		catch (IOException | SecurityException ex) {
			throw new AtlasStartupException("Cannot write to the data directory " + dataDir + ".",
					"Set atlas.neo4j.data-dir (or ATLAS_NEO4J_DATA_DIR) to a directory you can write to.", ex);
		}
	}

	private static void requireFreePort(int port) {
		if (port == 0) {
			return;
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress("127.0.0.1", port));
		}
		catch (IOException ex) {
			throw new AtlasStartupException("Bolt port " + port + " is already in use.",
					"Set atlas.neo4j.bolt-port (or ATLAS_NEO4J_BOLT_PORT) to a free port, or 0 to pick one.", ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
