package org.actoratlas.funding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.actoratlas.system.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For each programme active in a country (its share by percentage): what it passed on with amounts
 * to organisations, local when they are based in the country; a programme that passed nothing on,
 * and no money to other programmes, passes what it received to its implementers.
 */
@Component
class LocalisationQuery {

	private static final String PROGRAMMES = """
			MATCH (p:Programme)-[r:ACTIVE_IN]->(:Country {id: $country})
			RETURN p.id AS id, r.percentage AS percentage, COUNT { (p)-[:ACTIVE_IN]->(:Country) } AS countries,
			       EXISTS { (p)-[f:FUNDS]->(:Programme) WHERE f.amount IS NOT NULL } AS passesToProgrammes
			ORDER BY id LIMIT $take
			""";

	private static final String RECIPIENTS = """
			UNWIND $ids AS id
			MATCH (p:Programme {id: id})-[r:FUNDS]->(o:Organisation) WHERE r.amount IS NOT NULL
			RETURN p.id AS node, o.id AS receiver, EXISTS { (o)-[:BASED_IN]->(:Country {id: $country}) } AS local,
			       collect(%s) AS rels
			""".formatted(FundingLinks.REL);

	private static final String IMPLEMENTERS = """
			UNWIND $ids AS id
			MATCH (o:Organisation)-[r:IMPLEMENTS]->(p:Programme {id: id})
			WHERE %s
			RETURN p.id AS node, collect(EXISTS { (o)-[:BASED_IN]->(:Country {id: $country}) }) AS local
			""".formatted(FundingLinks.RECEIVING_ROLE);

	private static final String DONORS = """
			UNWIND $ids AS id
			MATCH (d:Organisation)-[:FUNDS]->(p:Programme {id: id})
			RETURN d.id AS donor, collect(DISTINCT p.id) AS programmes ORDER BY donor
			""";

	private final Neo4jClient neo4j;

	private final FundingLinks links;

	LocalisationQuery(Neo4jClient neo4j, FundingLinks links) {
		this.neo4j = neo4j;
		this.links = links;
	}

	@Transactional(readOnly = true)
	Localisation localisation(String countryId, int limit) {
		FundingReach.NodeRef country = this.links.node(countryId).filter(node -> "country".equals(node.kind()))
			.orElseThrow(() -> new NotFoundException("country", countryId));
		List<Map<String, Object>> rows = new ArrayList<>(this.neo4j.query(PROGRAMMES).bind(countryId).to("country")
			.bind(limit + 1).to("take").fetch().all());
		boolean truncated = rows.size() > limit;
		rows = truncated ? rows.subList(0, limit) : rows;
		List<String> ids = rows.stream().map(row -> (String) row.get("id")).toList();
		Map<String, List<Map<String, Object>>> recipients = new HashMap<>();
		this.neo4j.query(RECIPIENTS).bind(ids).to("ids").bind(countryId).to("country").fetch().all()
			.forEach(row -> recipients.computeIfAbsent((String) row.get("node"), key -> new ArrayList<>()).add(row));
		Map<String, List<Boolean>> implementers = new HashMap<>();
		this.neo4j.query(IMPLEMENTERS).bind(ids).to("ids").bind(countryId).to("country").fetch().all()
			.forEach(row -> implementers.put((String) row.get("node"), castBooleans(row.get("local"))));
		Map<String, List<Amount>> received = this.links.received(ids);
		Map<String, ProgrammeShare> shares = new TreeMap<>();
		int withImplementers = 0;
		int withLocal = 0;
		for (Map<String, Object> row : rows) {
			String id = (String) row.get("id");
			List<Boolean> local = implementers.getOrDefault(id, List.of());
			withImplementers += local.isEmpty() ? 0 : 1;
			withLocal += local.contains(Boolean.TRUE) ? 1 : 0;
			Double fraction = row.get("percentage") instanceof Number p ? p.doubleValue() : ((Number) row.get("countries")).longValue() == 1 ? 100.0 : null;
			if (fraction != null) {
				shares.put(id, ProgrammeShare.of(recipients.getOrDefault(id, List.of()), local, received.getOrDefault(id, List.of()),
						Boolean.TRUE.equals(row.get("passesToProgrammes")), fraction));
			}
		}
		List<Localisation.DonorShare> byDonor = new ArrayList<>();
		List<Map<String, Object>> donorRows = new ArrayList<>(this.neo4j.query(DONORS).bind(ids).to("ids").fetch().all());
		Map<String, FundingReach.NodeRef> donors = this.links.nodes(donorRows.stream().map(row -> (String) row.get("donor")).toList());
		for (Map<String, Object> row : donorRows) {
			List<ProgrammeShare> funded = castStrings(row.get("programmes")).stream().map(shares::get).filter(java.util.Objects::nonNull).toList();
			byDonor.add(new Localisation.DonorShare(donors.get((String) row.get("donor")), funded.size(), ProgrammeShare.combine(funded)));
		}
		return new Localisation(country, ProgrammeShare.combine(shares.values()), byDonor,
				new Localisation.ProgrammeCount(rows.size(), withImplementers, withLocal), truncated);
	}

	@SuppressWarnings("unchecked")
	private static List<Boolean> castBooleans(Object value) {
		return (List<Boolean>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<String> castStrings(Object value) {
		return (List<String>) value;
	}

}
