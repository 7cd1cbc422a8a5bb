package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.actoratlas.system.GraphIndex;
import org.actoratlas.system.GraphStamp;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Every programme that has a country and a theme, with its shares, actors and traced funding, read
 * once from the whole graph and kept until the graph changes ({@link GraphStamp}): a coverage matrix
 * over all countries and themes adds up hundreds of thousands of cells, which Cypher cannot do in
 * well under a second at scale, but a pass over this index can. Traced funding follows the counting
 * rules of cypher/README.md: the amounts of FUNDS relationships from organisations into the
 * programme, of IATI transactions only incoming funds (type 1), of FTS flows only incoming ones
 * without child flows, each flow once.
 */
@Component
class CoverageIndex extends GraphIndex<CoverageIndex.Snapshot> {

	record Place(String id, String name, Double percentage) {
	}

	record Fund(String currency, double amount) {
	}

	/** @param programme index into {@link Snapshot#programmeIds()}; @param actors indexes into {@link Snapshot#actorIds()} */
	record Entry(int programme, List<Place> countries, List<Place> themes, int[] actors, List<Fund> funds) {
	}

	/** Programmes in id order, so their indexes sort as their ids. */
	record Snapshot(List<String> programmeIds, List<String> actorIds, List<Entry> entries) {
	}

	private static final String PROGRAMMES = """
			MATCH (p:Programme)
			WHERE EXISTS { (p)-[:ACTIVE_IN]->(:Country) } AND EXISTS { (p)-[:ADDRESSES]->(:Theme) }
			CALL (p) {
			  OPTIONAL MATCH (:Organisation)-[f:FUNDS]->(p)
			  WHERE f.amount IS NOT NULL AND (f.transactionType IS NULL OR f.transactionType = '1')
			    AND (f.flowId IS NULL OR (coalesce(f.boundary, 'incoming') = 'incoming' AND f.childFlowIds IS NULL))
			  // An FTS flow with several sources states its amount on each edge: one entry per flow.
			  RETURN collect(DISTINCT CASE WHEN f IS NOT NULL
			    THEN [coalesce(f.currency, p.currency, 'unknown'), toFloat(f.amount), coalesce('fts:' + f.flowId, elementId(f))] END) AS funds
			}
			RETURN p.id AS programme,
			       [(p)-[a:ACTIVE_IN]->(c:Country) | [c.id, c.name, a.percentage]] AS countries,
			       [(p)-[a:ADDRESSES]->(t:Theme) | [t.id, t.name, a.percentage]] AS themes,
			       COLLECT { MATCH (o:Organisation)-[:IMPLEMENTS|FUNDS|REPORTS]->(p) RETURN DISTINCT o.id } AS actors,
			       funds
			""";

	private final Neo4jClient neo4j;

	CoverageIndex(Neo4jClient neo4j, GraphStamp stamp) {
		super(stamp);
		this.neo4j = neo4j;
	}

	@Override
	protected Snapshot build() {
		Map<String, String> strings = new HashMap<>();
		Map<String, Integer> actorIndex = new HashMap<>();
		List<String> actorIds = new ArrayList<>();
		List<String> programmeIds = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		this.neo4j.delegateTo(runner -> {
			runner.run(PROGRAMMES).stream().forEach(row -> {
				int[] actors = row.get("actors").asList(Value::asString).stream()
					.mapToInt(id -> actorIndex.computeIfAbsent(id, k -> {
						actorIds.add(k);
						return actorIds.size() - 1;
					}))
					.toArray();
				List<Fund> funds = row.get("funds").asList(f -> new Fund(strings.computeIfAbsent(f.get(0).asString(), s -> s),
						f.get(1).asDouble()));
				programmeIds.add(row.get("programme").asString());
				entries.add(new Entry(entries.size(), places(row.get("countries"), strings), places(row.get("themes"), strings), actors,
						funds));
			});
			return Optional.empty();
		}).run();
		// Renumbered in id order, so that adding up is done in the same order whatever order Neo4j returned them in.
		List<Entry> byId = new ArrayList<>(entries);
		byId.sort(Comparator.comparing(e -> programmeIds.get(e.programme())));
		List<String> sortedIds = new ArrayList<>(byId.size());
		List<Entry> renumbered = new ArrayList<>(byId.size());
		for (Entry e : byId) {
			sortedIds.add(programmeIds.get(e.programme()));
			renumbered.add(new Entry(renumbered.size(), e.countries(), e.themes(), e.actors(), e.funds()));
		}
		return new Snapshot(List.copyOf(sortedIds), List.copyOf(actorIds), List.copyOf(renumbered));
	}

	@Override
	protected String summary(Snapshot snapshot) {
		return snapshot.programmeIds().size() + " programmes, " + snapshot.actorIds().size() + " actors";
	}

	/** Country and theme ids and names repeat on every programme: one String each. */
	private static List<Place> places(Value value, Map<String, String> strings) {
		return value.asList(p -> new Place(strings.computeIfAbsent(p.get(0).asString(), s -> s),
				strings.computeIfAbsent(p.get(1).asString(p.get(0).asString()), s -> s),
				p.get(2).isNull() ? null : p.get(2).asDouble()));
	}

}
