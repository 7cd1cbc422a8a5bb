package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds isolates on an {@link ActorGraph}: who has no link or one, which links are bridges, and
 * who reaches the rest of the network only through one broker. Brokers come from the parts each cut
 * point's removal leaves ({@link Biconnectivity}), so no broker is removed and the graph re-tested
 * one by one.
 */
final class IsolatesFinder {

	private IsolatesFinder() {
	}

	static Isolates find(String country, ActorGraph actors) {
		Biconnectivity search = Biconnectivity.of(actors);
		int[] neighbours = actors.neighbourArray();
		List<Actor> unlinked = new ArrayList<>();
		List<Isolates.SingleLink> single = new ArrayList<>();
		List<Isolates.Bridge> bridges = new ArrayList<>();
		for (int v = 0; v < actors.size(); v++) {
			if (actors.degree(v) == 0) {
				unlinked.add(actors.actor(v));
			}
			else if (actors.degree(v) == 1) {
				int other = neighbours[actors.firstLink(v)];
				single.add(new Isolates.SingleLink(actors.actor(v), actors.actor(other), actors.how(v, other)));
			}
			for (int k = actors.firstLink(v); k < actors.firstLink(v + 1); k++) {
				int w = neighbours[k];
				if (w > v && search.isBridge(v, w)) {
					bridges.add(new Isolates.Bridge(actors.actor(v), actors.actor(w), actors.how(v, w)));
				}
			}
		}
		return new Isolates(country, actors.size(), actors.links(), unlinked, single, dependents(actors, search), bridges,
				separateComponents(actors, search));
	}

	/**
	 * For every actor cut off from the rest by one broker, the nearest such broker. Removing cut
	 * point c splits its component into parts; the largest part is "the rest" (of equal largest
	 * parts, the one holding the smallest actor number), every other part depends on c. An actor
	 * behind several brokers gets the one that leaves it in the smallest part (the parts holding one
	 * actor nest strictly, so there is no tie).
	 */
	private static List<Isolates.Dependents> dependents(ActorGraph actors, Biconnectivity search) {
		int n = actors.size();
		int[] brokerOf = new int[n];
		int[] partSize = new int[n];
		Arrays.fill(brokerOf, -1);
		for (int c = 0; c < n; c++) {
			int[][] parts = search.partsAround(c);
			int rest = 0;
			for (int i = 1; i < parts.length; i++) {
				if (parts[i][0] > parts[rest][0] || (parts[i][0] == parts[rest][0] && parts[i][1] < parts[rest][1])) {
					rest = i;
				}
			}
			for (int i = 0; i < parts.length; i++) {
				if (i == rest) {
					continue;
				}
				int size = parts[i][0];
				for (int v : search.actorsOf(parts[i])) {
					if (brokerOf[v] < 0 || size < partSize[v]) {
						brokerOf[v] = c;
						partSize[v] = size;
					}
				}
			}
		}
		Map<Integer, List<Actor>> direct = new TreeMap<>();
		int[] cutOff = new int[n];
		for (int v = 0; v < n; v++) {
			if (brokerOf[v] < 0) {
				continue;
			}
			direct.computeIfAbsent(brokerOf[v], b -> new ArrayList<>()).add(actors.actor(v));
			for (int b = brokerOf[v]; b >= 0; b = brokerOf[b]) {
				cutOff[b]++;
			}
		}
		List<Isolates.Dependents> dependents = new ArrayList<>();
		// Actors are numbered in id order and visited in that order, so each list is already sorted.
		direct.forEach((broker, list) -> dependents.add(new Isolates.Dependents(actors.actor(broker), list, cutOff[broker])));
		dependents.sort(Comparator.comparingInt(Isolates.Dependents::cutOff).reversed().thenComparing(d -> d.broker().id()));
		return dependents;
	}

	/** Linked components other than the largest (ties: the one with the smallest actor), largest first. */
	private static List<List<Actor>> separateComponents(ActorGraph actors, Biconnectivity search) {
		List<Integer> roots = new ArrayList<>();
		for (int v = 0; v < actors.size(); v++) {
			if (search.componentRoot(v) == v && search.componentSize(v) > 1) {
				roots.add(v);
			}
		}
		// Sorting is stable and roots ascend, so equal sizes stay in order of their smallest actor.
		roots.sort(Comparator.comparingInt(search::componentSize).reversed());
		return roots.stream()
			.skip(1)
			.map(r -> Arrays.stream(search.component(r)).sorted().mapToObj(actors::actor).toList())
			.toList();
	}

}
