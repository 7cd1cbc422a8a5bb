package org.actoratlas.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neo4j.driver.Driver;

/**
 * Collects the rows an importer states and writes them in batches, one transaction per batch, nodes
 * before the relationships that need them. The import's {@code Source} node is written with the first
 * batch, so a file that yields nothing leaves the graph untouched.
 * <p>
 * A batch is written on a thread of its own while the importer reads the next one (reading and
 * writing each take about half the time on two cores); at most one batch is in flight, in order, and
 * a failed write surfaces at the next flush.
 */
final class GraphBatch implements AutoCloseable {

	private final Driver driver;

	private final int batchSize;

	private final ImportLog log;

	private final SourceNode source;

	private final Map<String, NodeRow> nodes = new LinkedHashMap<>();

	private final Map<String, RelRow> relationships = new LinkedHashMap<>();

	private final Set<String> countedNodes = new HashSet<>();

	/** What was last written for each node in this import: an organisation named by many activities is written once. */
	private final Map<String, Integer> writtenNodes = new HashMap<>();

	private final Set<String> funders = new HashSet<>();

	private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> new Thread(task, "atlas-import-writer"));

	private Future<?> inFlight;

	private boolean sourceWritten;

	private boolean sourceCreated;

	GraphBatch(Driver driver, int batchSize, ImportLog log, SourceNode source) {
		this.driver = driver;
		this.batchSize = batchSize;
		this.log = log;
		this.source = source;
	}

	void node(NodeRow row) {
		Integer written = this.writtenNodes.get(row.id());
		if (written != null && written == row.hashCode() && !this.nodes.containsKey(row.id())) {
			return;
		}
		this.nodes.merge(row.id(), row, NodeRow::mergedWith);
		flushIfFull();
	}

	void relationship(RelRow row) {
		if (row.from().equals(row.to())) {
			return;
		}
		if (row.type().equals("FUNDS") && row.from().startsWith("org:")) {
			this.funders.add(row.from());
		}
		this.relationships.putIfAbsent(row.identity(), row);
		flushIfFull();
	}

	private void flushIfFull() {
		if (this.nodes.size() + this.relationships.size() >= this.batchSize) {
			flush();
		}
	}

	void flush() {
		if (this.nodes.isEmpty() && this.relationships.isEmpty()) {
			return;
		}
		awaitInFlight();
		List<NodeRow> nodeRows = List.copyOf(this.nodes.values());
		List<RelRow> relRows = List.copyOf(this.relationships.values());
		nodeRows.forEach(row -> this.writtenNodes.put(row.id(), row.hashCode()));
		this.nodes.clear();
		this.relationships.clear();
		this.inFlight = this.writer.submit(() -> write(nodeRows, relRows));
	}

	private void write(List<NodeRow> nodeRows, List<RelRow> relRows) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				if (!this.sourceWritten) {
					this.sourceCreated = this.source.merge(tx);
				}
				GraphWriter.writeNodes(tx, this.source.id(), nodeRows, (row, outcome) -> {
					if (this.countedNodes.add(row.id())) {
						this.log.count(row.label(), outcome);
					}
				});
				GraphWriter.writeRelationships(tx, this.source.id(), relRows, this.log);
			});
		}
		this.sourceWritten = true;
	}

	private void awaitInFlight() {
		if (this.inFlight == null) {
			return;
		}
		try {
			this.inFlight.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing a batch", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
		}
		finally {
			this.inFlight = null;
		}
	}

	/** Writes what is left, marks funders as donors, and records the counts on a new Source. */
	void finish() {
		flush();
		awaitInFlight();
		if (!this.sourceWritten) {
			return;
		}
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run("""
						UNWIND $ids AS id
						MATCH (o:Organisation {id: id}) WHERE (o)-[:FUNDS]->() AND NOT o:Donor
						SET o:Donor""", Map.of("ids", this.funders.stream().toList()));
				if (this.sourceCreated) {
					this.source.recordCounts(tx, this.log);
				}
			});
		}
	}

	boolean wroteAnything() {
		return this.sourceWritten;
	}

	/** Lets a batch already handed to the database finish (it is complete or absent), then stops the writer. */
	@Override
	public void close() {
		try {
			awaitInFlight();
		}
		finally {
			this.writer.shutdown();
		}
	}

}
