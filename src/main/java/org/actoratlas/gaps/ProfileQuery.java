package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * What each actor's work consists of, as features with the programmes, events or links that give
 * them (the evidence of an overlap). Programme types that only say where a record came from
 * (an IATI activity, a 3W presence row) are not features.
 */
@Component
class ProfileQuery {

	static final List<String> IMPORT_PROGRAMME_TYPES = List.of("iati-activity", "3w-presence", "fts-plan");

	private static final String ORGANISATIONS = """
			UNWIND $actors AS actor
			WITH actor.id AS actorId, actor.vias AS vias, actor.wanted AS wanted
			MATCH (o:Organisation {id: actorId})
			CALL (o, vias, wanted) {
			  UNWIND vias AS viaId
			  MATCH (v:Programme {id: viaId})
			  MATCH (o)-[r:IMPLEMENTS|FUNDS|REPORTS]->(v)-[a:ACTIVE_IN]->(f:Country|Region)
			  WHERE wanted IS NULL OR f.id IN wanted.COUNTRY OR f.id IN wanted.REGION
			  RETURN CASE WHEN f:Country THEN 'country' ELSE 'region' END AS kind, f.id AS fid, f.name AS fname, null AS place, v, coalesce(r.sourceIds, []) + coalesce(a.sourceIds, []) AS sources
			  UNION ALL
			  MATCH (o)-[r:ACTIVE_IN|BASED_IN]->(f:Country|Region)
			  WHERE wanted IS NULL OR f.id IN wanted.COUNTRY OR f.id IN wanted.REGION
			  RETURN CASE WHEN f:Country THEN 'country' ELSE 'region' END AS kind, f.id AS fid, f.name AS fname, null AS place, null AS v, coalesce(r.sourceIds, []) AS sources
			  UNION ALL
			  MATCH (o)-[r:PARTICIPATED_IN]->(v:Event)-[a:HELD_IN]->(f:Country)
			  WHERE wanted IS NULL OR f.id IN wanted.COUNTRY
			  RETURN 'country' AS kind, f.id AS fid, f.name AS fname, null AS place, v, coalesce(r.sourceIds, []) + coalesce(a.sourceIds, []) AS sources
			  UNION ALL
			  UNWIND vias AS viaId
			  MATCH (v:Programme {id: viaId})
			  MATCH (o)-[r:IMPLEMENTS|FUNDS|REPORTS]->(v)-[a:ADDRESSES]->(f:Theme)
			  WHERE wanted IS NULL OR f.id IN wanted.THEME_ANYWHERE
			  RETURN 'theme-anywhere' AS kind, f.id AS fid, f.name AS fname, null AS place, v, coalesce(r.sourceIds, []) + coalesce(a.sourceIds, []) AS sources
			  UNION ALL
			  UNWIND vias AS viaId
			  MATCH (v:Programme {id: viaId})
			  MATCH (o)-[r:IMPLEMENTS|FUNDS|REPORTS]->(v)-[a:ADDRESSES]->(f:Theme), (v)-[:ACTIVE_IN]->(place:Country|Region)
			  WHERE wanted IS NULL OR f.id + '@' + place.id IN wanted.THEME
			  RETURN 'theme' AS kind, f.id + '@' + place.id AS fid, f.name AS fname, place.name AS place, v, coalesce(r.sourceIds, []) + coalesce(a.sourceIds, []) AS sources
			  UNION ALL
			  MATCH (o)-[r:ADDRESSES]->(f:Theme)
			  WHERE wanted IS NULL OR f.id IN wanted.THEME_ANYWHERE
			  RETURN 'theme-anywhere' AS kind, f.id AS fid, f.name AS fname, null AS place, null AS v, coalesce(r.sourceIds, []) AS sources
			  UNION ALL
			  MATCH (o)-[r:PARTICIPATED_IN]->(v:Event)-[a:ADDRESSES]->(f:Theme)
			  WHERE wanted IS NULL OR f.id IN wanted.THEME_ANYWHERE
			  RETURN 'theme-anywhere' AS kind, f.id AS fid, f.name AS fname, null AS place, v, coalesce(r.sourceIds, []) + coalesce(a.sourceIds, []) AS sources
			  UNION ALL
			  MATCH (o)-[r:PARTICIPATED_IN]->(v:Event)-[a:ADDRESSES]->(f:Theme), (v)-[:HELD_IN]->(place:Country)
			  WHERE wanted IS NULL OR f.id + '@' + place.id IN wanted.THEME
			  RETURN 'theme' AS kind, f.id + '@' + place.id AS fid, f.name AS fname, place.name AS place, v, coalesce(r.sourceIds, []) + coalesce(a.sourceIds, []) AS sources
			  UNION ALL
			  UNWIND vias AS viaId
			  MATCH (v:Programme {id: viaId})
			  MATCH (o)-[r:IMPLEMENTS|REPORTS]->(v)<-[a:FUNDS]-(f:Organisation)
			  WHERE f <> o AND (wanted IS NULL OR f.id IN wanted.DONOR)
			  RETURN 'donor' AS kind, f.id AS fid, f.name AS fname, null AS place, v, coalesce(r.sourceIds, []) + coalesce(a.sourceIds, []) AS sources
			  UNION ALL
			  MATCH (o)<-[r:FUNDS]-(f:Organisation) WHERE f <> o AND (wanted IS NULL OR f.id IN wanted.DONOR)
			  RETURN 'donor' AS kind, f.id AS fid, f.name AS fname, null AS place, null AS v, coalesce(r.sourceIds, []) AS sources
			  UNION ALL
			  UNWIND vias AS viaId
			  MATCH (v:Programme {id: viaId})
			  MATCH (o)-[r:FUNDS]->(v)<-[a:IMPLEMENTS]-(f:Organisation)
			  WHERE f <> o AND (wanted IS NULL OR f.id IN wanted.GRANTEE)
			  RETURN 'grantee' AS kind, f.id AS fid, f.name AS fname, null AS place, v, coalesce(r.sourceIds, []) + coalesce(a.sourceIds, []) AS sources
			  UNION ALL
			  MATCH (o)-[r:FUNDS]->(f:Organisation) WHERE f <> o AND (wanted IS NULL OR f.id IN wanted.GRANTEE)
			  RETURN 'grantee' AS kind, f.id AS fid, f.name AS fname, null AS place, null AS v, coalesce(r.sourceIds, []) AS sources
			  UNION ALL
			  MATCH (o)-[r:PARTNERS_WITH]-(f:Organisation)
			  WHERE f <> o AND (wanted IS NULL OR f.id IN wanted.PARTNER) AND NOT EXISTS { (o)-[:PART_OF]-(f) } AND NOT EXISTS { (o)-[:PART_OF]->(:Organisation)<-[:PART_OF]-(f) }
			  RETURN 'partner' AS kind, f.id AS fid, f.name AS fname, null AS place, null AS v, coalesce(r.sourceIds, []) AS sources
			  UNION ALL
			  UNWIND vias AS viaId
			  MATCH (v:Programme {id: viaId})
			  MATCH (o)-[r:IMPLEMENTS]->(v)<-[a:IMPLEMENTS]-(f:Organisation)
			  WHERE f <> o AND (wanted IS NULL OR f.id IN wanted.PARTNER) AND NOT EXISTS { (o)-[:PART_OF]-(f) } AND NOT EXISTS { (o)-[:PART_OF]->(:Organisation)<-[:PART_OF]-(f) }
			  RETURN 'partner' AS kind, f.id AS fid, f.name AS fname, null AS place, v, coalesce(r.sourceIds, []) + coalesce(a.sourceIds, []) AS sources
			  UNION ALL
			  MATCH (o)-[r:MEMBER_OF|PART_OF]->(f:Organisation)
			  WHERE wanted IS NULL OR f.id IN wanted.NETWORK
			  RETURN 'network' AS kind, f.id AS fid, f.name AS fname, null AS place, null AS v, coalesce(r.sourceIds, []) AS sources
			  UNION ALL
			  UNWIND vias AS viaId
			  MATCH (v:Programme {id: viaId})
			  MATCH (o)-[r:IMPLEMENTS|FUNDS|REPORTS]->(v)
			  WHERE v.programmeType IS NOT NULL AND NOT v.programmeType IN $importTypes
			    AND (wanted IS NULL OR v.programmeType IN wanted.PROGRAMME_TYPE)
			  RETURN 'programme-type' AS kind, v.programmeType AS fid, v.programmeType AS fname, null AS place, v, coalesce(r.sourceIds, []) AS sources
			}
			RETURN actorId, kind, fid, fname, place, v.id AS viaId, v.name AS viaName, sources
			""";

