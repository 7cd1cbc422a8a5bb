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
	 * The links between a node of the frontier ({@code near}) and a neighbour ({@code far}) of one
	 * type: which ones join them is known first, their relationships ({@code rels}) once the hop is kept.
	 */
	record Hop(String near, String far, String type, List<Rel> rels) {

		Hop withRels(List<Rel> described) {
			return new Hop(this.near, this.far, this.type, described);
		}

		/** The hop without its relationships, as it identifies them. */
		Hop bare() {
			return this.rels.isEmpty() ? this : withRels(List.of());
		}

	}

	/** Reads the next level: the links of the frontier's nodes, at most {@code take} hops. */
	interface Expander {

		List<Hop> expand(List<String> frontier, int take);

	}

	record Result(String focus, int maxDepth, Map<String, Integer> depths, Map<String, List<Hop>> parents, boolean truncated) {

		/**
		 * The result with the relationships of {@code shown} (the hops on the chains an answer shows)
		 * read in one go: a level reads only which nodes are joined, so that the thousands of links a
		 * hub has are not all described, nor the alternative parents no chain shown goes through.
		 */
		Result described(Collection<Hop> shown, Function<Collection<Hop>, Map<Hop, List<Rel>>> describe) {
			Set<Hop> wanted = new HashSet<>();
			shown.forEach(hop -> wanted.add(hop.bare()));
			Map<Hop, List<Rel>> rels = wanted.isEmpty() ? Map.of() : describe.apply(wanted);
			Map<String, List<Hop>> described = new HashMap<>();
			this.parents.forEach((node, hops) -> described.put(node,
					hops.stream().map(hop -> hop.withRels(rels.getOrDefault(hop.bare(), hop.rels()))).toList()));
			return new Result(this.focus, this.maxDepth, this.depths, described, this.truncated);
		}

		/** The hops from the focus to its direct neighbours. */
		List<Hop> direct() {
			List<Hop> hops = new ArrayList<>();
			this.parents.values().forEach(list -> list.stream().filter(hop -> hop.near().equals(this.focus)).forEach(hops::add));
			return hops;
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
