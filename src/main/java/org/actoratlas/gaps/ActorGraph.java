package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.jgrapht.Graph;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedGraph;

/**
 * Organisations and the recorded links between them (the links that make a pair "linked" for the
 * gap analysis), numbered 0..n-1 in id order so that whatever iterates it is deterministic. Links are
 * held as compressed sparse rows: per actor a sorted run of neighbours, each with one byte saying
 * how they are linked and which way funding runs (every other link counts both ways). At about 10
 * bytes a link, the graph of a country where hundreds of donors co-fund thousands of programmes fits
 * in a heap that would not hold it as objects.
 */
final class ActorGraph {

	/** The link carries an arc from this actor to the neighbour. */
	static final int OUT = 1;

	/** The link carries an arc from the neighbour to this actor. */
	static final int IN = 2;

	/** The kinds of link, one bit each from bit 2 on, in the order of {@link #HOW}. */
	static final int FUNDS = 1 << 3;

	private static final int BOTH_WAYS = OUT | IN;

	private static final List<String> HOW = List.of("partners", "funds", "member", "programme", "co-funding", "event");

	private final Actor[] actors;

	private final Map<String, Integer> index;

	private final int[] start;

	private final int[] neighbours;

	private final byte[] flags;

	private volatile Betweenness.Result betweenness;

	private volatile Graph<Integer, Integer> jgrapht;

	private volatile List<String> communities;

	private ActorGraph(Actor[] actors, Map<String, Integer> index, int[] start, int[] neighbours, byte[] flags) {
		this.actors = actors;
		this.index = index;
		this.start = start;
		this.neighbours = neighbours;
		this.flags = flags;
	}

	/** The flags of a link that is not funding, the same from both ends. */
	static int undirected(String how) {
		return bit(how) | BOTH_WAYS;
	}

	/** The flags, seen from the funder, of a funding link. */
	static int funding() {
		return FUNDS | OUT;
	}

	/** The same link's flags seen from its other end. */
	static int reversed(int flags) {
		return (flags & ~BOTH_WAYS) | ((flags & OUT) << 1) | ((flags & IN) >> 1);
	}

	static int bit(String how) {
		int i = HOW.indexOf(how);
		if (i < 0) {
			throw new IllegalArgumentException("not a kind of link: " + how);
		}
		return 1 << (i + 2);
	}

	int size() {
		return this.actors.length;
	}

	/** Links between two distinct actors, each counted once however many ways they are linked. */
	int links() {
		return this.neighbours.length / 2;
	}

	Actor actor(int v) {
		return this.actors[v];
	}

	List<Actor> actors() {
		return List.of(this.actors);
	}

	/** The number of an actor, or -1 when it is not in the graph. */
	int index(String id) {
		return this.index.getOrDefault(id, -1);
	}

	int degree(int v) {
		return this.start[v + 1] - this.start[v];
	}

	/** Where {@code v}'s neighbours begin in {@link #neighbourArray()}; they end where {@code v + 1}'s begin. */
	int firstLink(int v) {
		return this.start[v];
	}

	/** Every actor's neighbours, one sorted run per actor (read only: shared, not copied). */
	int[] neighbourArray() {
		return this.neighbours;
	}

	/** Whether the link at position {@code k} of {@link #neighbourArray()} carries {@code flag}. */
	boolean has(int k, int flag) {
		return (this.flags[k] & flag) != 0;
	}

	/** Whether there is an arc from one actor to the other: any link but funding, or funding that way. */
	boolean arc(int from, int to) {
		int k = position(from, to);
		return k >= 0 && has(k, OUT);
	}

	/** The actors with an arc to {@code v}, or from it, in order. */
	int[] arcs(int v, int direction) {
		int[] found = new int[degree(v)];
		int n = 0;
		for (int k = this.start[v]; k < this.start[v + 1]; k++) {
			if (has(k, direction)) {
				found[n++] = this.neighbours[k];
			}
		}
		return Arrays.copyOf(found, n);
	}

	/** How two linked actors are linked, e.g. [event, funds], in alphabetical order. */
	List<String> how(int a, int b) {
		int k = position(a, b);
		TreeSet<String> how = new TreeSet<>();
		for (int i = 0; k >= 0 && i < HOW.size(); i++) {
			if (has(k, 1 << (i + 2))) {
				how.add(HOW.get(i));
			}
		}
		return List.copyOf(how);
	}

	/** Betweenness is the costly part, so it is computed once per graph snapshot. */
	Betweenness.Result betweenness() {
		return once(() -> this.betweenness, () -> this.betweenness = Betweenness.of(this));
	}

	/** Community of each actor ({@code c1} the largest, null for an actor without links), computed once. */
	List<String> communities() {
		return once(() -> this.communities, () -> this.communities = CommunityFinder.assign(this));
	}

