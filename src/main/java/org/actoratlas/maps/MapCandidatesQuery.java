package org.actoratlas.maps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.actoratlas.actors.Kind;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The organisations and people relevant to a focus: linked to it directly (based or active in a
 * country, funding or implementing a programme, taking part in an event, working on a theme or one
 * of its sub-themes) or through a programme or event that is. With several foci an actor must be
 * relevant to each, so "Mali" and "justice" gives the justice actors in Mali.
 */
@Component
class MapCandidatesQuery {

	private static final String CANDIDATES = """
			UNWIND $focus AS focusId
			MATCH (f:Node {id: focusId})
			CALL (f) {
			  OPTIONAL MATCH (sub:Theme)-[:PART_OF*1..3]->(f)
			  WITH f, collect(DISTINCT sub) AS subs
			  UNWIND [f] + subs AS target
			  RETURN target
			}
			CALL (target) {
			  MATCH (a:Organisation|Person)-[r]-(target)
			  RETURN a, type(r) + coalesce(' (' + r.role + ')', '') + ' ' + target.name AS reason
			  UNION
			  MATCH (a:Organisation|Person)-[r]->(x:Programme|Event)-[:ACTIVE_IN|HELD_IN|ADDRESSES|PART_OF]->(target)
			  RETURN a, type(r) + coalesce(' (' + r.role + ')', '') + ' ' + x.name AS reason
			}
			WITH a, focusId, collect(DISTINCT reason) AS reasons
			WITH a, collect(focusId) AS matched, reduce(all = [], rs IN collect(reasons) | all + rs) AS reasons
			WHERE size(matched) = size($focus) AND NOT a.id IN $focus
			RETURN a.id AS id, a.name AS name, labels(a) AS labels, a.type AS type, reasons[..6] AS reasons
			ORDER BY size(reasons) DESC, id
			LIMIT $limit
			""";

	private final Neo4jClient neo4j;

	MapCandidatesQuery(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<MapRecords.Candidate> candidates(Collection<String> focus, int limit) {
		Map<String, MapRecords.Candidate> candidates = new LinkedHashMap<>();
		for (Map<String, Object> row : this.neo4j.query(CANDIDATES).bind(List.copyOf(focus)).to("focus").bind(limit).to("limit")
			.fetch().all()) {
			@SuppressWarnings("unchecked")
			List<String> labels = (List<String>) row.get("labels");
			@SuppressWarnings("unchecked")
			List<String> reasons = new ArrayList<>((List<String>) row.get("reasons"));
			String kind = Kind.apiNameOf(labels);
			ActorGroup group = ActorGroup.of(kind, (String) row.get("type"), labels);
			candidates.put((String) row.get("id"), new MapRecords.Candidate((String) row.get("id"), (String) row.get("name"), kind,
					(String) row.get("type"), group.name().toLowerCase(java.util.Locale.ROOT), group.title, reasons));
		}
		return List.copyOf(candidates.values());
	}

}
