package org.actoratlas.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Counts from Neo4j's count store (only the graph's own {@code :Node}s, not migration bookkeeping): a label or relationship type count is constant time, so these
 * queries name each label and type rather than scanning the graph. Names come from the model and
 * from the database itself, never from a request.
 */
@Component
class StatsQuery {

	private final Neo4jClient neo4j;

	StatsQuery(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Stats stats() {
		Map<String, Long> nodesByKind = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			nodesByKind.put(kind.apiName(), count("MATCH (n:" + kind.label() + ") RETURN count(n) AS count"));
		}
		Map<String, Long> relationshipsByType = new LinkedHashMap<>();
		List<String> types = List.copyOf(this.neo4j.query("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType")
			.fetchAs(String.class)
			.all());
		for (String type : types) {
			long count = count("MATCH (:Node)-[r:`" + type.replace("`", "``") + "`]->() RETURN count(r) AS count");
			if (count > 0) {
				relationshipsByType.put(type, count);
			}
		}
		Map<String, Long> organisationsByType = new LinkedHashMap<>();
		this.neo4j.query("MATCH (o:Organisation) RETURN coalesce(o.type, 'unknown') AS type, count(*) AS count ORDER BY count DESC, type")
			.fetch()
			.all()
			.forEach(row -> organisationsByType.put((String) row.get("type"), ((Number) row.get("count")).longValue()));
		return new Stats(nodesByKind, organisationsByType, relationshipsByType, count("MATCH (n:Node) RETURN count(n) AS count"),
				relationshipsByType.values().stream().mapToLong(Long::longValue).sum());
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElse(0L);
	}

}
