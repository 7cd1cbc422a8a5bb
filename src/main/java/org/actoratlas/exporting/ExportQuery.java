package org.actoratlas.exporting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.actoratlas.actors.Kind;
import org.actoratlas.actors.Provenance;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads nodes by id, the links among them and the sources those links cite, with all properties. */
@Component
class ExportQuery {

	private static final String NODES = """
			MATCH (n:Node) WHERE n.id IN $ids
			RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
			ORDER BY id
			""";

	private static final String LINKS = """
			MATCH (a:Node)-[r]->(b:Node)
			WHERE a.id IN $ids AND b.id IN $ids AND ($relTypes IS NULL OR type(r) IN $relTypes)
			RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties
			ORDER BY source, type, target
			""";

	private final Neo4jClient neo4j;

	ExportQuery(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@SuppressWarnings("unchecked")
	ExportedGraph read(String title, Collection<String> ids, List<String> relationshipTypes) {
		List<ExportedGraph.Node> nodes = this.neo4j.query(NODES).bind(List.copyOf(ids)).to("ids").fetch().all().stream()
			.map(row -> {
				List<String> labels = (List<String>) row.get("labels");
				Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) row.get("properties"));
				return new ExportedGraph.Node((String) row.get("id"), (String) properties.get("name"), Kind.apiNameOf(labels),
						labels, properties);
			})
			.toList();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(ids));
		parameters.put("relTypes", relationshipTypes == null || relationshipTypes.isEmpty() ? null : relationshipTypes);
		List<ExportedGraph.Link> links = new ArrayList<>();
		TreeSet<String> sourceIds = new TreeSet<>();
		for (Map<String, Object> row : this.neo4j.query(LINKS).bindAll(parameters).fetch().all()) {
			Map<String, Object> properties = (Map<String, Object>) row.get("properties");
			List<ExportedGraph.Citation> citations = new ArrayList<>();
			Provenance.forEachCitation(properties, (sourceId, evidence) -> {
				citations.add(new ExportedGraph.Citation(sourceId, evidence));
				sourceIds.add(sourceId);
			});
			links.add(new ExportedGraph.Link((String) row.get("source"), (String) row.get("target"), (String) row.get("type"),
					Provenance.withoutProvenance(properties), citations));
		}
		return new ExportedGraph(title, OffsetDateTime.now(), nodes, links, sources(sourceIds));
	}

	@SuppressWarnings("unchecked")
	private List<ExportedGraph.Source> sources(Collection<String> ids) {
		return this.neo4j.query(NODES).bind(List.copyOf(ids)).to("ids").fetch().all().stream().map(row -> {
			Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) row.get("properties"));
			Object title = properties.getOrDefault("title", properties.get("name"));
			return new ExportedGraph.Source((String) row.get("id"), title == null ? null : title.toString(),
					(List<String>) row.get("labels"), properties);
		}).toList();
	}

}
