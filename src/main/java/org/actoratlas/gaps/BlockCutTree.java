package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultEdge;

/**
 * The block-cut tree of one component of an actor graph, rooted at a block of its first vertex:
 * actors in depth-first order, so that the actors behind a cut point are one range of that order.
 */
final class BlockCutTree {

	private final List<String> order = new ArrayList<>();

	private final Map<String, Integer> cutpointStart = new HashMap<>();

	private final Map<String, Integer> cutpointEnd = new HashMap<>();

	private final Map<String, List<int[]>> childRanges = new HashMap<>();

	final List<String> cutpointsInOrder = new ArrayList<>();

	BlockCutTree(BiconnectivityInspector<String, DefaultEdge> inspector, String first, Set<String> cutpoints) {
		Graph<String, DefaultEdge> root = inspector.getBlocks(first).stream()
			.min(Comparator.comparing(b -> new TreeSet<>(b.vertexSet()).toString()))
			.orElseThrow();
		visitBlock(inspector, root, null, cutpoints, new HashSet<>(), new HashSet<>());
	}

	/** Depth-first: a block lists its own non-cut vertices, then each cut point below it with its subtree. */
	private int[] visitBlock(BiconnectivityInspector<String, DefaultEdge> inspector, Graph<String, DefaultEdge> block,
			String parent, Set<String> cutpoints, Set<Graph<String, DefaultEdge>> seenBlocks, Set<String> seenCutpoints) {
		seenBlocks.add(block);
		int start = this.order.size();
		for (String v : new TreeSet<>(block.vertexSet())) {
			if (!v.equals(parent) && !cutpoints.contains(v)) {
				this.order.add(v);
			}
		}
		for (String c : new TreeSet<>(block.vertexSet())) {
			if (c.equals(parent) || !cutpoints.contains(c) || !seenCutpoints.add(c)) {
				continue;
			}
			this.cutpointsInOrder.add(c);
			this.cutpointStart.put(c, this.order.size());
			this.order.add(c);
			List<int[]> children = new ArrayList<>();
			List<Graph<String, DefaultEdge>> blocks = new ArrayList<>(inspector.getBlocks(c));
			blocks.sort(Comparator.comparing(b -> new TreeSet<>(b.vertexSet()).toString()));
			for (Graph<String, DefaultEdge> child : blocks) {
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
	List<List<String>> partsAround(String c, int componentSize) {
		List<List<String>> parts = new ArrayList<>();
		int from = this.cutpointStart.get(c);
		int to = this.cutpointEnd.get(c);
		List<String> above = new ArrayList<>(this.order.subList(0, from));
		above.addAll(this.order.subList(to, this.order.size()));
		parts.add(above);
		for (int[] range : this.childRanges.get(c)) {
			parts.add(this.order.subList(range[0], range[1]));
		}
		return parts;
	}

}
