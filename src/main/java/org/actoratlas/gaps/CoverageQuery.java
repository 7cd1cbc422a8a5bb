package org.actoratlas.gaps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Names of the countries, themes and programmes a coverage matrix shows. */
@Component
class CoverageQuery {

	private static final String NAMES = """
			MATCH (n:Node) WHERE n.id IN $ids
			RETURN n.id AS id, n.name AS name
			""";

	private final Neo4jClient neo4j;

	CoverageQuery(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Map<String, String> names(List<String> ids) {
		Map<String, String> names = new HashMap<>();
		this.neo4j.query(NAMES).bind(ids).to("ids").fetch().all()
			.forEach(row -> names.put((String) row.get("id"), (String) row.get("name")));
		return names;
	}

}
