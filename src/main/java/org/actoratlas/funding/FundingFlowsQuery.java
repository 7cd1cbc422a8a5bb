package org.actoratlas.funding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.actoratlas.system.BadParameterException;
import org.actoratlas.system.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flow network of the programmes in scope: money into each programme from its funders, out to
 * its recipients, and on to its countries by percentage; a programme that passes nothing on with
 * amounts passes what it received to its only implementer, or straight to its countries.
 */
@Component
class FundingFlowsQuery {

	private static final String SCOPE = """
			MATCH (p:Programme)
			WHERE ($country IS NULL OR EXISTS { (p)-[:ACTIVE_IN]->(:Country {id: $country}) })
			  AND ($theme IS NULL OR EXISTS { (p)-[:ADDRESSES]->(:Theme)-[:PART_OF*0..3]->(:Theme {id: $theme}) })
			  AND ($scope IS NULL OR p.id IN $scope)
			RETURN p.id AS id ORDER BY id LIMIT $take
			""";

	private static final String OUTGOING = """
			UNWIND $ids AS id
			MATCH (p:Programme {id: id})-[r:FUNDS]->(o:Node) WHERE r.amount IS NOT NULL
			RETURN p.id AS node, o.id AS receiver, collect(%s) AS rels
			""".formatted(FundingLinks.REL);

	private static final String COUNTRIES = """
			UNWIND $ids AS id
			MATCH (p:Programme {id: id})-[r:ACTIVE_IN]->(c:Country)
			RETURN p.id AS node, c.id AS country, r.percentage AS percentage, COUNT { (p)-[:ACTIVE_IN]->(:Country) } AS countries
			""";

	private static final String IMPLEMENTERS = """
			UNWIND $ids AS id
			MATCH (o:Organisation)-[r:IMPLEMENTS]->(p:Programme {id: id})
			WHERE %s
			RETURN p.id AS node, collect(DISTINCT o.id) AS implementers
			""".formatted(FundingLinks.PAID_TO_IMPLEMENTER.formatted("o", "p"));

	private final Neo4jClient neo4j;

	private final FundingLinks links;

	private final ExchangeRates rates;

	private final FundingIndex index;

	FundingFlowsQuery(Neo4jClient neo4j, FundingLinks links, ExchangeRates rates, FundingIndex index) {
		this.neo4j = neo4j;
		this.links = links;
		this.rates = rates;
		this.index = index;
	}

