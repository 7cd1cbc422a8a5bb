package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Gould and Fernandez (1989) brokerage roles. Broker b mediates a -> b -> c when a and c differ and
 * there is no arc a -> c. With g the group of each actor: coordinator when g(a) = g(b) = g(c);
 * itinerant (consultant) when g(a) = g(c) != g(b); representative when g(a) = g(b) != g(c);
 * gatekeeper when g(a) != g(b) = g(c); liaison when all three differ. Arcs: funding runs from
 * funder to grantee, every other link runs both ways.
 */
final class Brokerage {

	static final List<String> ROLES = List.of("coordinator", "gatekeeper", "representative", "itinerant", "liaison");

	/** Role counts per broker, and per ordered group pair (from, to) the pairs each broker mediates. */
	record Result(Map<String, Map<String, Integer>> roles, Map<String, Map<String, Integer>> between) {
	}

	private Brokerage() {
	}

	static String role(String groupA, String groupB, String groupC) {
		boolean ab = groupA.equals(groupB);
		boolean bc = groupB.equals(groupC);
		boolean ac = groupA.equals(groupC);
		if (ab && bc) {
			return "coordinator";
		}
		if (ac) {
			return "itinerant";
		}
		if (ab) {
			return "representative";
		}
		if (bc) {
			return "gatekeeper";
		}
		return "liaison";
	}

	static <E> Result compute(Graph<String, E> graph, Function<String, String> groupOf, ArcTest arcs) {
		Map<String, Map<String, Integer>> roles = new TreeMap<>();
		Map<String, Map<String, Integer>> between = new TreeMap<>();
		for (String b : graph.vertexSet()) {
			List<String> neighbours = new ArrayList<>(Graphs.neighborListOf(graph, b));
			Collections.sort(neighbours);
			for (String a : neighbours) {
				if (!arcs.arc(a, b)) {
					continue;
				}
				for (String c : neighbours) {
					if (a.equals(c) || !arcs.arc(b, c) || arcs.arc(a, c)) {
						continue;
					}
					String role = role(groupOf.apply(a), groupOf.apply(b), groupOf.apply(c));
					roles.computeIfAbsent(b, k -> new TreeMap<>()).merge(role, 1, Integer::sum);
					if (!groupOf.apply(a).equals(groupOf.apply(c))) {
						between.computeIfAbsent(groupOf.apply(a) + '\n' + groupOf.apply(c), k -> new TreeMap<>()).merge(b, 1, Integer::sum);
					}
				}
			}
		}
		return new Result(roles, between);
	}

	@FunctionalInterface
	interface ArcTest {

		boolean arc(String from, String to);

	}

}
