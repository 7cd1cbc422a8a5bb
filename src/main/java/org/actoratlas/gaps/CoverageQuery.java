package org.actoratlas.gaps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * One row per programme, country and theme column, with the programme's share of that country and
 * theme (IATI percentages when given, else an equal split) and its traced funding: the amounts of
 * FUNDS relationships from organisations into it, so that money passed on from a programme to an
 * implementer is not counted twice. Of IATI transactions only incoming funds (type 1) count, not
 * the incoming commitments for the same money; of FTS flows only incoming ones without child flows,
 * each flow once (see cypher/README.md on counting money).
 */
@Component
class CoverageQuery {

	// Actors and funds are read once per programme, not once per country and theme of it.
	private static final String ROWS = """
			MATCH (c:Country)<-[ac:ACTIVE_IN]-(p:Programme)-[ad:ADDRESSES]->(t:Theme)
			WHERE ($countries IS NULL OR c.id IN $countries) AND ($columnOf IS NULL OR t.id IN keys($columnOf))
			WITH p, c, t, ac, ad, CASE WHEN $columnOf IS NULL THEN t.id ELSE $columnOf[t.id] END AS column
			WITH p, collect([c.id, c.name, column, t.name, ac.percentage, ad.percentage]) AS cells
			WITH p, cells, COUNT { (p)-[:ACTIVE_IN]->(:Country) } AS countries, COUNT { (p)-[:ADDRESSES]->(:Theme) } AS themes
			CALL (p) {
			  OPTIONAL MATCH (o:Organisation)-[:IMPLEMENTS|FUNDS|REPORTS]->(p)
			  RETURN collect(DISTINCT o.id) AS actors
			}
			CALL (p) {
			  OPTIONAL MATCH (:Organisation)-[f:FUNDS]->(p)
			  WHERE f.amount IS NOT NULL AND (f.transactionType IS NULL OR f.transactionType = '1')
			    AND (f.flowId IS NULL OR (coalesce(f.boundary, 'incoming') = 'incoming' AND f.childFlowIds IS NULL))
			  // An FTS flow with several sources states its amount on each edge: one entry per flow.
			  RETURN collect(DISTINCT CASE WHEN f IS NOT NULL
			    THEN [coalesce(f.currency, p.currency, 'unknown'), toFloat(f.amount), coalesce('fts:' + f.flowId, elementId(f))] END) AS funds
			}
			UNWIND cells AS cell
			RETURN cell[0] AS country, cell[1] AS countryName, cell[2] AS column, cell[3] AS themeName, p.id AS programme,
			       coalesce(cell[4] / 100.0, 1.0 / countries) * coalesce(cell[5] / 100.0, 1.0 / themes) AS share, actors, funds
			""";

	private static final String NAMES = """
			MATCH (n:Node) WHERE n.id IN $ids
			RETURN n.id AS id, n.name AS name
			""";

	private final Neo4jClient neo4j;

	CoverageQuery(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param countries country ids, or empty for all
	 * @param columnOf theme id (a requested theme or one of its sub-themes) to the requested theme, or
	 * null for a column per theme
	 */
	List<Map<String, Object>> rows(List<String> countries, Map<String, String> columnOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("countries", countries.isEmpty() ? null : countries);
		parameters.put("columnOf", columnOf);
		return List.copyOf(this.neo4j.query(ROWS).bindAll(parameters).fetch().all());
	}

	Map<String, String> names(List<String> ids) {
		Map<String, String> names = new HashMap<>();
		this.neo4j.query(NAMES).bind(ids).to("ids").fetch().all()
			.forEach(row -> names.put((String) row.get("id"), (String) row.get("name")));
		return names;
	}

}
