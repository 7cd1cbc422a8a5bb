package org.actoratlas.gaps;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	private static final String PROGRAMMES = """
			UNWIND $ids AS actorId
			MATCH (:Organisation {id: actorId})-[r:IMPLEMENTS|FUNDS|REPORTS]->(v:Programme)
			WITH v, collect([actorId, type(r)]) AS holders
			RETURN v.id AS id, v.programmeType AS type, holders,
			       [(v)-[:ACTIVE_IN]->(f:Country|Region) | CASE WHEN f:Country THEN 'c' ELSE 'r' END + f.id] AS places,
			       [(v)-[:ADDRESSES]->(t:Theme) | t.id] AS themes,
			       [(v)<-[:FUNDS]-(f:Organisation) | f.id] AS funders,
			       [(v)<-[:IMPLEMENTS]-(f:Organisation) | f.id] AS implementers
			""";

	// The branches of ProfileQuery that do not go through a programme, ids only.
	private static final String OTHER = """
			UNWIND $ids AS actorId
			MATCH (o:Organisation {id: actorId})
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

	@SuppressWarnings("unchecked")
	OrganisationFeatures organisations(Collection<String> ids) {
		var features = new OrganisationFeatures(ids);
		this.neo4j.query(PARENTS).fetch().all()
			.forEach(row -> features.partOf((String) row.get("child"), (String) row.get("parent")));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(ids));
		this.neo4j.query(OTHER).bindAll(parameters).fetch().all()
			.forEach(row -> features.direct((String) row.get("actorId"), FeatureKind.fromApiName((String) row.get("kind")),
					(String) row.get("fid")));
		this.neo4j.query(PROGRAMMES).bindAll(parameters).fetch().all()
			.forEach(row -> features.programme((String) row.get("id"), (String) row.get("type"), (List<List<String>>) row.get("holders"),
					(List<String>) row.get("places"), (List<String>) row.get("themes"), (List<String>) row.get("funders"),
					(List<String>) row.get("implementers")));
		return features;
	}

}
