package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;

/**
 * Finds isolates on an {@link ActorGraph}. Who depends on one broker comes from the block-cut tree
 * of JGraphT's {@link BiconnectivityInspector}, so no broker is removed and the graph re-tested one
 * by one.
 */
final class IsolatesFinder {

	/** Generous for one frame of the recursive search; the stack is reserved, and only what is used is touched. */
	private static final long DEEP_STACK_BYTES_PER_ACTOR = 1024;

	private IsolatesFinder() {
	}

	/**
	 * JGraphT's biconnectivity search recurses once per actor on a depth-first path, which in a
	 * country of ten thousand organisations overflows a request thread's stack; it runs on a thread
	 * with room for a path through every actor.
	 */
	static Isolates find(String country, ActorGraph actors) {
		AtomicReference<Object> result = new AtomicReference<>();
		Thread search = new Thread(null, () -> {
			try {
				result.set(findOnThisThread(country, actors));
			}
			catch (RuntimeException | Error ex) {
				result.set(ex);
			}
		}, "isolates", DEEP_STACK_BYTES_PER_ACTOR * Math.max(1, actors.size()));
		search.start();
		try {
			search.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while finding isolates", ex);
		}
		if (result.get() instanceof RuntimeException ex) {
			throw ex;
		}
		if (result.get() instanceof Error error) {
			throw error;
		}
		return (Isolates) result.get();
	}

	private static Isolates findOnThisThread(String country, ActorGraph actors) {
		Graph<Integer, Integer> g = actors.jgrapht();
		List<Actor> unlinked = new ArrayList<>();
		List<Isolates.SingleLink> single = new ArrayList<>();
		for (int v = 0; v < actors.size(); v++) {
			if (actors.degree(v) == 0) {
				unlinked.add(actors.actor(v));
			}
			else if (actors.degree(v) == 1) {
				int other = actors.neighbourArray()[actors.firstLink(v)];
				single.add(new Isolates.SingleLink(actors.actor(v), actors.actor(other), actors.how(v, other)));
			}
		}
		var inspector = new BiconnectivityInspector<>(g);
		Map<Integer, Integer> brokerOf = brokers(inspector);
		Map<Integer, List<Actor>> direct = new TreeMap<>();
		Map<Integer, Integer> cutOff = new HashMap<>();
		brokerOf.forEach((v, broker) -> {
			direct.computeIfAbsent(broker, b -> new ArrayList<>()).add(actors.actor(v));
			for (Integer b = broker; b != null; b = brokerOf.get(b)) {
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
			int a = Math.min(g.getEdgeSource(e), g.getEdgeTarget(e));
			int b = Math.max(g.getEdgeSource(e), g.getEdgeTarget(e));
			return new Isolates.Bridge(actors.actor(a), actors.actor(b), actors.how(a, b));
		}).sorted(Comparator.comparing((Isolates.Bridge br) -> br.a().id()).thenComparing(br -> br.b().id())).toList();
		return new Isolates(country, actors.size(), actors.links(), unlinked, single, dependents, bridges,
				separateComponents(actors, inspector));
	}

	/**
	 * For every actor cut off from the rest by one broker, the nearest such broker. Removing cut
	 * point c splits its component into parts; the largest part is "the rest", every other part
	 * depends on c. Parts are subtrees of the block-cut tree (or its complement), so their sizes come
	 * from one traversal; an actor behind several brokers gets the one with the smallest part.
	 */
	private static Map<Integer, Integer> brokers(BiconnectivityInspector<Integer, Integer> inspector) {
		Set<Integer> cutpoints = inspector.getCutpoints();
		Map<Integer, Integer> brokerOf = new TreeMap<>();
		Map<Integer, Integer> partOf = new HashMap<>();
		for (Graph<Integer, Integer> component : sortedComponents(inspector)) {
			if (component.vertexSet().size() < 3) {
				continue;
			}
			BlockCutTree tree = new BlockCutTree(inspector, new TreeSet<>(component.vertexSet()).first(), cutpoints);
			for (Integer c : new TreeSet<>(tree.cutpointsInOrder)) {
				List<List<Integer>> parts = tree.partsAround(c, component.vertexSet().size());
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
					for (Integer v : parts.get(i)) {
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

	private static List<Graph<Integer, Integer>> sortedComponents(BiconnectivityInspector<Integer, Integer> inspector) {
		List<Graph<Integer, Integer>> components = new ArrayList<>(inspector.getConnectedComponents());
		components.sort(Comparator.comparingInt((Graph<Integer, Integer> c) -> c.vertexSet().size()).reversed()
			.thenComparing(c -> new TreeSet<>(c.vertexSet()).first()));
		return components;
	}

	private static List<List<Actor>> separateComponents(ActorGraph actors, BiconnectivityInspector<Integer, Integer> inspector) {
		List<Graph<Integer, Integer>> components = sortedComponents(inspector);
		return components.stream()
			.skip(1)
			.filter(c -> c.vertexSet().size() > 1)
			.map(c -> new TreeSet<>(c.vertexSet()).stream().map(actors::actor).toList())
			.toList();
	}

}
