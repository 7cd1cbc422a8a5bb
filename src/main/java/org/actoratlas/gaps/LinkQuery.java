package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Which candidate pairs are already linked, asked only for the candidates (never all pairs). Two
 * organisations are linked when one partners with, funds, or is a member or part of the other;
 * when both implement, fund or report the same programme; when one funds a programme that funds
 * the other; or when both took part in the same event. Two programmes are linked when one funds or
 * is part of the other, when they are parts of one programme, or when one organisation implements
 * or reports both.
 */
@Component
class LinkQuery {

	private static final String LINKED_ORGANISATIONS = """
			UNWIND $pairs AS pair
			MATCH (a:Organisation {id: pair[0]}), (b:Organisation {id: pair[1]})
			WHERE EXISTS { (a)-[:PARTNERS_WITH|FUNDS|MEMBER_OF|PART_OF]-(b) }
			   OR EXISTS { (a)-[:IMPLEMENTS|FUNDS|REPORTS]->(:Programme)<-[:IMPLEMENTS|FUNDS|REPORTS]-(b) }
			   OR EXISTS { (a)-[:FUNDS]->(:Programme)-[:FUNDS]->(b) }
			   OR EXISTS { (b)-[:FUNDS]->(:Programme)-[:FUNDS]->(a) }
			   OR EXISTS { (a)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(b) }
			RETURN pair[0] + '\\n' + pair[1] AS pair
			""";

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

	/** The linked ones among {@code pairs}, as {@code a + '\n' + b}. */
	Set<String> linked(ActorKind kind, List<GapScoring.ScoredPair> pairs) {
		List<List<String>> parameter = new ArrayList<>(pairs.size());
		pairs.forEach(p -> parameter.add(List.of(p.a(), p.b())));
		return new HashSet<>(this.neo4j.query(kind == ActorKind.PROGRAMME ? LINKED_PROGRAMMES : LINKED_ORGANISATIONS)
			.bind(parameter).to("pairs")
			.fetchAs(String.class)
			.all());
	}

}