	@Transactional(readOnly = true)
	FlowNetwork flows(FlowNetwork.Filters filters, int limit) {
		String convert = filters.convert() == null ? null : filters.convert().strip().toUpperCase(java.util.Locale.ROOT);
		if (convert != null && !this.rates.supports(convert)) {
			throw new BadParameterException("convert", "no rates for '" + filters.convert() + "'; use one of " + this.rates.currencies());
		}
		Set<String> donorScope = filters.donor() == null ? null : donorScope(filters.donor());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("country", filters.country());
		parameters.put("theme", filters.theme());
		parameters.put("scope", donorScope == null ? null : List.copyOf(donorScope));
		parameters.put("take", limit + 1);
		List<String> ids = new ArrayList<>(this.neo4j.query(SCOPE).bindAll(parameters).fetchAs(String.class).all());
		boolean truncated = ids.size() > limit;
		ids = truncated ? ids.subList(0, limit) : ids;
		FlowMoney money = new FlowMoney(this.rates, convert, filters.from(), filters.to());
		Map<String, Map<String, List<Rel>>> incoming = this.links.incoming(ids);
		if (donorScope != null) {
			incoming.values().forEach(byGiver -> byGiver.keySet().retainAll(donorScope));
		}
		Map<String, Map<String, List<Rel>>> outgoing = byNode(OUTGOING, "receiver", ids);
		money.registerPairs(incoming, outgoing);
		Map<String, Map<String, Double>> countries = countries(ids);
		Map<String, List<String>> implementers = implementers(ids);
		SankeyBuilder sankey = new SankeyBuilder();
		Set<String> linked = new HashSet<>();
		// money into a programme in scope is drawn with that programme's country share, so its funders' links are read there
		Set<String> inScope = new HashSet<>(ids);
		Map<String, Map<String, Double>> elsewhere = filters.country() == null ? Map.of() : countries(outgoing.values().stream()
			.flatMap(byReceiver -> byReceiver.keySet().stream())
			.filter(receiver -> receiver.startsWith("programme:") && !inScope.contains(receiver)).distinct().toList());
		for (String programme : ids) {
			Map<String, Double> shares = countries.getOrDefault(programme, Map.of());
			double factor = filters.country() == null ? 1.0 : shares.getOrDefault(filters.country(), 0.0);
			Map<String, Double> legs = filters.country() == null ? shares : Map.of(filters.country(), factor);
			incoming.getOrDefault(programme, Map.of()).forEach((giver, rels) -> {
				if (linked.add(giver + "|" + programme)) {
					money.add(sankey, giver, programme, "FUNDS", money.counted(giver, rels), factor);
				}
			});
			Map<String, List<Rel>> out = outgoing.getOrDefault(programme, Map.of());
			out.forEach((receiver, rels) -> {
				List<Rel> counted = money.counted(programme, rels);
				// a programme outside the scope with known countries gets the country's part of a payment by its own
				// share there (none when it works elsewhere), not by the payer's
				double receiverShare = elsewhere.containsKey(receiver)
						? elsewhere.get(receiver).getOrDefault(filters.country(), 0.0) : factor;
				if (!inScope.contains(receiver) && linked.add(programme + "|" + receiver)) {
					money.add(sankey, programme, receiver, "FUNDS", counted, receiverShare);
				}
				if (!receiver.startsWith("programme:")) {
					legs.forEach((country, share) -> money.add(sankey, receiver, country, "ACTIVE_IN", counted, share));
				}
			});
			if (out.isEmpty()) {
				List<Rel> received = new ArrayList<>();
				incoming.getOrDefault(programme, Map.of()).forEach((giver, rels) -> received.addAll(money.counted(giver, rels)));
				List<String> implementedBy = implementers.getOrDefault(programme, List.of());
				String via = implementedBy.size() == 1 ? implementedBy.get(0) : programme;
				if (!via.equals(programme)) {
					money.add(sankey, programme, via, "IMPLEMENTS", received, factor);
				}
				legs.forEach((country, share) -> money.add(sankey, via, country, "ACTIVE_IN", received, share));
			}
		}
		List<FlowNetwork.Network> networks = sankey.networks(this.links.nodes(sankey.nodeIds()));
		return new FlowNetwork(filters, networks, convert == null ? null : ExchangeRates.SOURCE, sankey.dropped(), truncated);
	}

	private Set<String> donorScope(String donor) {
		this.links.node(donor).orElseThrow(() -> new NotFoundException("node", donor));
		return new HashSet<>(FundingTraversal.run(donor, 6, 5000, this.index.current().downstream()).depths().keySet());
	}

	private Map<String, Map<String, List<Rel>>> byNode(String cypher, String other, List<String> ids) {
		Map<String, Map<String, List<Rel>>> result = new HashMap<>();
		this.neo4j.query(cypher).bind(ids).to("ids").fetch().all().forEach(row -> result
			.computeIfAbsent((String) row.get("node"), key -> new java.util.TreeMap<>())
			.put((String) row.get(other), FundingLinks.rels(row.get("rels"))));
		return result;
	}

	/** Each programme's countries with the fraction of its money each gets; no percentage counts only for a single country. */
	private Map<String, Map<String, Double>> countries(List<String> ids) {
		Map<String, Map<String, Double>> result = new HashMap<>();
		this.neo4j.query(COUNTRIES).bind(ids).to("ids").fetch().all().forEach(row -> {
			Object percentage = row.get("percentage");
			long count = ((Number) row.get("countries")).longValue();
			Double fraction = percentage instanceof Number p ? p.doubleValue() / 100.0 : count == 1 ? 1.0 : null;
			if (fraction != null) {
				result.computeIfAbsent((String) row.get("node"), key -> new java.util.TreeMap<>()).put((String) row.get("country"), fraction);
			}
		});
		return result;
	}

	@SuppressWarnings("unchecked")
	private Map<String, List<String>> implementers(List<String> ids) {
		Map<String, List<String>> result = new HashMap<>();
		this.neo4j.query(IMPLEMENTERS).bind(ids).to("ids").fetch().all()
			.forEach(row -> result.put((String) row.get("node"), (List<String>) row.get("implementers")));
		return result;
	}

}
