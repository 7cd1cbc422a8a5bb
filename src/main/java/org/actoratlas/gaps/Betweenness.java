package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Arrays;
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

	/**
	 * Brandes' accumulation from {@code pivots} sources; with every vertex as pivot it is exact. The
	 * graph is copied into int adjacency arrays first: at scale a search from each pivot visits
	 * hundreds of thousands of links, and maps of strings made that minutes.
	 */
	static <E> Result sampled(Graph<String, E> graph, int pivots, long seed) {
		List<String> vertices = new ArrayList<>(graph.vertexSet());
		Collections.sort(vertices);
		int n = vertices.size();
		Map<String, Integer> index = new HashMap<>();
		for (int v = 0; v < n; v++) {
			index.put(vertices.get(v), v);
		}
		int[][] adjacent = new int[n][];
		for (int v = 0; v < n; v++) {
			adjacent[v] = Graphs.neighborListOf(graph, vertices.get(v)).stream().mapToInt(index::get).sorted().toArray();
		}
		List<String> sources = new ArrayList<>(vertices);
		Collections.shuffle(sources, new Random(seed));
		int k = Math.min(pivots, n);
		double[] score = new double[n];
		Search search = new Search(n);
		for (String s : sources.subList(0, k)) {
			search.accumulate(adjacent, index.get(s), score);
		}
		// Undirected: every pair is counted from both ends, hence the 2; then normalised as JGraphT does, by (n-1)(n-2).
		double scale = (double) n / k / 2 / (n > 2 ? (double) (n - 1) * (n - 2) : 1.0);
		Map<String, Double> scores = new HashMap<>();
		for (int v = 0; v < n; v++) {
			scores.put(vertices.get(v), score[v] * scale);
		}
		return new Result(scores, k == n, k);
	}

	/** One breadth-first search and its dependency accumulation; arrays reused from source to source. */
	private static final class Search {

		private final int[] distance;

		private final double[] paths;

		private final double[] dependency;

		private final int[] order;

		Search(int n) {
			this.distance = new int[n];
			this.paths = new double[n];
			this.dependency = new double[n];
			this.order = new int[n];
		}

		void accumulate(int[][] adjacent, int s, double[] score) {
			Arrays.fill(this.distance, -1);
			Arrays.fill(this.paths, 0);
			Arrays.fill(this.dependency, 0);
			this.distance[s] = 0;
			this.paths[s] = 1;
			int head = 0;
			int tail = 0;
			this.order[tail++] = s;
			while (head < tail) {
				int v = this.order[head++];
				for (int w : adjacent[v]) {
					if (this.distance[w] < 0) {
						this.distance[w] = this.distance[v] + 1;
						this.order[tail++] = w;
					}
					if (this.distance[w] == this.distance[v] + 1) {
						this.paths[w] += this.paths[v];
					}
				}
			}
			// Vertices in reverse order of distance; a vertex's predecessors are its neighbours one step nearer.
			for (int i = tail - 1; i > 0; i--) {
				int w = this.order[i];
				for (int v : adjacent[w]) {
					if (this.distance[v] == this.distance[w] - 1) {
						this.dependency[v] += this.paths[v] / this.paths[w] * (1 + this.dependency[w]);
					}
				}
				score[w] += this.dependency[w];
			}
		}

	}

}
