package org.actoratlas.gaps;

import java.util.Arrays;

/**
 * Cut points, bridges and components of an {@link ActorGraph} from one depth-first search
 * (Hopcroft and Tarjan), iterative and on int arrays. JGraphT's BiconnectivityInspector answers
 * the same questions but recurses once per actor on a path and builds a subgraph per block: over a
 * country with 440,000 links it took more than a minute and needed a thread with a deep stack; this
 * takes time in proportion to the links.
 * <p>
 * Roots are taken in actor order, so each component is rooted at its smallest actor number and
 * occupies one range of the preorder; the actors below a tree vertex are one range too.
 */
final class Biconnectivity {

	private final ActorGraph graph;

	/** Preorder number of each actor. */
	private final int[] pre;

	/** The actor at each preorder number. */
	private final int[] order;

	/** Lowest preorder number reachable from the actor's subtree by one back link. */
	private final int[] low;

	private final int[] parent;

	/** Actors in the actor's depth-first subtree, itself included. */
	private final int[] subtree;

	/** Smallest actor number in the actor's subtree. */
	private final int[] smallest;

	/** The root (smallest actor) of each actor's component. */
	private final int[] root;

	private Biconnectivity(ActorGraph graph) {
		this.graph = graph;
		int n = graph.size();
		this.pre = new int[n];
		this.order = new int[n];
		this.low = new int[n];
		this.parent = new int[n];
		this.subtree = new int[n];
		this.smallest = new int[n];
		this.root = new int[n];
		Arrays.fill(this.pre, -1);
		search();
	}

	static Biconnectivity of(ActorGraph graph) {
		return new Biconnectivity(graph);
	}

	private void search() {
		int[] neighbours = this.graph.neighbourArray();
		int[] next = new int[this.graph.size()];
		int[] stack = new int[this.graph.size()];
		int counter = 0;
		for (int r = 0; r < this.graph.size(); r++) {
			if (this.pre[r] >= 0) {
				continue;
			}
			int depth = 0;
			counter = enter(r, -1, r, counter, next);
			stack[depth++] = r;
			while (depth > 0) {
				int v = stack[depth - 1];
				if (next[v] < this.graph.firstLink(v + 1)) {
					int w = neighbours[next[v]++];
					if (this.pre[w] < 0) {
						counter = enter(w, v, r, counter, next);
						stack[depth++] = w;
					}
					else if (w != this.parent[v]) {
						this.low[v] = Math.min(this.low[v], this.pre[w]);
					}
				}
				else {
					depth--;
					this.subtree[v] = counter - this.pre[v];
					int p = this.parent[v];
					if (p >= 0) {
						this.low[p] = Math.min(this.low[p], this.low[v]);
						this.smallest[p] = Math.min(this.smallest[p], this.smallest[v]);
					}
				}
			}
		}
	}

	private int enter(int v, int parentOfV, int rootOfV, int counter, int[] next) {
		this.pre[v] = counter;
		this.low[v] = counter;
		this.order[counter] = v;
		this.parent[v] = parentOfV;
		this.root[v] = rootOfV;
		this.smallest[v] = v;
		next[v] = this.graph.firstLink(v);
		return counter + 1;
	}

	int componentRoot(int v) {
		return this.root[v];
	}

	int componentSize(int v) {
		return this.subtree[this.root[v]];
	}

	/** The actors of {@code v}'s component in preorder (its root first). */
	int[] component(int v) {
		int r = this.root[v];
		return Arrays.copyOfRange(this.order, this.pre[r], this.pre[r] + this.subtree[r]);
	}

	/** Whether the link from tree parent {@code v} to {@code w} is the only path between their sides. */
	boolean isBridge(int v, int w) {
		if (this.parent[w] == v) {
			return this.low[w] > this.pre[v];
		}
		if (this.parent[v] == w) {
			return this.low[v] > this.pre[w];
		}
		return false;
	}

	/**
	 * The parts a cut point's removal splits its component into, each as the preorder ranges it
	 * covers; none (an empty array) when {@code c} is not a cut point. Each part is
	 * {@code int[] {size, smallest actor, from, to, from, to, ...}}.
	 */
	int[][] partsAround(int c) {
		int[] neighbours = this.graph.neighbourArray();
		int separated = 0;
		for (int k = this.graph.firstLink(c); k < this.graph.firstLink(c + 1); k++) {
			if (separates(c, neighbours[k])) {
				separated++;
			}
		}
		boolean isRoot = this.parent[c] < 0;
		if (separated == 0 || (isRoot && separated < 2)) {
			return new int[0][];
		}
		int[][] parts = new int[separated + (isRoot ? 0 : 1)][];
		int n = 0;
		int[] above = new int[2 + 2 * (2 + this.graph.degree(c))];
		int aboveLength = 2;
		int aboveSize = 0;
		if (!isRoot) {
			int r = this.root[c];
			above[aboveLength++] = this.pre[r];
			above[aboveLength++] = this.pre[c];
			above[aboveLength++] = this.pre[c] + this.subtree[c];
			above[aboveLength++] = this.pre[r] + this.subtree[r];
			aboveSize = this.subtree[r] - this.subtree[c];
		}
		for (int k = this.graph.firstLink(c); k < this.graph.firstLink(c + 1); k++) {
			int w = neighbours[k];
			if (this.parent[w] != c) {
				continue;
			}
			if (separates(c, w)) {
				parts[n++] = new int[] { this.subtree[w], this.smallest[w], this.pre[w], this.pre[w] + this.subtree[w] };
			}
			else {
				above[aboveLength++] = this.pre[w];
				above[aboveLength++] = this.pre[w] + this.subtree[w];
				aboveSize += this.subtree[w];
			}
		}
		if (!isRoot) {
			above[0] = aboveSize;
			// The root is the smallest actor of its component, and it is above every other vertex.
			above[1] = this.root[c];
			parts[n] = Arrays.copyOf(above, aboveLength);
		}
		return parts;
	}

	/** The actors of one part from {@link #partsAround}, in preorder. */
	int[] actorsOf(int[] part) {
		int[] actors = new int[part[0]];
		int n = 0;
		for (int i = 2; i < part.length; i += 2) {
			for (int p = part[i]; p < part[i + 1]; p++) {
				actors[n++] = this.order[p];
			}
		}
		return actors;
	}

	private boolean separates(int c, int w) {
		return this.parent[w] == c && (this.parent[c] < 0 || this.low[w] >= this.pre[c]);
	}

}
