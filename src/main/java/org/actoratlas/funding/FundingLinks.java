package org.actoratlas.funding;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.actoratlas.actors.Kind;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher behind the funding traversal: one level of links at a time, read for a whole frontier
 * with {@code UNWIND}, each (node, neighbour, type) group returned once with its relationships. The
 * level stops reading at {@code $take} links, before they are described: an organisation that
 * implements thousands of activities costs what the answer can show, not what it has.
 */
@Component
class FundingLinks {

	/** How a relationship's transaction side and money are read, shared by every funding query. */
	static final String REL = """
			r {.amount, .currency, .transactionType, .status, .key, .valueDate, .percentage, .role, .sourceIds,
			   type: type(r),
			   side: CASE WHEN r.reportedBy IS NULL THEN null
			              WHEN r.reportedBy IN [startNode(r).id, startNode(r).iatiIdentifier] THEN 'provider'
			              WHEN r.reportedBy IN [endNode(r).id, endNode(r).iatiIdentifier] THEN 'receiver'
			              ELSE 'other' END}""";

	/**
	 * IMPLEMENTS roles whose organisation receives the programme's money: not IATI's extending
	 * (role 3, the organisation that manages the funds, such as a donor's department), accountable
	 * (role 2, a donor agency reporting its own activity) or funding organisations, which ECHO names on
	 * every one of its activities, so that following them linked each activity to all the others.
	 */
	static final String RECEIVING_ROLE = "(r.role IS NULL OR NOT r.role IN ['extending', 'accountable', 'funding'])";

	/** A programme's money reaches an implementer in a receiving role that does not fund the programme itself. */
	static final String PAID_TO_IMPLEMENTER = RECEIVING_ROLE + " AND NOT EXISTS { (%1$s)-[:FUNDS]->(%2$s) }";

	private static final String LEVEL = """
			UNWIND $frontier AS nearId
			MATCH (near:Node {id: nearId})
			CALL (near) {
			  %s
			}
			WITH near, far, r
			LIMIT $take
			WITH near, far, type(r) AS type, collect(elementId(r)) AS rels
			RETURN near.id AS near, far.id AS far, type, rels, far.name AS name, labels(far) AS labels,
			       coalesce(far.placeholder, false) AS placeholder
			""";

	// A programme that states no percentage for its only country spends all of it there, as flows and localisation count it.
	private static final String DESCRIBE = """
			UNWIND $ids AS id
			MATCH (s)-[r]->(e) WHERE elementId(r) = id
			RETURN id, %s AS rel,
			       type(r) = 'ACTIVE_IN' AND e:Country AND r.percentage IS NULL AND COUNT { (s)-[:ACTIVE_IN]->(:Country) } = 1 AS onlyCountry
			""".formatted(REL);

	private static final String UPSTREAM = LEVEL.formatted("""
			MATCH (far:Node)-[r:FUNDS]->(near) RETURN far, r
			  UNION ALL
			  MATCH (near)-[r:IMPLEMENTS]->(far:Programme) WHERE near:Organisation AND %s RETURN far, r
			  UNION ALL
			  MATCH (far:Programme)-[r:ACTIVE_IN]->(near) WHERE near:Country RETURN far, r""".formatted(PAID_TO_IMPLEMENTER
			.formatted("near", "far")));

	private static final String DOWNSTREAM = LEVEL.formatted("""
			MATCH (near)-[r:FUNDS]->(far:Node) RETURN far, r
			  UNION ALL
			  MATCH (far:Organisation)-[r:IMPLEMENTS]->(near) WHERE near:Programme AND %s RETURN far, r
			  UNION ALL
			  MATCH (near)-[r:ACTIVE_IN]->(far:Country) WHERE near:Programme RETURN far, r""".formatted(PAID_TO_IMPLEMENTER
			.formatted("far", "near")));

	private static final String NODES = """
			MATCH (n:Node) WHERE n.id IN $ids
			RETURN n.id AS id, n.name AS name, labels(n) AS labels, coalesce(n.placeholder, false) AS placeholder
			""";

	private static final String RECEIVED = """
			UNWIND $ids AS id
			MATCH (g:Node)-[r:FUNDS]->(p:Node {id: id}) WHERE r.amount IS NOT NULL
			RETURN p.id AS node, g.id AS giver, collect(%s) AS rels
			""".formatted(REL);

