package org.actoratlas.gaps;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The actors a gap analysis looks at: organisations (or donors, or programmes) working in a country
 * and on a theme. An organisation works in a country when a programme it implements, funds or
 * reports is active there, when it is active or based there, or when it took part in an event held
 * there; themes likewise through programmes, events or its own ADDRESSES links.
 */
@Component
class ActorQuery {

	// Starts from the country node when there is one, so a country query never scans all organisations.
	private static final String ORGANISATIONS_MATCHING = """
			CALL () {
			  MATCH (o:Organisation) WHERE $country IS NULL RETURN o
			  UNION
			  MATCH (:Country {id: $country})<-[:ACTIVE_IN]-(:Programme)<-[:IMPLEMENTS|FUNDS|REPORTS]-(o:Organisation) RETURN o
			  UNION
			  MATCH (:Country {id: $country})<-[:ACTIVE_IN|BASED_IN]-(o:Organisation) RETURN o
			  UNION
			  MATCH (:Country {id: $country})<-[:HELD_IN]-(:Event)<-[:PARTICIPATED_IN]-(o:Organisation) RETURN o
			}
			WITH o WHERE ($donorsOnly = false OR o:Donor)
			  AND ($themes IS NULL
			    OR EXISTS { (o)-[:IMPLEMENTS|FUNDS|REPORTS]->(:Programme)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $themes }
			    OR EXISTS { (o)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $themes }
			    OR EXISTS { (o)-[:PARTICIPATED_IN]->(:Event)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $themes })
			""";

	private static final String ORGANISATION_FIELDS = """
			RETURN o.id AS id, o.name AS name, o.type AS type, o:Donor AS donor
			ORDER BY id
			""";

	private static final String ORGANISATIONS = ORGANISATIONS_MATCHING + ORGANISATION_FIELDS;

	private static final String ORGANISATION_IDS = ORGANISATIONS_MATCHING + "RETURN o.id AS id\n";

	private static final String PROGRAMMES_MATCHING = """
			MATCH (p:Programme)
			WHERE coalesce(p.placeholder, false) = false
			  AND ($country IS NULL OR EXISTS { (p)-[:ACTIVE_IN]->(:Country {id: $country}) })
			  AND ($themes IS NULL OR EXISTS { (p)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $themes })
			""";

	private static final String PROGRAMME_FIELDS = """
			RETURN p.id AS id, p.name AS name, p.programmeType AS type, false AS donor
			ORDER BY id
			""";

	private static final String PROGRAMMES = PROGRAMMES_MATCHING + PROGRAMME_FIELDS;

	private static final String PROGRAMME_IDS = PROGRAMMES_MATCHING + "RETURN p.id AS id\n";

	private static final String ORGANISATIONS_BY_ID = "MATCH (o:Organisation) WHERE o.id IN $ids\n" + ORGANISATION_FIELDS;

	private static final String PROGRAMMES_BY_ID = "MATCH (p:Programme) WHERE p.id IN $ids\n" + PROGRAMME_FIELDS;

	private static final String SUB_THEMES = """
			MATCH (t:Theme)-[:PART_OF*0..3]->(p:Theme {id: $theme})
			RETURN collect(DISTINCT t.id) AS ids
			""";

	private final Neo4jClient neo4j;

	ActorQuery(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** @param themes theme ids including sub-themes, or an empty list for all */
	List<Actor> actors(ActorKind kind, String country, List<String> themes) {
		return map(kind, this.neo4j.query(kind == ActorKind.PROGRAMME ? PROGRAMMES : ORGANISATIONS)
			.bindAll(parameters(kind, country, themes))
			.fetch()
			.all());
	}

	/**
	 * The ids of {@link #actors}, in id order: all that scoring needs, without reading the names of
	 * ten thousand organisations to show forty.
	 */
	SortedSet<String> ids(ActorKind kind, String country, List<String> themes) {
		return new TreeSet<>(this.neo4j.query(kind == ActorKind.PROGRAMME ? PROGRAMME_IDS : ORGANISATION_IDS)
			.bindAll(parameters(kind, country, themes))
			.fetchAs(String.class)
			.all());
	}

	private static Map<String, Object> parameters(ActorKind kind, String country, List<String> themes) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("donorsOnly", kind == ActorKind.DONOR);
		parameters.put("country", country);
		parameters.put("themes", themes.isEmpty() ? null : themes);
		return parameters;
	}

	/** The actors of this kind with these ids, in id order. */
	List<Actor> byIds(ActorKind kind, Collection<String> ids) {
		return map(kind, this.neo4j.query(kind == ActorKind.PROGRAMME ? PROGRAMMES_BY_ID : ORGANISATIONS_BY_ID)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetch()
			.all());
	}

	private static List<Actor> map(ActorKind kind, Collection<Map<String, Object>> rows) {
		String apiKind = kind == ActorKind.PROGRAMME ? "programme" : "organisation";
		return rows.stream()
			.map(row -> {
				String name = (String) row.get("name");
				String type = (String) row.get("type");
				boolean donor = Boolean.TRUE.equals(row.get("donor"));
				return new Actor((String) row.get("id"), name, apiKind, type, donor,
						kind == ActorKind.PROGRAMME ? null : ActorGroups.of(type, donor, name));
			})
			.toList();
	}

	/** The theme and its sub-themes; just the id when the graph does not know it. */
	@SuppressWarnings("unchecked")
	List<String> withSubThemes(String theme) {
		List<String> ids = this.neo4j.query(SUB_THEMES).bind(theme).to("theme").fetch().one()
			.map(row -> (List<String>) row.get("ids")).orElse(List.of());
		return ids.isEmpty() ? List.of(theme) : ids;
	}

}
