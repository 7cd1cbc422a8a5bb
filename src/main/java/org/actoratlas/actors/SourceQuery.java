package org.actoratlas.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

@Component
class SourceQuery {

	private static final String ALL = """
			MATCH (s:Source)
			RETURN s {.*} AS properties
			ORDER BY s.date DESC, s.id
			""";

	private static final String ONE = """
			MATCH (s:Source {id: $id})
			CALL (s) {
			  MATCH (a:Node)-[r]->(b:Node) WHERE s.id IN r.sourceIds
			  WITH a, r, b LIMIT $limit
			  RETURN collect({type: type(r), fromId: a.id, fromName: a.name, fromLabels: labels(a),
			                  toId: b.id, toName: b.name, toLabels: labels(b),
			                  evidence: r.evidence[head([i IN range(0, size(r.sourceIds) - 1) WHERE r.sourceIds[i] = s.id])]}) AS facts
			}
			RETURN s {.*} AS properties, facts
			""";

	private final Neo4jClient neo4j;

	private final SourceDocuments documents;

	SourceQuery(Neo4jClient neo4j, SourceDocuments documents) {
		this.neo4j = neo4j;
		this.documents = documents;
	}

	@SuppressWarnings("unchecked")
	List<SourceSummary> all() {
		return this.neo4j.query(ALL).fetch().all().stream().map(row -> {
			Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) row.get("properties"));
			String id = (String) properties.remove("id");
			return new SourceSummary(id, title(properties), properties, this.documents.exists(properties));
		}).toList();
	}

	@SuppressWarnings("unchecked")
	Optional<SourceDetails> find(String id, int limit) {
		return this.neo4j.query(ONE).bind(id).to("id").bind(limit).to("limit").fetch().one().map(row -> {
			Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) row.get("properties"));
			properties.remove("id");
			List<SourceDetails.Fact> facts = ((List<Map<String, Object>>) row.get("facts")).stream()
				.map(f -> new SourceDetails.Fact((String) f.get("type"),
						new NodeDetails.NodeRef((String) f.get("fromId"), (String) f.get("fromName"),
								Kind.apiNameOf((List<String>) f.get("fromLabels"))),
						new NodeDetails.NodeRef((String) f.get("toId"), (String) f.get("toName"),
								Kind.apiNameOf((List<String>) f.get("toLabels"))),
						(String) f.get("evidence")))
				.toList();
			return new SourceDetails(id, title(properties), properties, this.documents.exists(properties), facts);
		});
	}

	Optional<Map<String, Object>> properties(String id) {
		return this.neo4j.query("MATCH (s:Source {id: $id}) RETURN s {.*} AS properties")
			.bind(id).to("id")
			.fetch()
			.one()
			.map(row -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> properties = (Map<String, Object>) row.get("properties");
				return properties;
			});
	}

	private static String title(Map<String, Object> properties) {
		Object title = properties.getOrDefault("title", properties.get("name"));
		return title == null ? null : title.toString();
	}

}