	private static final String PROGRAMMES = """
			UNWIND $ids AS actorId
			MATCH (p:Programme {id: actorId})
			CALL (p) {
			  MATCH (p)-[a:ACTIVE_IN]->(f:Country|Region)
			  RETURN CASE WHEN f:Country THEN 'country' ELSE 'region' END AS kind, f.id AS fid, f.name AS fname, null AS place, coalesce(a.sourceIds, []) AS sources
			  UNION ALL
			  MATCH (p)-[a:ADDRESSES]->(f:Theme)
			  RETURN 'theme-anywhere' AS kind, f.id AS fid, f.name AS fname, null AS place, coalesce(a.sourceIds, []) AS sources
			  UNION ALL
			  MATCH (p)-[a:ADDRESSES]->(f:Theme), (p)-[:ACTIVE_IN]->(place:Country|Region)
			  RETURN 'theme' AS kind, f.id + '@' + place.id AS fid, f.name AS fname, place.name AS place, coalesce(a.sourceIds, []) AS sources
			  UNION ALL
			  MATCH (p)<-[a:FUNDS]-(f:Organisation)
			  RETURN 'donor' AS kind, f.id AS fid, f.name AS fname, null AS place, coalesce(a.sourceIds, []) AS sources
			  UNION ALL
			  MATCH (p) WHERE p.programmeType IS NOT NULL AND NOT p.programmeType IN $importTypes
			  RETURN 'programme-type' AS kind, p.programmeType AS fid, p.programmeType AS fname, null AS place, [] AS sources
			}
			RETURN actorId, kind, fid, fname, place, null AS viaId, null AS viaName, sources
			""";

