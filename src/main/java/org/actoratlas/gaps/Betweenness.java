package org.actoratlas.gaps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.BetweennessCentrality;

/**
 * Betweenness of an undirected actor graph, normalised to [0, 1]. Up to {@link #EXACT_EDGE_LIMIT}
 * edges it is exact (JGraphT, Brandes); above, Brandes from {@link #PIVOTS} pivots drawn with a
 * fixed seed and scaled by n / pivots (Brandes and Pich 2007), so the same data gives the same
 * estimate.
 */
final class Betweenness {

	static final int EXACT_EDGE_LIMIT = 5_000;

	static final int PIVOTS = 200;

	static final long SEED = 42L;

	record Result(Map<String, Double> scores, boolean exact, int pivots) {
	}

	private Betweenness() {
	}

	static <E> Result of(Graph<String, E> graph) {
		if (graph.edgeSet().size() <= EXACT_EDGE_LIMIT || graph.vertexSet().size() <= PIVOTS) {
			return new Result(new BetweennessCentrality<>(graph, true).getScores(), true, graph.vertexSet().size());
		}
		return sampled(graph, PIVOTS, SEED);
	}

	/** Brandes' accumulation from {@code pivots} sources; with every vertex as pivot it is exact. */
	static <E> Result sampled(Graph<String, E> graph, int pivots, long seed) {
		List<String> vertices = new ArrayList<>(graph.vertexSet());
		Collections.sort(vertices);
		List<String> sources = new ArrayList<>(vertices);
		Collections.shuffle(sources, new Random(seed));
		int k = Math.min(pivots, sources.size());
		Map<String, Double> score = new HashMap<>();
		vertices.forEach(v -> score.put(v, 0.0));
		for (String s : sources.subList(0, k)) {
			accumulate(graph, s, score);
		}
		int n = vertices.size();
		// Undirected: every pair is counted from both ends, hence the 2; then normalised as JGraphT does, by (n-1)(n-2).
		double scale = (double) n / k / 2 / (n > 2 ? (double) (n - 1) * (n - 2) : 1.0);
		score.replaceAll((v, value) -> value * scale);
		return new Result(score, k == n, k);
	}

	private static <E> void accumulate(Graph<String, E> graph, String s, Map<String, Double> score) {
		Map<String, List<String>> predecessors = new HashMap<>();
		Map<String, Long> paths = new HashMap<>();
		Map<String, Integer> distance = new HashMap<>();
		ArrayDeque<String> stack = new ArrayDeque<>();
		ArrayDeque<String> queue = new ArrayDeque<>();
		paths.put(s, 1L);
		distance.put(s, 0);
		queue.add(s);
		while (!queue.isEmpty()) {
			String v = queue.poll();
			stack.push(v);
			for (String w : Graphs.neighborListOf(graph, v)) {
				if (!distance.containsKey(w)) {
					distance.put(w, distance.get(v) + 1);
					queue.add(w);
				}
				if (distance.get(w) == distance.get(v) + 1) {
					paths.merge(w, paths.get(v), Long::sum);
					predecessors.computeIfAbsent(w, x -> new ArrayList<>()).add(v);
				}
			}
		}
		Map<String, Double> dependency = new HashMap<>();
		while (!stack.isEmpty()) {
			String w = stack.pop();
			for (String v : predecessors.getOrDefault(w, List.of())) {
				double share = (double) paths.get(v) / paths.get(w) * (1 + dependency.getOrDefault(w, 0.0));
				dependency.merge(v, share, Double::sum);
			}
			if (!w.equals(s)) {
				score.merge(w, dependency.getOrDefault(w, 0.0), Double::sum);
			}
		}
	}

}
