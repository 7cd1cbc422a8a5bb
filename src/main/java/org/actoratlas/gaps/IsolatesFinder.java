package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * of JGraphT's {@link BiconnectivityInspector}, so no broker is removed and the graph re-tested one
 * by one.
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

	/**
	 * For every actor cut off from the rest by one broker, the nearest such broker. Removing cut
	 * point c splits its component into parts; the largest part is "the rest", every other part
	 * depends on c. Parts are subtrees of the block-cut tree (or its complement), so their sizes come
	 * from one traversal; an actor behind several brokers gets the one with the smallest part.
	 */
	private static Map<String, String> brokers(Graph<String, DefaultEdge> g, BiconnectivityInspector<String, DefaultEdge> inspector) {
		Set<String> cutpoints = inspector.getCutpoints();
		Map<String, String> brokerOf = new TreeMap<>();
		Map<String, Integer> partOf = new HashMap<>();
		for (Graph<String, DefaultEdge> component : sortedComponents(inspector)) {
			if (component.vertexSet().size() < 3) {
				continue;
			}
			BlockCutTree tree = new BlockCutTree(inspector, new TreeSet<>(component.vertexSet()).first(), cutpoints);
			for (String c : new TreeSet<>(tree.cutpointsInOrder)) {
				List<List<String>> parts = tree.partsAround(c, component.vertexSet().size());
				// The largest part is the rest; ties keep the part that comes first (deterministic).
				int rest = 0;
				for (int i = 1; i < parts.size(); i++) {
					if (parts.get(i).size() > parts.get(rest).size()) {
						rest = i;
					}
				}
				for (int i = 0; i < parts.size(); i++) {
					if (i == rest) {
						continue;
					}
					int size = parts.get(i).size();
					for (String v : parts.get(i)) {
						Integer best = partOf.get(v);
						if (best == null || size < best || (size == best && c.compareTo(brokerOf.get(v)) < 0)) {
							partOf.put(v, size);
							brokerOf.put(v, c);
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
