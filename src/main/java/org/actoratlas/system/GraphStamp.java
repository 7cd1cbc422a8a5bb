package org.actoratlas.system;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A cheap fingerprint of the whole graph: the node and relationship counts, which Neo4j answers
 * in constant time from its count store. Imports add nodes and relationships, and every edit adds
 * a {@code Change} node, so the stamp moves whenever an index derived from the graph can be out of date.
 */
@Component
public class GraphStamp {

	private static final String STAMP = """
			CALL () { MATCH (n) RETURN count(n) AS nodes }
			CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
			RETURN nodes + ':' + relationships AS stamp
			""";

	private final Neo4jClient neo4j;

	public GraphStamp(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public String current() {
		return this.neo4j.query(STAMP).fetchAs(String.class).one().orElse("");
	}

}
