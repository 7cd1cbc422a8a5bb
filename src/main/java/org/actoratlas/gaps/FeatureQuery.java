package org.actoratlas.gaps;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The features of many organisations at once, as ids only (no names, no evidence): what scoring
 * needs. Each programme is read once with its places, themes, funders and implementers, however
 * many of the organisations work on it, and its features are derived in {@link OrganisationFeatures}
 * by the same rules as {@link ProfileQuery}; links that do not go through a programme are few and are
 * read per organisation.
 */
@Component
class FeatureQuery {

	private static final String PROGRAMME_COLUMNS = """
			RETURN v.id AS id, v.programmeType AS type, holders,
			       [(v)-[:ACTIVE_IN]->(f:Country|Region) | CASE WHEN f:Country THEN 'c' ELSE 'r' END + f.id] AS places,
			       [(v)-[:ADDRESSES]->(t:Theme) | t.id] AS themes,
			       [(v)<-[:FUNDS]-(f:Organisation) | f.id] AS funders,
			       [(v)<-[:IMPLEMENTS]-(f:Organisation) | f.id] AS implementers
			""";

	private static final String PROGRAMMES = """
			UNWIND $ids AS actorId
			MATCH (:Organisation {id: actorId})-[r:IMPLEMENTS|FUNDS|REPORTS]->(v:Programme)
			WITH v, collect([actorId, type(r)]) AS holders
			""" + PROGRAMME_COLUMNS;

	private static final String EVERY_PROGRAMME = """
			MATCH (v:Programme)
			WITH v, [(o:Organisation)-[r:IMPLEMENTS|FUNDS|REPORTS]->(v) | [o.id, type(r)]] AS holders
			WHERE size(holders) > 0
			""" + PROGRAMME_COLUMNS;

	private static final String OF_IDS = """
			UNWIND $ids AS actorId
			MATCH (o:Organisation {id: actorId})
			""";

	private static final String OF_EVERY_ORGANISATION = """
			MATCH (o:Organisation)
			WITH o.id AS actorId, o
			""";

	// The branches of ProfileQuery that do not go through a programme, ids only.
	private static final String OTHER = """
			CALL (o) {
			  MATCH (o)-[:ACTIVE_IN|BASED_IN]->(f:Country|Region)
			  RETURN CASE WHEN f:Country THEN 'country' ELSE 'region' END AS kind, f.id AS fid
			  UNION
			  MATCH (o)-[:PARTICIPATED_IN]->(:Event)-[:HELD_IN]->(f:Country)
			  RETURN 'country' AS kind, f.id AS fid
			  UNION
			  MATCH (o)-[:ADDRESSES]->(f:Theme)
			  RETURN 'theme-anywhere' AS kind, f.id AS fid
			  UNION
			  MATCH (o)-[:PARTICIPATED_IN]->(:Event)-[:ADDRESSES]->(f:Theme)
			  RETURN 'theme-anywhere' AS kind, f.id AS fid
			  UNION
			  MATCH (o)-[:PARTICIPATED_IN]->(v:Event)-[:ADDRESSES]->(f:Theme), (v)-[:HELD_IN]->(place:Country)
			  RETURN 'theme' AS kind, f.id + '@' + place.id AS fid
			  UNION
			  MATCH (o)<-[:FUNDS]-(f:Organisation) WHERE f <> o
			  RETURN 'donor' AS kind, f.id AS fid
			  UNION
			  MATCH (o)-[:FUNDS]->(f:Organisation) WHERE f <> o
			  RETURN 'grantee' AS kind, f.id AS fid
			  UNION
			  MATCH (o)-[:PARTNERS_WITH]-(f:Organisation)
			  WHERE f <> o AND NOT EXISTS { (o)-[:PART_OF]-(f) } AND NOT EXISTS { (o)-[:PART_OF]->(:Organisation)<-[:PART_OF]-(f) }
			  RETURN 'partner' AS kind, f.id AS fid
			  UNION
			  MATCH (o)-[:MEMBER_OF|PART_OF]->(f:Organisation)
			  RETURN 'network' AS kind, f.id AS fid
			}
			RETURN actorId, kind, fid
			""";

	private static final String PARENTS = """
			MATCH (a:Organisation)-[:PART_OF]->(b:Organisation)
			RETURN a.id AS child, b.id AS parent
			""";

	private final Neo4jClient neo4j;

	FeatureQuery(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Where features go as they are read: parents first, then direct features and programmes. */
	interface Sink {

		void partOf(String child, String parent);

		void direct(String actor, FeatureKind kind, String id);

		/** @param holders the organisations on the programme, as [id, relationship type] */
		void programme(OrganisationFeatures.Programme programme, List<List<String>> holders);

	}

	OrganisationFeatures organisations(Collection<String> ids) {
		var features = new OrganisationFeatures(ids);
		Map<String, Object> parameters = Map.of("ids", List.copyOf(ids));
		read(OF_IDS + OTHER, PROGRAMMES, parameters, features);
		return features;
	}

	/** Every organisation's features, streamed: at scale the rows would not fit in memory at once. */
	void everyOrganisation(Sink sink) {
		read(OF_EVERY_ORGANISATION + OTHER, EVERY_PROGRAMME, Map.of(), sink);
	}

	@SuppressWarnings("unchecked")
	private void read(String other, String programmes, Map<String, Object> parameters, Sink sink) {
		stream(PARENTS, Map.of(), row -> sink.partOf(row.get("child").asString(), row.get("parent").asString()));
		stream(other, parameters, row -> sink.direct(row.get("actorId").asString(), FeatureKind.fromApiName(row.get("kind").asString()),
				row.get("fid").asString()));
		stream(programmes, parameters, row -> sink.programme(
				new OrganisationFeatures.Programme(row.get("id").asString(), row.get("type").asString(null),
						strings(row.get("places")), strings(row.get("themes")), strings(row.get("funders")), strings(row.get("implementers"))),
				row.get("holders").asList(h -> h.asList(Value::asString))));
	}

	private void stream(String query, Map<String, Object> parameters, Consumer<Record> each) {
		this.neo4j.delegateTo(runner -> {
			runner.run(query, parameters).stream().forEach(each);
			return Optional.empty();
		}).run();
	}

	private static List<String> strings(Value value) {
		return value.asList(Value::asString);
	}

}
