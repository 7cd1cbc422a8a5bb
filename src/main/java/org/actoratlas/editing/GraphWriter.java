package org.actoratlas.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.actoratlas.system.BadParameterException;
import org.actoratlas.system.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The writes behind editing. Every value is a parameter; a label or relationship type enters the Cypher
 * text only from {@link Validation#KINDS} or {@link LinkType}, never from the request.
 */
@Component
class GraphWriter {

	private static final String KIND = """
			MATCH (n:Node {id: $id})
			RETURN [label IN labels(n) WHERE NOT label IN ['Node', 'Donor']][0] AS kind""";

	private static final String APPEND_PROVENANCE = """
			WITH r, [i IN range(0, size($sourceIds) - 1)
			         WHERE NOT any(j IN range(0, size(coalesce(r.sourceIds, [])) - 1)
			                       WHERE r.sourceIds[j] = $sourceIds[i] AND r.evidence[j] = $evidence[i])] AS fresh
			SET r.sourceIds = coalesce(r.sourceIds, []) + [i IN fresh | $sourceIds[i]],
			    r.evidence = coalesce(r.evidence, []) + [i IN fresh | $evidence[i]]""";

	private final Neo4jClient neo4j;

	GraphWriter(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The node's kind label, or 404. */
	String kindOf(String id) {
		return this.neo4j.query(KIND).bind(id).to("id").fetchAs(String.class).one()
			.orElseThrow(() -> new NotFoundException("node", id));
	}

	boolean exists(String id) {
		return this.neo4j.query("MATCH (n:Node {id: $id}) RETURN count(n) > 0").bind(id).to("id").fetchAs(Boolean.class)
			.one().orElse(false);
	}

	/** A free id such as {@code org:wanep-mali}, {@code org:wanep-mali-2} from the name. */
	String newId(String label, String name) {
		String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		String base = Validation.ID_PREFIXES.get(label) + ":" + (slug.isEmpty() ? "actor" : slug.substring(0, Math.min(60, slug.length())));
		String id = base;
		for (int n = 2; exists(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	void createNode(String id, String label, Map<String, Object> properties) {
		this.neo4j.query("CREATE (n:Node:" + label + " {id: $id}) SET n += $properties")
			.bindAll(Map.of("id", id, "properties", properties)).run();
	}

	void updateNode(String id, Map<String, Object> properties) {
		this.neo4j.query("MATCH (n:Node {id: $id}) SET n += $properties").bindAll(Map.of("id", id, "properties", properties)).run();
	}

	void addNodeSource(String id, String sourceId) {
		this.neo4j.query("""
				MATCH (n:Node {id: $id})
				SET n.sourceIds = CASE WHEN $sourceId IN coalesce(n.sourceIds, []) THEN n.sourceIds
				                       ELSE coalesce(n.sourceIds, []) + $sourceId END""")
			.bindAll(Map.of("id", id, "sourceId", sourceId)).run();
	}

	void deleteNode(String id) {
		this.neo4j.query("MATCH (n:Node {id: $id}) DETACH DELETE n").bind(id).to("id").run();
	}

	/** The id of the source to cite: the existing one (404 if unknown) or a new user-described Source. */
	String source(EditRecords.SourceRef source, String username) {
		if (source.id() != null && !source.id().isBlank()) {
			boolean known = this.neo4j.query("MATCH (s:Source {id: $id}) RETURN count(s) > 0").bind(source.id()).to("id")
				.fetchAs(Boolean.class).one().orElse(false);
			if (!known) {
				throw new BadParameterException("source.id", "no source with id '" + source.id() + "'");
			}
			return source.id();
		}
		String id = "source:user-" + UUID.randomUUID().toString().substring(0, 13);
		Map<String, Object> properties = new HashMap<>();
		properties.put("name", source.title().strip());
		properties.put("title", source.title().strip());
		properties.put("kind", source.kind());
		properties.put("url", source.url() == null || source.url().isBlank() ? null : source.url().strip());
		properties.put("date", source.date() == null || source.date().isBlank() ? null : Validation.date("source.date", source.date()));
		properties.put("note", source.quote().strip());
		properties.put("publisher", username);
		properties.put("createdAt", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toZonedDateTime());
		this.neo4j.query("CREATE (s:Node:Source {id: $id}) SET s += $properties").bindAll(Map.of("id", id, "properties", properties)).run();
		return id;
	}

	/** Creates the link, or adds the source to the one already there (no duplicate facts). */
	void link(LinkType type, String from, String to, Map<String, Object> properties, String sourceId, String evidence) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("properties", properties);
		parameters.put("sourceIds", List.of(sourceId));
		parameters.put("evidence", List.of(evidence));
		this.neo4j.query("MATCH (a:Node {id: $from}), (b:Node {id: $to}) MERGE (a)-[r:" + type.cypher() + "]->(b) SET r += $properties\n"
				+ APPEND_PROVENANCE).bindAll(parameters).run();
	}

	long unlink(LinkType type, String from, String to) {
		return this.neo4j.query("MATCH (:Node {id: $from})-[r:" + type.cypher() + "]->(:Node {id: $to}) DELETE r RETURN count(*)")
			.bindAll(Map.of("from", from, "to", to)).fetchAs(Long.class).one().orElse(0L);
	}

	/** Appends provenance to a link found by its element id (within the running transaction). */
	void appendProvenance(String elementId, List<Object> sourceIds, List<Object> evidence) {
		this.neo4j.query("MATCH ()-[r]->() WHERE elementId(r) = $element\n" + APPEND_PROVENANCE)
			.bindAll(Map.of("element", elementId, "sourceIds", sourceIds, "evidence", evidence)).run();
	}

	Optional<String> nodeName(String id) {
		return this.neo4j.query("MATCH (n:Node {id: $id}) RETURN n.name").bind(id).to("id").fetchAs(String.class).one();
	}

}