	private static final String UNCITED = """
			UNWIND $ids AS id
			MATCH (o:Organisation)-[r:FUNDS]->(p:Programme {id: id})
			WHERE r.transactionType IN ['1', '11'] AND r.reportedBy IN [p.id, p.iatiIdentifier]
			  AND NOT EXISTS {
			    MATCH (:Programme)-[r2:FUNDS]->(p)
			    WHERE (r.key IS NOT NULL AND r2.key IN [r.key, replace(r.key, ':provider-org', ':provider-activity-id')])
			       OR (r2.reportedBy = r.reportedBy AND r2.amount = r.amount AND r2.valueDate = r.valueDate)
			  }
			RETURN p.id AS node, o.id AS funder, count(r) AS transactions
			ORDER BY node, funder
			""";

	private final Neo4jClient neo4j;

	FundingLinks(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	FundingTraversal.Expander upstream() {
		return (frontier, take) -> level(UPSTREAM, frontier, take);
	}

	FundingTraversal.Expander downstream() {
		return (frontier, take) -> level(DOWNSTREAM, frontier, take);
	}

	Map<String, FundingReach.NodeRef> nodes(Collection<String> ids) {
		Map<String, FundingReach.NodeRef> nodes = new HashMap<>();
		this.neo4j.query(NODES).bind(List.copyOf(ids)).to("ids").fetch().all()
			.forEach(row -> nodes.put((String) row.get("id"), nodeRef(row)));
		return nodes;
	}

	@SuppressWarnings("unchecked")
	private static FundingReach.NodeRef nodeRef(Map<String, Object> row) {
		String id = (String) row.getOrDefault("id", row.get("far"));
		return new FundingReach.NodeRef(id, (String) row.get("name"), Kind.apiNameOf((List<String>) row.get("labels")),
				Boolean.TRUE.equals(row.get("placeholder")));
	}

	Optional<FundingReach.NodeRef> node(String id) {
		return Optional.ofNullable(nodes(List.of(id)).get(id));
	}

	/** The funding relationships with amounts into each node, per giver. */
	Map<String, Map<String, List<Rel>>> incoming(Collection<String> ids) {
		Map<String, Map<String, List<Rel>>> incoming = new HashMap<>();
		this.neo4j.query(RECEIVED).bind(List.copyOf(ids)).to("ids").fetch().all().forEach(row -> incoming
			.computeIfAbsent((String) row.get("node"), key -> new java.util.TreeMap<>())
			.put((String) row.get("giver"), rels(row.get("rels"))));
		return incoming;
	}

	/** What each node received, counted once, for splitting a programme's money by country. */
	Map<String, List<Amount>> received(Collection<String> ids) {
		Map<String, List<Amount>> received = new HashMap<>();
		incoming(ids).forEach((node, byGiver) -> received.put(node, Transfers.total(byGiver.values())));
		return received;
	}

	/** Programmes whose reported incoming funds name the funding organisation but none of its activities. */
	List<FundingReach.Break> uncitedFunderActivities(Collection<String> ids) {
		return this.neo4j.query(UNCITED).bind(List.copyOf(ids)).to("ids").fetch().all().stream()
			.map(row -> new FundingReach.Break("funder-activity-not-cited", (String) row.get("node"), (String) row.get("funder"),
					row.get("transactions") + " incoming transaction(s) name the funder but not its activity"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<FundingTraversal.Hop> level(String cypher, List<String> frontier, int take) {
		return this.neo4j.query(cypher).bind(frontier).to("frontier").bind(take).to("take").fetch().all().stream()
			.map(row -> new FundingTraversal.Hop((String) row.get("near"), (String) row.get("far"), (String) row.get("type"),
					List.of(), nodeRef(row), (List<String>) row.get("rels")))
			.toList();
	}

	/** The relationships with these element ids, as the funding queries read them. */
	@SuppressWarnings("unchecked")
	Map<String, Rel> describe(Collection<String> relIds) {
		Map<String, Rel> rels = new HashMap<>();
		this.neo4j.query(DESCRIBE).bind(List.copyOf(relIds)).to("ids").fetch().all().forEach(row -> {
			Rel rel = Rel.of((Map<String, Object>) row.get("rel"));
			rels.put((String) row.get("id"), Boolean.TRUE.equals(row.get("onlyCountry")) ? rel.withPercentage(100.0) : rel);
		});
		return rels;
	}

	@SuppressWarnings("unchecked")
	static List<Rel> rels(Object value) {
		return ((List<Map<String, Object>>) value).stream().map(Rel::of).toList();
	}

}
