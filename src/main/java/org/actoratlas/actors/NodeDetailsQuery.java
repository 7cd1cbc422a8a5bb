package org.actoratlas.actors;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** A node, its relationships (capped for hubs) and the titles of the sources they cite. */
@Component
class NodeDetailsQuery {

	private static final String NODE = """
			MATCH (n:Node {id: $id})
			CALL (n) {
			  MATCH (n)-[r]-(m:Node)
			  WITH r, m ORDER BY type(r), m.name, m.id
			  LIMIT $limit
			  RETURN collect({type: type(r), outgoing: startNode(r) = n, properties: properties(r),
			                  id: m.id, name: m.name, labels: labels(m)}) AS relationships
			}
			CALL (n) {
			  MATCH (n)-[r]-(:Node)
			  WITH type(r) AS type, count(*) AS count ORDER BY type
			  RETURN collect([type, count]) AS counts
			}
			RETURN n {.*} AS properties, labels(n) AS labels, relationships, counts
			""";

	private static final String SOURCE_TITLES = """
			MATCH (s:Source) WHERE s.id IN $ids
			RETURN s.id AS id, coalesce(s.title, s.name) AS title
			""";

	private final Neo4jClient neo4j;

	NodeDetailsQuery(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Optional<NodeDetails> find(String id, int limit) {
		return this.neo4j.query(NODE).bind(id).to("id").bind(limit).to("limit").fetch().one().map(row -> toDetails(id, row));
	}

	private NodeDetails toDetails(String id, Map<String, Object> row) {
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) row.get("properties"));
		@SuppressWarnings("unchecked")
		List<String> labels = (List<String>) row.get("labels");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> relationships = (List<Map<String, Object>>) row.get("relationships");
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Object pair : (List<?>) row.get("counts")) {
			List<?> typeAndCount = (List<?>) pair;
			counts.put((String) typeAndCount.get(0), ((Number) typeAndCount.get(1)).longValue());
		}
		Map<String, String> titles = sourceTitles(relationships);
		List<NodeDetails.Relationship> views = relationships.stream().map(rel -> toRelationship(rel, titles)).toList();
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		properties.remove("id");
		String name = (String) properties.remove("name");
		return new NodeDetails(id, name, Kind.apiNameOf(labels), labels.stream().filter(l -> !l.equals("Node")).toList(),
				properties, views, counts, total > views.size());
	}

	@SuppressWarnings("unchecked")
	private static NodeDetails.Relationship toRelationship(Map<String, Object> rel, Map<String, String> titles) {
		Map<String, Object> properties = (Map<String, Object>) rel.get("properties");
		var other = new NodeDetails.NodeRef((String) rel.get("id"), (String) rel.get("name"),
				Kind.apiNameOf((List<String>) rel.get("labels")));
		return new NodeDetails.Relationship((String) rel.get("type"), Boolean.TRUE.equals(rel.get("outgoing")) ? "out" : "in",
				other, Provenance.withoutProvenance(properties), Provenance.citations(properties, titles));
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> sourceTitles(List<Map<String, Object>> relationships) {
		Set<String> ids = new TreeSet<>();
		relationships.forEach(rel -> ids.addAll(Provenance.sourceIds((Map<String, Object>) rel.get("properties"))));
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, String> titles = new HashMap<>();
		Collection<Map<String, Object>> rows = this.neo4j.query(SOURCE_TITLES).bind(ids).to("ids").fetch().all();
		rows.forEach(r -> titles.put((String) r.get("id"), (String) r.get("title")));
		return titles;
	}

}
