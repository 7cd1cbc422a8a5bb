package org.actoratlas.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.actoratlas.actors.Kind;
import org.actoratlas.actors.Provenance;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads a set of nodes and the relationships among them as a {@link Subgraph}. */
@Component
public class SubgraphQuery {

	private static final String NODES = """
			MATCH (n:Node) WHERE n.id IN $ids
			RETURN n.id AS id, n.name AS name, labels(n) AS labels,
			       coalesce(n.type, n.programmeType, n.eventType) AS type, COUNT { (n)--() } AS degree,
			       n {.startDate, .endDate, .date, .iso2, .dacCode, .budget, .currency} AS properties
			""";

	private static final String LINKS = """
			MATCH (a:Node)-[r]->(b:Node) WHERE a.id IN $ids AND b.id IN $ids AND ($relTypes IS NULL OR type(r) IN $relTypes)
			RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties
			ORDER BY source, type, target
			""";

	private final Neo4jClient neo4j;

	SubgraphQuery(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@SuppressWarnings("unchecked")
	public Subgraph induced(Collection<String> ids, List<String> relationshipTypes, boolean truncated) {
		List<Subgraph.Node> nodes = this.neo4j.query(NODES).bind(List.copyOf(ids)).to("ids").fetch().all().stream()
			.map(row -> {
				List<String> labels = (List<String>) row.get("labels");
				Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) row.get("properties"));
				properties.values().removeIf(java.util.Objects::isNull);
				return new Subgraph.Node((String) row.get("id"), (String) row.get("name"), Kind.apiNameOf(labels),
						(String) row.get("type"), labels.contains(Kind.DONOR.label()), ((Number) row.get("degree")).longValue(),
						properties);
			})
			.sorted(java.util.Comparator.comparing(Subgraph.Node::id))
			.toList();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(ids));
		parameters.put("relTypes", relationshipTypes == null || relationshipTypes.isEmpty() ? null : relationshipTypes);
		Map<String, Integer> seen = new HashMap<>();
		List<Subgraph.Link> links = new ArrayList<>();
		for (Map<String, Object> row : this.neo4j.query(LINKS).bindAll(parameters).fetch().all()) {
			Map<String, Object> properties = (Map<String, Object>) row.get("properties");
			String key = row.get("source") + "|" + row.get("type") + "|" + row.get("target");
			int occurrence = seen.merge(key, 1, Integer::sum);
			links.add(new Subgraph.Link(occurrence == 1 ? key : key + "|" + occurrence, (String) row.get("source"),
					(String) row.get("target"), (String) row.get("type"), Provenance.withoutProvenance(properties),
					Provenance.sourceIds(properties)));
		}
		return new Subgraph(nodes, links, truncated);
	}

}
