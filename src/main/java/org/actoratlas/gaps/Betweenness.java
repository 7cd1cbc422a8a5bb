package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.jgrapht.alg.scoring.BetweennessCentrality;

/**
 * Betweenness of an undirected actor graph, normalised to [0, 1]. Up to {@link #EXACT_EDGE_LIMIT}
 * links it is exact (JGraphT, Brandes); above, Brandes from {@link #PIVOTS} pivots drawn with a
 * fixed seed and scaled by n / pivots (Brandes and Pich 2007), so the same data gives the same
 * estimate.
 */
final class Betweenness {

	static final int EXACT_EDGE_LIMIT = 5_000;

	static final int PIVOTS = 200;

	static final long SEED = 42L;

	/** @param scores by actor number */
	record Result(double[] scores, boolean exact, int pivots) {

		double score(int actor) {
			return this.scores[actor];
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Result that && Arrays.equals(this.scores, that.scores) && this.exact == that.exact
					&& this.pivots == that.pivots;
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.scores) * 31 + this.pivots;
		}

		@Override
		public String toString() {
			return "Result[scores=" + Arrays.toString(this.scores) + ", exact=" + this.exact + ", pivots=" + this.pivots + "]";
		}

	}

	private Betweenness() {
	}

	static Result of(ActorGraph graph) {
		int n = graph.size();
		if (graph.links() <= EXACT_EDGE_LIMIT || n <= PIVOTS) {
			double[] scores = new double[n];
			new BetweennessCentrality<>(graph.jgrapht(), true).getScores().forEach((v, score) -> scores[v] = score);
			return new Result(scores, true, n);
		}
		return sampled(graph, PIVOTS, SEED);
	}

	/** Brandes' accumulation from {@code pivots} sources, on the graph's int arrays; with every actor as pivot it is exact. */
	static Result sampled(ActorGraph graph, int pivots, long seed) {
		int n = graph.size();
		List<Integer> sources = new ArrayList<>(IntStream.range(0, n).boxed().toList());
		Collections.shuffle(sources, new Random(seed));
		int k = Math.min(pivots, n);
		double[] score = new double[n];
		Search search = new Search(graph);
		for (int s : sources.subList(0, k)) {
			search.accumulate(s, score);
		}
		// Undirected: every pair is counted from both ends, hence the 2; then normalised as JGraphT does, by (n-1)(n-2).
		double scale = (double) n / k / 2 / (n > 2 ? (double) (n - 1) * (n - 2) : 1.0);
		for (int v = 0; v < n; v++) {
			score[v] *= scale;
		}
		return new Result(score, k == n, k);
	}

	/** One breadth-first search and its dependency accumulation; arrays reused from source to source. */
	private static final class Search {

		private final int[] first;

		private final int[] adjacent;

		private final int[] distance;

		private final double[] paths;

		private final double[] dependency;

		private final int[] order;

		Search(ActorGraph graph) {
			int n = graph.size();
			this.first = new int[n + 1];
			for (int v = 0; v <= n; v++) {
				this.first[v] = graph.firstLink(v);
			}
			this.adjacent = graph.neighbourArray();
			this.distance = new int[n];
			this.paths = new double[n];
			this.dependency = new double[n];
			this.order = new int[n];
		}

		void accumulate(int s, double[] score) {
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
				for (int k = this.first[v]; k < this.first[v + 1]; k++) {
					int w = this.adjacent[k];
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
				for (int k = this.first[w]; k < this.first[w + 1]; k++) {
					int v = this.adjacent[k];
					if (this.distance[v] == this.distance[w] - 1) {
						this.dependency[v] += this.paths[v] / this.paths[w] * (1 + this.dependency[w]);
					}
				}
				score[w] += this.dependency[w];
			}
		}

	}

}
