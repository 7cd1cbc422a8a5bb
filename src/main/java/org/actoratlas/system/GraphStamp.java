package org.actoratlas.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A cheap fingerprint of the whole graph, which moves whenever an index derived from it can be out
 * of date: with the embedded database, the number of transactions that changed it; with a server,
 * the node and relationship counts, which Neo4j answers in constant time from its count store
 * (imports add nodes and relationships, and every edit adds a {@code Change} node).
 */
@Component
public class GraphStamp {

	private static final String STAMP = """
			CALL () { MATCH (n) RETURN count(n) AS nodes }
			CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
			RETURN nodes + ':' + relationships AS stamp
			""";

	private final Neo4jClient neo4j;

	private final EmbeddedNeo4j embedded;

	public GraphStamp(Neo4jClient neo4j, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.neo4j = neo4j;
		this.embedded = embedded.getIfAvailable();
	}

	/**
	 * The embedded database counts the transactions that changed it, which every write moves and
	 * costs nothing to read; a server is asked for its counts.
	 */
	public String current() {
		if (this.embedded != null) {
			return "changes:" + this.embedded.committedChanges();
		}
		return this.neo4j.query(STAMP).fetchAs(String.class).one().orElse("");
	}

}
