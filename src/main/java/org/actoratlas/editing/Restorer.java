package org.actoratlas.editing;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.actoratlas.audit.PropertyValues;
import org.actoratlas.audit.Snapshot;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes a snapshot of the audit trail back: what exists only in {@code after} goes, the links and nodes
 * of {@code before} come back exactly as they were (a node with all its relationships).
 */
@Component
class Restorer {

	private static final Set<String> LABELS = Set.of("Organisation", "Donor", "Programme", "Country", "Region", "Theme",
			"Event", "Person", "Source");

	private static final String ENDPOINTS = """
			OPTIONAL MATCH (a1:Node {id: $from}) OPTIONAL MATCH (a2:StakeholderMap {id: $from})
			OPTIONAL MATCH (b:Node {id: $to})
			WITH coalesce(a1, a2) AS a, b WHERE a IS NOT NULL AND b IS NOT NULL
			""";

	private final Neo4jClient neo4j;

	Restorer(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	void restore(Snapshot before, Snapshot after) {
		Set<String> keep = new LinkedHashSet<>();
		before.nodes().forEach(node -> keep.add(node.id()));
		after.nodes().stream().filter(node -> !keep.contains(node.id())).forEach(node -> this.neo4j
			.query("MATCH (n:Node {id: $id}) DETACH DELETE n").bind(node.id()).to("id").run());
		Set<List<String>> keys = new LinkedHashSet<>();
		before.links().forEach(link -> keys.add(List.of(link.type(), link.from(), link.to())));
		after.links().forEach(link -> keys.add(List.of(link.type(), link.from(), link.to())));
		keys.forEach(key -> this.neo4j.query("MATCH (:Node {id: $from})-[r:" + type(key.get(0)) + "]->(:Node {id: $to}) DELETE r")
			.bindAll(Map.of("from", key.get(1), "to", key.get(2))).run());
		before.links().forEach(this::create);
		before.nodes().forEach(this::restore);
	}

	private void restore(Snapshot.NodeState node) {
		List<String> labels = node.labels().stream().filter(LABELS::contains).toList();
		this.neo4j.query("MERGE (n:Node {id: $id}) SET n = $properties WITH n REMOVE n:" + String.join(":", LABELS)
				+ (labels.isEmpty() ? "" : " SET n:" + String.join(":", labels)))
			.bindAll(Map.of("id", node.id(), "properties", PropertyValues.fromJson(node.properties())))
			.run();
		this.neo4j.query("MATCH (n:Node {id: $id})-[r]-(m) WHERE m:Node OR m:StakeholderMap DELETE r").bind(node.id()).to("id").run();
		node.relationships().forEach(this::create);
	}

	void create(Snapshot.LinkState link) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", link.from());
		parameters.put("to", link.to());
		parameters.put("properties", PropertyValues.fromJson(link.properties()));
		this.neo4j.query(ENDPOINTS + "CREATE (a)-[r:" + type(link.type()) + "]->(b) SET r = $properties").bindAll(parameters).run();
	}

	private static String type(String type) {
		if (!LinkType.isKnown(type)) {
			throw new IllegalStateException("The audit trail names an unknown relationship type " + type);
		}
		return "`" + type + "`";
	}

}
