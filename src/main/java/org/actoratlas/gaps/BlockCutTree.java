package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;

/**
 * The block-cut tree of one component of an actor graph, rooted at a block of its first vertex:
 * actors in depth-first order, so that the actors behind a cut point are one range of that order.
 */
final class BlockCutTree {

	private final List<Integer> order = new ArrayList<>();

	private final Map<Integer, Integer> cutpointStart = new HashMap<>();

	private final Map<Integer, Integer> cutpointEnd = new HashMap<>();

	private final Map<Integer, List<int[]>> childRanges = new HashMap<>();

	final List<Integer> cutpointsInOrder = new ArrayList<>();

	BlockCutTree(BiconnectivityInspector<Integer, Integer> inspector, Integer first, Set<Integer> cutpoints) {
		Graph<Integer, Integer> root = inspector.getBlocks(first).stream()
			.min(BlockCutTree::compareBlocks)
			.orElseThrow();
		visitBlock(inspector, root, null, cutpoints, new HashSet<>(), new HashSet<>());
	}

	/** Depth-first: a block lists its own non-cut vertices, then each cut point below it with its subtree. */
	private int[] visitBlock(BiconnectivityInspector<Integer, Integer> inspector, Graph<Integer, Integer> block,
			Integer parent, Set<Integer> cutpoints, Set<Graph<Integer, Integer>> seenBlocks, Set<Integer> seenCutpoints) {
		seenBlocks.add(block);
		int start = this.order.size();
		for (Integer v : new TreeSet<>(block.vertexSet())) {
			if (!v.equals(parent) && !cutpoints.contains(v)) {
				this.order.add(v);
			}
		}
		for (Integer c : new TreeSet<>(block.vertexSet())) {
			if (c.equals(parent) || !cutpoints.contains(c) || !seenCutpoints.add(c)) {
				continue;
			}
			this.cutpointsInOrder.add(c);
			this.cutpointStart.put(c, this.order.size());
			this.order.add(c);
			List<int[]> children = new ArrayList<>();
			List<Graph<Integer, Integer>> blocks = new ArrayList<>(inspector.getBlocks(c));
			blocks.sort(BlockCutTree::compareBlocks);
			for (Graph<Integer, Integer> child : blocks) {
				if (!seenBlocks.contains(child)) {
					children.add(visitBlock(inspector, child, c, cutpoints, seenBlocks, seenCutpoints));
				}
			}
			this.childRanges.put(c, children);
			this.cutpointEnd.put(c, this.order.size());
		}
		return new int[] { start, this.order.size() };
	}

	/** The actors on each side of cut point c: the part above it first, then one per child block. */
	List<List<Integer>> partsAround(Integer c, int componentSize) {
		List<List<Integer>> parts = new ArrayList<>();
		int from = this.cutpointStart.get(c);
		int to = this.cutpointEnd.get(c);
		List<Integer> above = new ArrayList<>(this.order.subList(0, from));
		above.addAll(this.order.subList(to, this.order.size()));
		parts.add(above);
		for (int[] range : this.childRanges.get(c)) {
			parts.add(this.order.subList(range[0], range[1]));
		}
		return parts;
	}

	/** Blocks in the order of their sorted actor numbers, element by element: a deterministic order to visit them in. */
	private static int compareBlocks(Graph<Integer, Integer> a, Graph<Integer, Integer> b) {
		var left = new TreeSet<>(a.vertexSet()).iterator();
		var right = new TreeSet<>(b.vertexSet()).iterator();
		while (left.hasNext() && right.hasNext()) {
			int order = Integer.compare(left.next(), right.next());
			if (order != 0) {
				return order;
			}
		}
		return Boolean.compare(left.hasNext(), right.hasNext());
	}

}
