package org.actoratlas.funding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.actoratlas.actors.Kind;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher behind the funding views: the money links the {@link FundingIndex} is built from, the
 * relationships of the hops a traversal keeps, the nodes it reached, what they received and where
 * their chains break.
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

	/** What the {@link FundingIndex} is built from: who passes money to whom, ids only, a row per relationship. */
	private static final String FUNDS_LINKS = """
			MATCH (giver:Node)-[r:FUNDS]->(receiver:Node)
			RETURN giver.id AS giver, receiver.id AS receiver, elementId(r) AS relationship
			""";

	private static final String IMPLEMENTER_LINKS = """
			MATCH (receiver:Organisation)-[r:IMPLEMENTS]->(giver:Programme)
			WHERE %s
			RETURN giver.id AS giver, receiver.id AS receiver, elementId(r) AS relationship
			""".formatted(PAID_TO_IMPLEMENTER.formatted("receiver", "giver"));

	private static final String COUNTRY_LINKS = """
			MATCH (giver:Programme)-[r:ACTIVE_IN]->(receiver:Country)
			RETURN giver.id AS giver, receiver.id AS receiver, elementId(r) AS relationship
			""";

	/** The relationships of the hops a traversal kept, by their element ids. */
	private static final String DESCRIBE_BY_ID = """
			UNWIND $ids AS id
			MATCH (s)-[r]->(e) WHERE elementId(r) = id
			RETURN id, %s AS rel,
			       CASE WHEN type(r) = 'ACTIVE_IN' AND r.percentage IS NULL
			            THEN COUNT { (s)-[:ACTIVE_IN]->(:Country) } = 1 ELSE false END AS onlyCountry
			""".formatted(REL);

	/**
	 * The relationships of the hops a traversal kept, by their ends as stored. A programme that states
	 * no percentage for its only country spends all of it there, as flows and localisation count it.
	 */
	private static final String DESCRIBE = """
			UNWIND $hops AS hop
			MATCH (s:Node {id: hop.start})-[r]->(e:Node {id: hop.end})
			WHERE type(r) = hop.type AND (hop.type <> 'IMPLEMENTS' OR %s)
			RETURN hop.near AS near, hop.far AS far, hop.type AS type, %s AS rel,
			       CASE WHEN hop.type = 'ACTIVE_IN' AND r.percentage IS NULL
			            THEN COUNT { (s)-[:ACTIVE_IN]->(:Country) } = 1 ELSE false END AS onlyCountry
			""".formatted(RECEIVING_ROLE, REL);

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
			MATCH (o:Organisation)-[r:FUNDS]->(p:Programme)
			WHERE r.transactionType IN ['1', '11'] AND r.reportedBy IN [p.id, p.iatiIdentifier]
			  AND NOT EXISTS {
			    MATCH (:Programme)-[r2:FUNDS]->(p)
			    WHERE (r.key IS NOT NULL AND r2.key IN [r.key, replace(r.key, ':provider-org', ':provider-activity-id')])
			       OR (r2.reportedBy = r.reportedBy AND r2.amount = r.amount AND r2.valueDate = r.valueDate)
			  }
			RETURN p.id AS node, o.id AS funder, count(r) AS transactions
			""";

	private static final String NODES_WITH_MONEY = """
			MATCH (n:Node) WHERE EXISTS { (n)-[:FUNDS|IMPLEMENTS|ACTIVE_IN]-() }
			RETURN n.id AS id, n.name AS name, labels(n) AS labels, coalesce(n.placeholder, false) AS placeholder
			""";

	private final Neo4jClient neo4j;

	FundingLinks(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Where the index's rows go: money passes from giver to receiver over a hop of this type. */
	interface MoneyLinkSink {

		void link(String giver, String receiver, String type, String relationshipElementId);

	}

	/** Every money link, streamed: at scale the rows would not fit in memory at once. */
	void everyMoneyLink(MoneyLinkSink sink) {
		stream(FUNDS_LINKS, row -> sink.link(row.get("giver").asString(), row.get("receiver").asString(), "FUNDS",
				row.get("relationship").asString()));
		stream(IMPLEMENTER_LINKS, row -> sink.link(row.get("giver").asString(), row.get("receiver").asString(), "IMPLEMENTS",
				row.get("relationship").asString()));
		stream(COUNTRY_LINKS, row -> sink.link(row.get("giver").asString(), row.get("receiver").asString(), "ACTIVE_IN",
				row.get("relationship").asString()));
	}

	/** Every node on a money link, as the funding views show it. */
	void everyNodeWithMoney(Consumer<FundingReach.NodeRef> sink) {
		stream(NODES_WITH_MONEY, row -> sink.accept(new FundingReach.NodeRef(row.get("id").asString(), row.get("name").asString(null),
				Kind.apiNameOf(row.get("labels").asList(Value::asString)), row.get("placeholder").asBoolean())));
	}

	/** Programmes whose reported incoming funds name the funding organisation but none of its activities. */
	void everyUncitedFunderActivity(Consumer<FundingReach.Break> sink) {
		stream(UNCITED, row -> sink.accept(new FundingReach.Break("funder-activity-not-cited", row.get("node").asString(),
				row.get("funder").asString(), row.get("transactions").asLong() + " incoming transaction(s) name the funder but not its activity")));
	}

	private void stream(String query, Consumer<Record> each) {
		this.neo4j.delegateTo(runner -> {
			runner.run(query).stream().forEach(each);
			return Optional.empty();
		}).run();
	}

	Map<String, FundingReach.NodeRef> nodes(Collection<String> ids) {
		Map<String, FundingReach.NodeRef> nodes = new HashMap<>();
		this.neo4j.query(NODES).bind(List.copyOf(ids)).to("ids").fetch().all()
			.forEach(row -> nodes.put((String) row.get("id"), nodeRef(row)));
		return nodes;
	}

	@SuppressWarnings("unchecked")
	private static FundingReach.NodeRef nodeRef(Map<String, Object> row) {
		String id = (String) row.get("id");
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

	/**
	 * The relationships of these hops, read by their element ids from the funding index; a hop the
	 * index has no ids for is found from its two ends. Upstream, the near node receives from the far
	 * one; a programme pays an implementer over IMPLEMENTS stored from the implementer to the programme.
	 */
	Map<FundingTraversal.Hop, List<Rel>> describe(Collection<FundingTraversal.Hop> hops, boolean upstream, FundingIndex.Snapshot money) {
		Map<String, FundingTraversal.Hop> byElementId = new HashMap<>();
		List<Map<String, String>> ends = new ArrayList<>();
		for (FundingTraversal.Hop hop : hops) {
			List<String> elementIds = money.relationshipIds(hop, upstream);
			elementIds.forEach(elementId -> byElementId.put(elementId, hop.bare()));
			if (elementIds.isEmpty()) {
				String giver = upstream ? hop.far() : hop.near();
				String receiver = upstream ? hop.near() : hop.far();
				boolean storedFromReceiver = "IMPLEMENTS".equals(hop.type());
				ends.add(Map.of("near", hop.near(), "far", hop.far(), "type", hop.type(), "start", storedFromReceiver ? receiver : giver,
						"end", storedFromReceiver ? giver : receiver));
			}
		}
		Map<FundingTraversal.Hop, List<Rel>> rels = new HashMap<>();
		// Read from the driver's records: the hundreds of rows an answer describes skip the client's map conversion.
		this.neo4j.delegateTo(runner -> {
			if (!byElementId.isEmpty()) {
				runner.run(DESCRIBE_BY_ID, Map.of("ids", List.copyOf(byElementId.keySet())))
					.forEachRemaining(row -> add(rels, byElementId.get(row.get("id").asString()), row));
			}
			if (!ends.isEmpty()) {
				runner.run(DESCRIBE, Map.of("hops", ends)).forEachRemaining(row -> add(rels,
						new FundingTraversal.Hop(row.get("near").asString(), row.get("far").asString(), row.get("type").asString(), List.of()), row));
			}
			return Optional.empty();
		}).run();
		return rels;
	}

	private static void add(Map<FundingTraversal.Hop, List<Rel>> rels, FundingTraversal.Hop hop, Record row) {
		Rel rel = Rel.of(row.get("rel").asMap());
		rels.computeIfAbsent(hop, key -> new ArrayList<>()).add(row.get("onlyCountry").asBoolean() ? rel.withPercentage(100.0) : rel);
	}

	@SuppressWarnings("unchecked")
	static List<Rel> rels(Object value) {
		return ((List<Map<String, Object>>) value).stream().map(Rel::of).toList();
	}

}