	private final Neo4jClient neo4j;

	ProfileQuery(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Programme id to its features, each with where it comes from. */
	Map<String, Map<GapScoring.Feature, FeatureEvidence>> programmes(Collection<String> ids) {
		Map<String, Collection<String>> all = new LinkedHashMap<>();
		ids.forEach(id -> all.put(id, null));
		return profiles(ActorKind.PROGRAMME, all, Map.of());
	}

	/**
	 * Actor id to its features, each with where it comes from; of an organisation's programmes only
	 * those in its list are read (the programmes that give the features to be shown): complete
	 * evidence for those features at a fraction of the cost for organisations on thousands of programmes.
	 * An actor with {@code wanted} features gets those only: a large donor's other grantees and
	 * themes would be thousands of rows that no answer shows.
	 */
	@SuppressWarnings("unchecked")
	Map<String, Map<GapScoring.Feature, FeatureEvidence>> profiles(ActorKind kind, Map<String, ? extends Collection<String>> viasById,
			Map<String, ? extends Collection<GapScoring.Feature>> wanted) {
		Map<String, Map<GapScoring.Feature, FeatureEvidence>> profiles = new LinkedHashMap<>();
		List<Map<String, Object>> actors = new ArrayList<>();
		viasById.forEach((id, vias) -> {
			profiles.put(id, new LinkedHashMap<>());
			Map<String, Object> actor = new HashMap<>();
			actor.put("id", id);
			actor.put("vias", vias == null ? null : List.copyOf(vias));
			actor.put("wanted", wanted.containsKey(id) ? idsByKind(wanted.get(id)) : null);
			actors.add(actor);
		});
		this.neo4j.query(kind == ActorKind.PROGRAMME ? PROGRAMMES : ORGANISATIONS)
			.bind(List.copyOf(viasById.keySet())).to("ids")
			.bind(actors).to("actors")
			.bind(IMPORT_PROGRAMME_TYPES).to("importTypes")
			.fetch()
			.all()
			.forEach(row -> {
				var feature = new GapScoring.Feature(FeatureKind.fromApiName((String) row.get("kind")), (String) row.get("fid"),
						(String) row.get("fname"), (String) row.get("place"));
				var evidence = profiles.get((String) row.get("actorId")).computeIfAbsent(feature, f -> new FeatureEvidence());
				if (row.get("viaId") != null) {
					evidence.via.putIfAbsent((String) row.get("viaId"), (String) row.get("viaName"));
				}
				else {
					evidence.direct = true;
				}
				List<Object> sources = row.get("sources") == null ? List.of() : (List<Object>) row.get("sources");
				sources.forEach(s -> evidence.sourceIds.add(String.valueOf(s)));
			});
		return profiles;
	}

	/** Feature ids under their kind's enum name, as the query's filters look them up. */
	private static Map<String, List<String>> idsByKind(Collection<GapScoring.Feature> features) {
		Map<String, List<String>> ids = new HashMap<>();
		features.forEach(f -> ids.computeIfAbsent(f.kind().name(), k -> new ArrayList<>()).add(f.id()));
		return ids;
	}

	/** The programmes or events (id to name) behind a feature, and the sources that state it. */
	static final class FeatureEvidence {

		final Map<String, String> via = new LinkedHashMap<>();

		final Set<String> sourceIds = new LinkedHashSet<>();

		boolean direct;

		List<String> viaIds() {
			return new ArrayList<>(this.via.keySet());
		}

	}

}
