package org.actoratlas.funding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Breadth-first search over funding links, one query per level: each node is expanded once, at the
 * depth it is first reached, so a cycle ends the search instead of looping and a hub's links are read
 * once rather than once per path through it. A few links into each node are kept ({@link #PARENTS}),
 * enough to show a node's shortest chain and some alternatives without enumerating every path.
 */
final class FundingTraversal {

	static final int PARENTS = 4;

	/**
	 * The links between a node of the frontier ({@code near}) and a neighbour ({@code far}) of one type.
	 */
	record Hop(String near, String far, String type, List<Rel> rels, FundingReach.NodeRef farNode, List<String> relIds) {

		Hop(String near, String far, String type, List<Rel> rels) {
			this(near, far, type, rels, null, List.of());
		}

		Hop withRels(List<Rel> described) {
			return new Hop(this.near, this.far, this.type, described, this.farNode, this.relIds);
		}

	}

	/** Reads the next level: the links of the frontier's nodes, at most {@code take} hops. */
	interface Expander {

		List<Hop> expand(List<String> frontier, int take);

	}

	record Result(String focus, int maxDepth, Map<String, Integer> depths, Map<String, List<Hop>> parents, boolean truncated) {

		/**
		 * The kept hops with their relationships described, read in one go: a level reads only which
		 * relationships join which nodes, so that the thousands of links a hub has are not all described.
		 */
		Result described(Function<Collection<String>, Map<String, Rel>> describe) {
			Set<String> ids = new HashSet<>();
			this.parents.values().forEach(hops -> hops.forEach(hop -> ids.addAll(hop.relIds())));
			Map<String, Rel> rels = ids.isEmpty() ? Map.of() : describe.apply(ids);
			Map<String, List<Hop>> described = new HashMap<>();
			this.parents.forEach((node, hops) -> described.put(node, hops.stream()
				.map(hop -> hop.relIds().isEmpty() ? hop : hop.withRels(hop.relIds().stream().map(rels::get).filter(Objects::nonNull).toList()))
				.toList()));
			return new Result(this.focus, this.maxDepth, this.depths, described, this.truncated);
		}

		/** The reached nodes as the level queries described them. */
		Map<String, FundingReach.NodeRef> nodes() {
			Map<String, FundingReach.NodeRef> nodes = new HashMap<>();
			this.parents.values().forEach(hops -> hops.stream().filter(hop -> hop.farNode() != null)
				.forEach(hop -> nodes.put(hop.far(), hop.farNode())));
			return nodes;
		}

		/** Reached nodes, nearest first, without the focus. */
		List<String> reached() {
			return this.depths.entrySet().stream().filter(e -> !e.getKey().equals(this.focus))
				.sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.map(Map.Entry::getKey).toList();
		}

		/** Up to {@code max} chains from the focus to {@code node}, as hops from the focus outwards, shortest first. */
		List<List<Hop>> paths(String node, int max) {
			List<List<Hop>> found = new ArrayList<>();
			collect(node, new ArrayList<>(), new HashSet<>(Set.of(node)), found, max * 4);
			found.sort(Comparator.comparingInt(List::size));
			return found.size() > max ? found.subList(0, max) : found;
		}

		private void collect(String node, List<Hop> suffix, Set<String> onPath, List<List<Hop>> found, int cap) {
			if (found.size() >= cap) {
				return;
			}
			if (node.equals(this.focus)) {
				List<Hop> path = new ArrayList<>(suffix);
				java.util.Collections.reverse(path);
				found.add(path);
				return;
			}
			if (suffix.size() >= this.maxDepth) {
				return;
			}
			for (Hop hop : this.parents.getOrDefault(node, List.of())) {
				if (onPath.add(hop.near())) {
					suffix.add(hop);
					collect(hop.near(), suffix, onPath, found, cap);
					suffix.remove(suffix.size() - 1);
					onPath.remove(hop.near());
				}
			}
		}

	}

	private FundingTraversal() {
	}

	static Result run(String focus, int maxDepth, int limit, Expander expander) {
		return run(focus, null, maxDepth, limit, expander);
	}

	/** With a {@code target}, stops one level after the level that first reaches it, to find some longer alternatives. */
	static Result run(String focus, String target, int maxDepth, int limit, Expander expander) {
		int stopAfter = maxDepth;
		Map<String, Integer> depths = new LinkedHashMap<>(Map.of(focus, 0));
		Map<String, List<Hop>> parents = new HashMap<>();
		List<String> frontier = List.of(focus);
		boolean truncated = false;
		for (int depth = 1; depth <= stopAfter && !frontier.isEmpty(); depth++) {
			int room = limit - (depths.size() - 1);
			if (room <= 0) {
				truncated = true;
				break;
			}
			int take = room * PARENTS + 20;
			List<Hop> hops = new ArrayList<>(expander.expand(frontier, take));
			truncated |= hops.size() >= take;
			hops.sort(Comparator.comparing(Hop::near).thenComparing(Hop::far).thenComparing(Hop::type));
			Set<String> next = new LinkedHashSet<>();
			for (Hop hop : hops) {
				if (hop.far().equals(focus) || hop.far().equals(hop.near())) {
					continue;
				}
				if (!depths.containsKey(hop.far())) {
					if (next.size() >= room) {
						truncated = true;
						continue;
					}
					depths.put(hop.far(), depth);
					next.add(hop.far());
				}
				List<Hop> into = parents.computeIfAbsent(hop.far(), key -> new ArrayList<>());
				if (into.size() < PARENTS) {
					into.add(hop);
				}
			}
			frontier = List.copyOf(next);
			if (target != null && next.contains(target)) {
				stopAfter = Math.min(maxDepth, depth + 1);
			}
		}
		return new Result(focus, maxDepth, depths, parents, truncated);
	}

}
