package org.actoratlas.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The nodes within {@code depth} hops of a focus, level by level so that a hub with thousands of
 * links costs one capped query instead of an exploding path match. At each level the best
 * connected neighbours come first (ties by id), which keeps results stable and lets a client page
 * through a hub with {@code offset}.
 */
@Component
public class NeighbourhoodQuery {

	private static final String NEXT_LEVEL = """
			MATCH (a:Node)-[r]-(b:Node)
			WHERE a.id IN $frontier AND NOT b.id IN $seen AND %s AND %s
			WITH DISTINCT b
			WITH b, COUNT { (b)--() } AS degree
			ORDER BY degree DESC, b.id
			SKIP $offset LIMIT $take
			RETURN b.id AS id
			""".formatted(NodeFilter.relationshipPredicate("r"), NodeFilter.predicate("b"));

	private static final String SUB_THEMES = """
			MATCH (t:Theme)-[:PART_OF*0..3]->(p:Theme) WHERE p.id IN $themes
			RETURN collect(DISTINCT t.id) AS ids
			""";

	private final Neo4jClient neo4j;

	private final SubgraphQuery subgraphQuery;

	NeighbourhoodQuery(Neo4jClient neo4j, SubgraphQuery subgraphQuery) {
		this.neo4j = neo4j;
		this.subgraphQuery = subgraphQuery;
	}

	public Optional<Subgraph> around(String focusId, int depth, NodeFilter filter, int limit, int offset) {
		boolean exists = this.neo4j.query("MATCH (n:Node {id: $id}) RETURN count(n) > 0").bind(focusId).to("id")
			.fetchAs(Boolean.class).one().orElse(false);
		if (!exists) {
			return Optional.empty();
		}
		NodeFilter expanded = filter.themes().isEmpty() ? filter : filter.withThemes(subThemes(filter.themes()));
		Set<String> seen = new LinkedHashSet<>(List.of(focusId));
		List<String> frontier = List.of(focusId);
		boolean truncated = false;
		for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
			int room = limit - seen.size();
			if (room <= 0) {
				truncated = true;
				break;
			}
			List<String> next = nextLevel(frontier, seen, expanded, level == 1 ? offset : 0, room + 1);
			if (next.size() > room) {
				truncated = true;
				next = next.subList(0, room);
			}
			seen.addAll(next);
			frontier = next;
		}
		return Optional.of(this.subgraphQuery.induced(seen, expanded.relationshipTypes(), truncated));
	}

	private List<String> nextLevel(List<String> frontier, Set<String> seen, NodeFilter filter, int offset, int take) {
		Map<String, Object> parameters = filter.parameters();
		parameters.put("frontier", frontier);
		parameters.put("seen", List.copyOf(seen));
		parameters.put("offset", offset);
		parameters.put("take", take);
		return new ArrayList<>(this.neo4j.query(NEXT_LEVEL).bindAll(parameters).fetchAs(String.class).all());
	}

	private List<String> subThemes(List<String> themes) {
		@SuppressWarnings("unchecked")
		List<String> ids = (List<String>) this.neo4j.query(SUB_THEMES).bind(themes).to("themes").fetch().one()
			.map(row -> row.get("ids")).orElse(List.of());
		return ids.isEmpty() ? themes : ids;
	}

}
