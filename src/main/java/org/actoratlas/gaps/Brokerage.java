package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Gould and Fernandez (1989) brokerage roles. Broker b mediates a -> b -> c when a and c differ and
 * there is no arc a -> c. With g the group of each actor: coordinator when g(a) = g(b) = g(c);
 * itinerant (consultant) when g(a) = g(c) != g(b); representative when g(a) = g(b) != g(c);
 * gatekeeper when g(a) != g(b) = g(c); liaison when all three differ. Arcs: funding runs from
 * funder to grantee, every other link runs both ways.
 */
final class Brokerage {

	static final List<String> ROLES = List.of("coordinator", "gatekeeper", "representative", "itinerant", "liaison");

	/**
	 * Role counts per broker, and per ordered group pair (from, to) the pairs each broker mediates;
	 * {@code sampled} when some counts are estimates.
	 */
	record Result(Map<String, Map<String, Integer>> roles, Map<String, Map<String, Integer>> between, boolean sampled) {
	}

	private static final int COORDINATOR = ROLES.indexOf("coordinator");

	private static final int GATEKEEPER = ROLES.indexOf("gatekeeper");

	private static final int REPRESENTATIVE = ROLES.indexOf("representative");

	private static final int ITINERANT = ROLES.indexOf("itinerant");

	private static final int LIAISON = ROLES.indexOf("liaison");

	static final int EXACT_PAIRS = 4_096;

	private Brokerage() {
	}

	static String role(String groupA, String groupB, String groupC) {
		return ROLES.get(role(groupA.equals(groupB), groupB.equals(groupC), groupA.equals(groupC)));
	}

	/**
	 * Counts every broker's roles exactly while it has at most {@link #EXACT_PAIRS} (in-neighbour,
	 * out-neighbour) pairs; beyond, from {@link #EXACT_PAIRS} pairs drawn with a fixed seed, scaled up
	 * (a donor funding thousands of grantees has millions of pairs, which took minutes at scale).
	 */
	static Result compute(ActorGraph graph, IntFunction<String> groupOf) {
		int n = graph.size();
		List<String> groupNames = new ArrayList<>();
		int[] group = new int[n];
		for (int v = 0; v < n; v++) {
			String name = groupOf.apply(v);
			int g = groupNames.indexOf(name);
			if (g < 0) {
				groupNames.add(name);
				g = groupNames.size() - 1;
			}
			group[v] = g;
		}
		int[][] in = new int[n][];
		int[][] out = new int[n][];
		for (int v = 0; v < n; v++) {
			in[v] = graph.arcs(v, ActorGraph.IN);
			out[v] = graph.arcs(v, ActorGraph.OUT);
		}
		int groups = groupNames.size();
		double[][] roleCounts = new double[n][ROLES.size()];
		Map<Integer, double[]> betweenCounts = new HashMap<>();
		boolean sampled = false;
		for (int b = 0; b < n; b++) {
			long pairs = (long) in[b].length * out[b].length;
			if (pairs == 0) {
				continue;
			}
			boolean exact = pairs <= EXACT_PAIRS;
			sampled |= !exact;
			double weight = exact ? 1 : (double) pairs / EXACT_PAIRS;
			Random random = new Random(b);
			for (long k = 0; k < (exact ? pairs : EXACT_PAIRS); k++) {
				int a = exact ? in[b][(int) (k / out[b].length)] : in[b][random.nextInt(in[b].length)];
				int c = exact ? out[b][(int) (k % out[b].length)] : out[b][random.nextInt(out[b].length)];
				if (a == c || Arrays.binarySearch(out[a], c) >= 0) {
					continue;
				}
				roleCounts[b][role(group[a] == group[b], group[b] == group[c], group[a] == group[c])] += weight;
				if (group[a] != group[c]) {
					betweenCounts.computeIfAbsent(group[a] * groups + group[c], key -> new double[n])[b] += weight;
				}
			}
		}
		Map<String, Map<String, Integer>> roles = new TreeMap<>();
		for (int b = 0; b < n; b++) {
			for (int r = 0; r < ROLES.size(); r++) {
				long count = Math.round(roleCounts[b][r]);
				if (count > 0) {
					roles.computeIfAbsent(graph.actor(b).id(), k -> new TreeMap<>()).put(ROLES.get(r), (int) count);
				}
			}
		}
		Map<String, Map<String, Integer>> between = new TreeMap<>();
		betweenCounts.forEach((key, byBroker) -> {
			Map<String, Integer> brokers = new TreeMap<>();
			for (int b = 0; b < byBroker.length; b++) {
				if (Math.round(byBroker[b]) > 0) {
					brokers.put(graph.actor(b).id(), (int) Math.round(byBroker[b]));
				}
			}
			if (!brokers.isEmpty()) {
				between.put(groupNames.get(key / groups) + '\n' + groupNames.get(key % groups), brokers);
			}
		});
		return new Result(roles, between, sampled);
	}

	/** The role, as an index into {@link #ROLES}, from which of the three groups are the same. */
	private static int role(boolean ab, boolean bc, boolean ac) {
		if (ab && bc) {
			return COORDINATOR;
		}
		if (ac) {
			return ITINERANT;
		}
		if (ab) {
			return REPRESENTATIVE;
		}
		return bc ? GATEKEEPER : LIAISON;
	}

}
