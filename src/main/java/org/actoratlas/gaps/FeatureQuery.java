package org.actoratlas.gaps;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Streams what the {@link FeatureIndex} is built from: every organisation's links that do not go
 * through a programme (as feature ids), every programme once with its places, themes, funders,
 * implementers and the organisations on it (whose features {@link OrganisationFeatures} derives),
 * and the links that make two organisations "already linked" for the gap analysis.
 */
@Component
class FeatureQuery {

	private static final String EVERY_PROGRAMME = """
			MATCH (v:Programme)
			WITH v, [(o:Organisation)-[r:IMPLEMENTS|FUNDS|REPORTS]->(v) | [o.id, type(r)]] AS holders
			WHERE size(holders) > 0
			RETURN v.id AS id, v.programmeType AS type, holders,
			       [(v)-[:ACTIVE_IN]->(f:Country|Region) | CASE WHEN f:Country THEN 'c' ELSE 'r' END + f.id] AS places,
			       [(v)-[:ADDRESSES]->(t:Theme) | t.id] AS themes,
			       [(v)<-[:FUNDS]-(f:Organisation) | f.id] AS funders,
			       [(v)<-[:IMPLEMENTS]-(f:Organisation) | f.id] AS implementers,
			       [(v)-[:FUNDS]->(g:Organisation) | g.id] AS grantees
			""";

	// The branches of ProfileQuery that do not go through a programme, ids only.
	private static final String OTHER = """
			MATCH (o:Organisation)
			WITH o.id AS actorId, o
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

	// Links between two organisations that do not go through a programme.
	private static final String DIRECT_LINKS = """
			MATCH (a:Organisation)-[r:PARTNERS_WITH|FUNDS|MEMBER_OF|PART_OF]->(b:Organisation)
			WHERE a <> b
			RETURN DISTINCT a.id AS a, b.id AS b, type(r) AS type
			""";

	private static final String EVENTS = """
			MATCH (o:Organisation)-[:PARTICIPATED_IN]->(e:Event)
			RETURN o.id AS organisation, e.id AS event
			""";

	/** Where the rows go, in this order: parents, direct features, programmes, direct links, events. */
	interface Sink {

		void partOf(String child, String parent);

		void direct(String actor, FeatureKind kind, String id);

		/** @param holders the organisations on the programme, as [id, relationship type] */
		void programme(OrganisationFeatures.Programme programme, List<List<String>> holders);

		/** @param type PARTNERS_WITH, FUNDS, MEMBER_OF or PART_OF, from a to b */
		void directLink(String a, String b, String type);

		void event(String organisation, String event);

	}

	private final Neo4jClient neo4j;

	FeatureQuery(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Everything, streamed: at scale the rows would not fit in memory at once. */
	void everyOrganisation(Sink sink) {
		stream(PARENTS, row -> sink.partOf(row.get("child").asString(), row.get("parent").asString()));
		stream(OTHER, row -> sink.direct(row.get("actorId").asString(), FeatureKind.fromApiName(row.get("kind").asString()),
				row.get("fid").asString()));
		stream(EVERY_PROGRAMME, row -> sink.programme(
				new OrganisationFeatures.Programme(row.get("id").asString(), row.get("type").asString(null), strings(row.get("places")),
						strings(row.get("themes")), strings(row.get("funders")), strings(row.get("implementers")), strings(row.get("grantees"))),
				row.get("holders").asList(h -> h.asList(Value::asString))));
		stream(DIRECT_LINKS, row -> sink.directLink(row.get("a").asString(), row.get("b").asString(), row.get("type").asString()));
		stream(EVENTS, row -> sink.event(row.get("organisation").asString(), row.get("event").asString()));
	}

	private void stream(String query, Consumer<Record> each) {
		this.neo4j.delegateTo(runner -> {
			runner.run(query).stream().forEach(each);
			return Optional.empty();
		}).run();
	}

	private static List<String> strings(Value value) {
		return value.asList(Value::asString);
	}

}
