package org.actoratlas.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.actoratlas.actors.Provenance;
import org.actoratlas.audit.PropertyValues;
import org.actoratlas.audit.Snapshot;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Folds a duplicate into the actor it duplicates: its links move (a link the survivor already has with
 * the same properties gains the duplicate's sources instead), its name and aliases become aliases, its
 * sources and missing properties move, saved maps include the survivor instead; then it is deleted.
 */
@Component
class Merger {

	private static final Set<String> OWN = Set.of("id", "name", "aliases", "sourceIds", "normalisedName");

	private final Neo4jClient neo4j;

	private final Restorer restorer;

	private final GraphWriter writer;

	Merger(Neo4jClient neo4j, Restorer restorer, GraphWriter writer) {
		this.neo4j = neo4j;
		this.restorer = restorer;
		this.writer = writer;
	}

	@SuppressWarnings("unchecked")
	void merge(Snapshot.NodeState survivor, Snapshot.NodeState loser) {
		for (Snapshot.LinkState link : loser.relationships()) {
			String from = link.from().equals(loser.id()) ? survivor.id() : link.from();
			String to = link.to().equals(loser.id()) ? survivor.id() : link.to();
			if (from.equals(to)) {
				continue; // a link between the two duplicates says nothing once they are one
			}
			if ("INCLUDES".equals(link.type())) {
				moveMapMember(from, loser.id(), survivor.id(), link);
				continue;
			}
			Map<String, Object> plain = PropertyValues.fromJson(Provenance.withoutProvenance(link.properties()));
			String same = sameLink(link.type(), from, to, plain);
			if (same == null) {
				this.restorer.create(new Snapshot.LinkState(link.type(), from, to, link.properties()));
			}
			else {
				this.writer.appendProvenance(same, (List<Object>) link.properties().getOrDefault(Provenance.SOURCE_IDS, List.of()),
						(List<Object>) link.properties().getOrDefault(Provenance.EVIDENCE, List.of()));
			}
		}
		Map<String, Object> properties = new HashMap<>();
		loser.properties().forEach((key, value) -> {
			if (!OWN.contains(key) && !survivor.properties().containsKey(key)) {
				properties.put(key, value);
			}
		});
		Set<String> aliases = new LinkedHashSet<>(strings(survivor.properties().get("aliases")));
		aliases.add(String.valueOf(loser.properties().get("name")));
		aliases.addAll(strings(loser.properties().get("aliases")));
		aliases.remove(String.valueOf(survivor.properties().get("name")));
		Set<String> sourceIds = new LinkedHashSet<>(strings(survivor.properties().get(Provenance.SOURCE_IDS)));
		sourceIds.addAll(strings(loser.properties().get(Provenance.SOURCE_IDS)));
		properties.put("aliases", List.copyOf(aliases));
		properties.put(Provenance.SOURCE_IDS, List.copyOf(sourceIds));
		this.neo4j.query("MATCH (n:Node {id: $id}) SET n += $properties" + (loser.labels().contains("Donor") ? ", n:Donor" : ""))
			.bindAll(Map.of("id", survivor.id(), "properties", PropertyValues.fromJson(properties))).run();
		this.writer.deleteNode(loser.id());
	}

	private String sameLink(String type, String from, String to, Map<String, Object> plain) {
		List<Map<String, Object>> candidates = new ArrayList<>(this.neo4j
			.query("MATCH (:Node {id: $from})-[r]->(:Node {id: $to}) WHERE type(r) = $type RETURN elementId(r) AS id, properties(r) AS p")
			.bindAll(Map.of("from", from, "to", to, "type", type)).fetch().all());
		for (Map<String, Object> candidate : candidates) {
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = Provenance.withoutProvenance((Map<String, Object>) candidate.get("p"));
			if (properties.equals(plain)) {
				return (String) candidate.get("id");
			}
		}
		return null;
	}

	private void moveMapMember(String mapId, String loserId, String survivorId, Snapshot.LinkState link) {
		this.neo4j.query("""
				MATCH (m:StakeholderMap {id: $map}), (s:Node {id: $survivor})
				SET m.memberIds = [id IN coalesce(m.memberIds, []) | CASE WHEN id = $loser THEN $survivor ELSE id END]
				WITH m, s WHERE NOT (m)-[:INCLUDES]->(s)
				CREATE (m)-[i:INCLUDES]->(s) SET i = $properties""")
			.bindAll(Map.of("map", mapId, "survivor", survivorId, "loser", loserId, "properties",
					PropertyValues.fromJson(link.properties())))
			.run();
	}

	private static List<String> strings(Object value) {
		return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
	}

}
