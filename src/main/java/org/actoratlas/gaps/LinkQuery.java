package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Which candidate programme pairs are already linked, asked only for the candidates (never all
 * pairs): when one funds or is part of the other, when they are parts of one programme, or when one
 * organisation implements or reports both. (Organisations are looked up in the {@link FeatureIndex}.)
 */
@Component
class LinkQuery {

	private static final String LINKED_PROGRAMMES = """
			UNWIND $pairs AS pair
			MATCH (a:Programme {id: pair[0]}), (b:Programme {id: pair[1]})
			WHERE EXISTS { (a)-[:FUNDS|PART_OF]-(b) }
			   OR EXISTS { (a)-[:PART_OF]->(:Programme)<-[:PART_OF]-(b) }
			   OR EXISTS { (a)<-[:IMPLEMENTS|REPORTS]-(:Organisation)-[:IMPLEMENTS|REPORTS]->(b) }
			RETURN pair[0] + '\\n' + pair[1] AS pair
			""";

	private final Neo4jClient neo4j;

	LinkQuery(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The linked ones among programme {@code pairs}, as {@code a + '\n' + b}. */
	Set<String> linked(List<GapScoring.ScoredPair> pairs) {
		List<List<String>> parameter = new ArrayList<>(pairs.size());
		pairs.forEach(p -> parameter.add(List.of(p.a(), p.b())));
		return new HashSet<>(this.neo4j.query(LINKED_PROGRAMMES)
			.bind(parameter).to("pairs")
			.fetchAs(String.class)
			.all());
	}

}
