package org.actoratlas.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads the current state of nodes and links for the audit trail. */
@Component
public class Snapshots {

	private static final String NODE = """
			MATCH (n:Node {id: $id})
			OPTIONAL MATCH (n)-[r]-(m)
			WHERE m.id IS NOT NULL AND (m:Node OR m:StakeholderMap)
			RETURN labels(n) AS labels, properties(n) AS properties,
			       collect(CASE WHEN r IS NULL THEN null ELSE
			               {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)} END) AS relationships
			""";

	private static final String LINKS = """
			MATCH (a:Node {id: $from})-[r]->(b:Node {id: $to})
			WHERE type(r) = $type
			RETURN properties(r) AS properties
			""";

	private final Neo4jClient neo4j;

	Snapshots(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The nodes with all their relationships, leaving out those that do not exist. */
	public Snapshot nodes(String... ids) {
		List<Snapshot.NodeState> nodes = new ArrayList<>();
		for (String id : ids) {
			this.neo4j.query(NODE).bind(id).to("id").fetch().one().ifPresent(row -> nodes.add(node(id, row)));
		}
		return new Snapshot(nodes, List.of());
	}

	/** Every link of this type from one node to the other (parallel links included). */
	public Snapshot links(String type, String from, String to) {
		List<Snapshot.LinkState> links = this.neo4j.query(LINKS)
			.bindAll(Map.of("type", type, "from", from, "to", to))
			.fetch()
			.all()
			.stream()
			.map(row -> new Snapshot.LinkState(type, from, to, properties(row.get("properties"))))
			.toList();
		return new Snapshot(List.of(), links);
	}

	@SuppressWarnings("unchecked")
	private static Snapshot.NodeState node(String id, Map<String, Object> row) {
		List<Snapshot.LinkState> relationships = ((List<Map<String, Object>>) row.get("relationships")).stream()
			.map(r -> new Snapshot.LinkState((String) r.get("type"), (String) r.get("from"), (String) r.get("to"),
					properties(r.get("properties"))))
			.toList();
		return new Snapshot.NodeState(id, List.copyOf((List<String>) row.get("labels")), properties(row.get("properties")),
				relationships);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Object value) {
		return PropertyValues.toJson((Map<String, Object>) value);
	}

}