	/**
	 * The same graph for JGraphT's algorithms, with actor numbers as vertices and edges numbered in
	 * (lower, higher) order; JGraphT's sparse graph keeps it in int arrays too, but cannot hold a
	 * graph without links.
	 */
	Graph<Integer, Integer> jgrapht() {
		return once(() -> this.jgrapht, () -> {
			if (links() == 0) {
				Graph<Integer, Integer> unlinked = new SimpleGraph<>(null, null, false);
				for (int v = 0; v < size(); v++) {
					unlinked.addVertex(v);
				}
				this.jgrapht = unlinked;
				return;
			}
			List<Pair<Integer, Integer>> edges = new ArrayList<>(links());
			for (int v = 0; v < size(); v++) {
				for (int k = this.start[v]; k < this.start[v + 1]; k++) {
					if (this.neighbours[k] > v) {
						edges.add(Pair.of(v, this.neighbours[k]));
					}
				}
			}
			this.jgrapht = new SparseIntUndirectedGraph(size(), edges);
		});
	}

	private <T> T once(Supplier<T> field, Runnable compute) {
		T value = field.get();
		if (value == null) {
			synchronized (this) {
				if (field.get() == null) {
					compute.run();
				}
				value = field.get();
			}
		}
		return value;
	}

	private int position(int from, int to) {
		int k = Arrays.binarySearch(this.neighbours, this.start[from], this.start[from + 1], to);
		return k < 0 ? -1 : k;
	}

	/**
	 * Collects links as longs, (lower << 36) | (higher << 8) | flags seen from the lower, sorted and
	 * merged whenever the buffer fills, so that a link seen from both ends or by several routes costs
	 * one entry; more than {@code maxLinks} distinct links is refused.
	 */
	static final class Builder {

		private static final int MAX_ACTORS = 1 << 27;

		private final Actor[] actors;

		private final Map<String, Integer> index = new HashMap<>();

		private final String country;

		private final long maxLinks;

		private long[] buffer = new long[1024];

		private int size;

		Builder(Collection<Actor> actors, String country, long maxLinks) {
			this.actors = actors.stream().sorted(Comparator.comparing(Actor::id)).distinct().toArray(Actor[]::new);
			if (this.actors.length >= MAX_ACTORS) {
				throw new GraphTooLargeException(country, maxLinks);
			}
			for (int v = 0; v < this.actors.length; v++) {
				this.index.put(this.actors[v].id(), v);
			}
			this.country = country;
			this.maxLinks = maxLinks;
		}

		/** The actors in id order: their numbers are their positions. */
		List<Actor> actors() {
			return List.of(this.actors);
		}

		/** The number of an actor, or -1 when it is not one of this graph's. */
		int index(String id) {
			return this.index.getOrDefault(id, -1);
		}

		/** Adds a link by actor ids; a link to an actor outside the graph, or to itself, is dropped. */
		Builder add(String a, String b, int flagsFromA) {
			return add(index(a), index(b), flagsFromA);
		}

		/** Adds a link by actor numbers, with its flags as seen from {@code a}. */
		Builder add(int a, int b, int flagsFromA) {
			if (a < 0 || b < 0 || a == b || flagsFromA == 0) {
				return this;
			}
			long low = Math.min(a, b);
			long high = Math.max(a, b);
			int flags = a < b ? flagsFromA : reversed(flagsFromA);
			if (this.size == this.buffer.length) {
				compact();
				if (this.size > this.maxLinks) {
					throw new GraphTooLargeException(this.country, this.maxLinks);
				}
				if (this.size > this.buffer.length / 2) {
					this.buffer = Arrays.copyOf(this.buffer, this.buffer.length * 2);
				}
			}
			this.buffer[this.size++] = (low << 36) | (high << 8) | flags;
			return this;
		}

		ActorGraph build() {
			compact();
			if (this.size > this.maxLinks) {
				throw new GraphTooLargeException(this.country, this.maxLinks);
			}
			int n = this.actors.length;
			int[] start = new int[n + 1];
			for (int i = 0; i < this.size; i++) {
				start[low(this.buffer[i]) + 1]++;
				start[high(this.buffer[i]) + 1]++;
			}
			for (int v = 0; v < n; v++) {
				start[v + 1] += start[v];
			}
			int[] fill = Arrays.copyOf(start, n);
			int[] neighbours = new int[2 * this.size];
			byte[] flags = new byte[2 * this.size];
			// In (low, high) order every actor's run fills in ascending order: lower neighbours first, then higher.
			for (int i = 0; i < this.size; i++) {
				int low = low(this.buffer[i]);
				int high = high(this.buffer[i]);
				int f = (int) (this.buffer[i] & 0xFF);
				neighbours[fill[low]] = high;
				flags[fill[low]++] = (byte) f;
				neighbours[fill[high]] = low;
				flags[fill[high]++] = (byte) reversed(f);
			}
			this.buffer = null;
			return new ActorGraph(this.actors, Map.copyOf(this.index), start, neighbours, flags);
		}

		private void compact() {
			Arrays.sort(this.buffer, 0, this.size);
			int kept = 0;
			for (int i = 0; i < this.size; i++) {
				long link = this.buffer[i];
				if (kept > 0 && (this.buffer[kept - 1] >>> 8) == (link >>> 8)) {
					this.buffer[kept - 1] |= link & 0xFF;
				}
				else {
					this.buffer[kept++] = link;
				}
			}
			this.size = kept;
		}

		private static int low(long link) {
			return (int) (link >>> 36);
		}

		private static int high(long link) {
			return (int) ((link >>> 8) & 0x0FFF_FFFF);
		}

	}

}
