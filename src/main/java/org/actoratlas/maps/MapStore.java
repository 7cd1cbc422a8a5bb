package org.actoratlas.maps;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Saved maps as {@code (:StakeholderMap)-[:INCLUDES {x, y, influence, interest, note}]->(:Node)}.
 * A map is not a {@code :Node}, so it never shows up in search or in the actor graph. It keeps a
 * snapshot of the focus's actors and of the links among its members, to tell later what changed.
 */
@Component
class MapStore {

	private static final String SAVE = """
			MERGE (m:StakeholderMap {id: $id})
			ON CREATE SET m.createdAt = $now
			SET m.title = $title, m.note = $note, m.focus = $focus, m.layout = $layout, m.relationshipTypes = $relationshipTypes,
			    m.author = $author, m.updatedAt = $now, m.snapshotActors = $snapshotActors, m.snapshotLinks = $snapshotLinks,
			    m.memberIds = [member IN $members | member.id]
			WITH m
			OPTIONAL MATCH (m)-[old:INCLUDES]->()
			DELETE old
			WITH DISTINCT m
			UNWIND $members AS member
			MATCH (a:Node {id: member.id})
			CREATE (m)-[:INCLUDES {x: member.x, y: member.y, influence: member.influence, interest: member.interest,
			                       note: member.note, position: member.position}]->(a)
			""";

	private static final String FIND = """
			MATCH (m:StakeholderMap {id: $id})
			OPTIONAL MATCH (m)-[i:INCLUDES]->(a:Node)
			WITH m, i, a ORDER BY i.position
			RETURN m {.*} AS map, collect(CASE WHEN a IS NULL THEN null ELSE
			       {id: a.id, name: a.name, labels: labels(a), type: coalesce(a.type, a.programmeType, a.eventType),
			        x: i.x, y: i.y, influence: i.influence, interest: i.interest, note: i.note} END) AS members
			""";

	private static final String LIST = """
			MATCH (m:StakeholderMap)
			RETURN m {.*, members: COUNT { (m)-[:INCLUDES]->() }} AS map
			ORDER BY m.updatedAt DESC, m.id
			""";

	private final Neo4jClient neo4j;

	MapStore(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	record Stored(Map<String, Object> map, List<Map<String, Object>> members) {
	}

	void save(String id, MapRecords.MapDraft draft, List<MapRecords.Member> members, List<String> snapshotActors,
			List<String> snapshotLinks) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("now", OffsetDateTime.now(ZoneOffset.UTC).toZonedDateTime());
		parameters.put("title", draft.title().strip());
		parameters.put("note", draft.note());
		parameters.put("focus", draft.focus() == null ? List.of() : draft.focus());
		parameters.put("layout", draft.layout() == null ? "role" : draft.layout());
		parameters.put("relationshipTypes", draft.relationshipTypes() == null ? List.of() : draft.relationshipTypes());
		parameters.put("author", draft.author());
		parameters.put("snapshotActors", snapshotActors);
		parameters.put("snapshotLinks", snapshotLinks);
		List<Map<String, Object>> rows = new java.util.ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			MapRecords.Member member = members.get(i);
			Map<String, Object> row = new HashMap<>();
			row.put("id", member.id());
			row.put("x", member.x());
			row.put("y", member.y());
			row.put("influence", member.influence());
			row.put("interest", member.interest());
			row.put("note", member.note());
			row.put("position", i);
			rows.add(row);
		}
		parameters.put("members", rows);
		this.neo4j.query(SAVE).bindAll(parameters).run();
	}

	@SuppressWarnings("unchecked")
	Optional<Stored> find(String id) {
		return this.neo4j.query(FIND).bind(id).to("id").fetch().one()
			.map(row -> new Stored((Map<String, Object>) row.get("map"), (List<Map<String, Object>>) row.get("members")));
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> list() {
		return this.neo4j.query(LIST).fetch().all().stream().map(row -> (Map<String, Object>) row.get("map")).toList();
	}

	boolean delete(String id) {
		return this.neo4j.query("MATCH (m:StakeholderMap {id: $id}) DETACH DELETE m RETURN count(*) AS deleted")
			.bind(id).to("id").fetchAs(Long.class).one().orElse(0L) > 0;
	}

	List<String> existing(List<String> ids) {
		return List.copyOf(this.neo4j.query("MATCH (n:Node) WHERE n.id IN $ids RETURN n.id").bind(ids).to("ids")
			.fetchAs(String.class).all());
	}

	static OffsetDateTime time(Object value) {
		if (value instanceof java.time.ZonedDateTime zoned) {
			return zoned.toOffsetDateTime();
		}
		return value instanceof OffsetDateTime offset ? offset : null;
	}

}
