package org.actoratlas.gaps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds isolates on an {@link ActorGraph}. Who depends on one broker comes from the block-cut tree
 * (JGraphT's {@link BiconnectivityInspector}) rooted at the largest block of each component: every
 * actor outside the root block reaches it only through the cut point above its block. Linear in the
 * size of the graph, so no broker is removed and re-tested one by one.
 */
final class IsolatesFinder {

	private IsolatesFinder() {
	}

	static Isolates find(String country, ActorGraph actors) {
		Graph<String, DefaultEdge> g = actors.graph();
		List<Actor> unlinked = new ArrayList<>();
		List<Isolates.SingleLink> single = new ArrayList<>();
		for (String v : new TreeSet<>(g.vertexSet())) {
			if (g.degreeOf(v) == 0) {
				unlinked.add(actors.actor(v));
			}
			else if (g.degreeOf(v) == 1) {
				String other = org.jgrapht.Graphs.neighborListOf(g, v).get(0);
				single.add(new Isolates.SingleLink(actors.actor(v), actors.actor(other), List.copyOf(actors.how(v, other))));
			}
		}
		var inspector = new BiconnectivityInspector<>(g);
		Map<String, String> brokerOf = brokers(g, inspector);
		Map<String, List<Actor>> direct = new TreeMap<>();
		Map<String, Integer> cutOff = new HashMap<>();
		brokerOf.forEach((v, broker) -> {
			direct.computeIfAbsent(broker, b -> new ArrayList<>()).add(actors.actor(v));
			for (String b = broker; b != null; b = brokerOf.get(b)) {
				cutOff.merge(b, 1, Integer::sum);
			}
		});
		List<Isolates.Dependents> dependents = new ArrayList<>();
		direct.forEach((broker, list) -> {
			list.sort(Comparator.comparing(Actor::id));
			dependents.add(new Isolates.Dependents(actors.actor(broker), list, cutOff.get(broker)));
		});
		dependents.sort(Comparator.comparingInt(Isolates.Dependents::cutOff).reversed().thenComparing(d -> d.broker().id()));
		List<Isolates.Bridge> bridges = inspector.getBridges().stream().map(e -> {
			String a = g.getEdgeSource(e);
			String b = g.getEdgeTarget(e);
			String first = a.compareTo(b) < 0 ? a : b;
			String second = first.equals(a) ? b : a;
			return new Isolates.Bridge(actors.actor(first), actors.actor(second), List.copyOf(actors.how(a, b)));
		}).sorted(Comparator.comparing((Isolates.Bridge br) -> br.a().id()).thenComparing(br -> br.b().id())).toList();
		return new Isolates(country, g.vertexSet().size(), g.edgeSet().size(), unlinked, single, dependents, bridges,
				separateComponents(actors, inspector));
	}

	/** For every actor outside the root block of its component, the nearest cut point above it. */
	private static Map<String, String> brokers(Graph<String, DefaultEdge> g, BiconnectivityInspector<String, DefaultEdge> inspector) {
		Set<String> cutpoints = inspector.getCutpoints();
		Map<String, String> brokerOf = new TreeMap<>();
		Set<Graph<String, DefaultEdge>> visitedBlocks = new HashSet<>();
		Set<String> visitedCutpoints = new HashSet<>();
		for (Graph<String, DefaultEdge> component : sortedComponents(inspector)) {
			if (component.vertexSet().size() < 3) {
				continue;
			}
			String anyVertex = new TreeSet<>(component.vertexSet()).first();
			Graph<String, DefaultEdge> root = inspector.getConnectedComponent(anyVertex).vertexSet().stream()
				.flatMap(v -> inspector.getBlocks(v).stream())
				.distinct()
				.max(Comparator.comparingInt((Graph<String, DefaultEdge> b) -> b.vertexSet().size())
					.thenComparing(b -> new TreeSet<>(b.vertexSet()).first(), Comparator.reverseOrder()))
				.orElseThrow();
			// Breadth-first over the block-cut tree: (block, the cut point it was entered through).
			ArrayDeque<Map.Entry<Graph<String, DefaultEdge>, String>> queue = new ArrayDeque<>();
			queue.add(new java.util.AbstractMap.SimpleEntry<>(root, null));
			visitedBlocks.add(root);
			while (!queue.isEmpty()) {
				var entry = queue.poll();
				String parent = entry.getValue();
				for (String v : new TreeSet<>(entry.getKey().vertexSet())) {
					if (v.equals(parent)) {
						continue;
					}
					if (parent != null) {
						brokerOf.putIfAbsent(v, parent);
					}
					if (cutpoints.contains(v) && visitedCutpoints.add(v)) {
						for (Graph<String, DefaultEdge> block : inspector.getBlocks(v)) {
							if (visitedBlocks.add(block)) {
								queue.add(new java.util.AbstractMap.SimpleEntry<>(block, v));
							}
						}
					}
				}
			}
		}
		return brokerOf;
	}

	private static List<Graph<String, DefaultEdge>> sortedComponents(BiconnectivityInspector<String, DefaultEdge> inspector) {
		List<Graph<String, DefaultEdge>> components = new ArrayList<>(inspector.getConnectedComponents());
		components.sort(Comparator.comparingInt((Graph<String, DefaultEdge> c) -> c.vertexSet().size()).reversed()
			.thenComparing(c -> new TreeSet<>(c.vertexSet()).first()));
		return components;
	}

	private static List<List<Actor>> separateComponents(ActorGraph actors, BiconnectivityInspector<String, DefaultEdge> inspector) {
		List<Graph<String, DefaultEdge>> components = sortedComponents(inspector);
		return components.stream()
			.skip(1)
			.filter(c -> c.vertexSet().size() > 1)
			.map(c -> new TreeSet<>(c.vertexSet()).stream().map(actors::actor).toList())
			.toList();
	}

}
