package org.actoratlas.gaps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.alg.connectivity.BiconnectivityInspector;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IsolatesFinderTest {

	@Test
	void findsUnlinkedSingleLinkAndActorsBehindOneBroker() {
		// A triangle a-b-c; d hangs on c and e on d; f and g only know each other; h knows nobody.
		var graph = ActorGraphs.of(Map.of("h", "other"), "a-b", "b-c", "a-c", "c-d", "d-e", "f-g");

		var isolates = IsolatesFinder.find(null, graph);

		assertThat(isolates.unlinked()).extracting(Actor::id).containsExactly("h");
		assertThat(isolates.singleLink()).extracting(s -> s.actor().id() + ">" + s.linkedTo().id())
			.containsExactly("e>d", "f>g", "g>f");
		assertThat(isolates.dependents()).extracting(d -> d.broker().id() + ":" + d.cutOff())
			.containsExactly("c:2", "d:1");
		assertThat(isolates.dependents().get(0).direct()).extracting(Actor::id).containsExactly("d");
		assertThat(isolates.bridges()).extracting(b -> b.a().id() + "-" + b.b().id()).containsExactly("c-d", "d-e", "f-g");
		assertThat(isolates.separateComponents()).singleElement().satisfies(c -> assertThat(c).extracting(Actor::id).containsExactly("f", "g"));
	}


	/**
	 * On random sparse graphs (trees with a few extra links, several components), the brokers,
	 * bridges and separate components agree with their definitions checked the slow way: remove
	 * each actor and see who loses the rest; and with JGraphT's biconnectivity search.
	 */
	@Test
	void agreesWithTheDefinitionsCheckedTheSlowWay() {
		Random random = new Random(7);
		for (int round = 0; round < 200; round++) {
			int n = 2 + random.nextInt(40);
			List<String> links = new ArrayList<>();
			for (int v = 1; v < n; v++) {
				if (random.nextInt(8) > 0) {
					links.add(name(random.nextInt(v)) + "-" + name(v));
				}
			}
			for (int extra = random.nextInt(n / 2 + 1); extra > 0; extra--) {
				links.add(name(random.nextInt(n)) + "-" + name(random.nextInt(n)));
			}
			Map<String, String> everyone = new HashMap<>();
			for (int v = 0; v < n; v++) {
				everyone.put(name(v), "other");
			}
			ActorGraph graph = ActorGraphs.of(everyone, links.toArray(String[]::new));

			Isolates isolates = IsolatesFinder.find(null, graph);

			String context = "round " + round + ", links " + links;
			Map<String, String> brokerOf = new HashMap<>();
			isolates.dependents().forEach(d -> d.direct().forEach(a -> brokerOf.put(a.id(), d.broker().id())));
			assertThat(brokerOf).as(context).isEqualTo(brokersTheSlowWay(graph));
			var inspector = new BiconnectivityInspector<>(graph.jgrapht());
			assertThat(isolates.bridges()).as(context).hasSize(inspector.getBridges().size());
			assertThat(isolates.bridges()).as(context).allSatisfy(b -> assertThat(
					components(graph, -1, graph.index(b.a().id()), graph.index(b.b().id()))[graph.index(b.a().id())])
				.isNotEqualTo(components(graph, -1, graph.index(b.a().id()), graph.index(b.b().id()))[graph.index(b.b().id())]));
			List<Integer> separate = isolates.separateComponents().stream().map(List::size).toList();
			List<Integer> sizes = componentSizesLargestFirst(graph);
			assertThat(separate).as(context).isEqualTo(sizes.subList(Math.min(1, sizes.size()), sizes.size()));
		}
	}

	private static String name(int v) {
		return String.format("n%02d", v);
	}

	/** For each actor, the cut point whose removal leaves it in the smallest part other than the rest. */
	private static Map<String, String> brokersTheSlowWay(ActorGraph graph) {
		int n = graph.size();
		int[] whole = components(graph, -1, -1, -1);
		int[] bestSize = new int[n];
		Map<String, String> brokerOf = new HashMap<>();
		for (int c = 0; c < n; c++) {
			int[] without = components(graph, c, -1, -1);
			Map<Integer, List<Integer>> parts = new HashMap<>();
			for (int v = 0; v < n; v++) {
				if (v != c && whole[v] == whole[c]) {
					parts.computeIfAbsent(without[v], k -> new ArrayList<>()).add(v);
				}
			}
			if (parts.size() < 2) {
				continue;
			}
			List<Integer> rest = parts.values().stream()
				.max((a, b) -> a.size() != b.size() ? Integer.compare(a.size(), b.size()) : Integer.compare(b.get(0), a.get(0)))
				.orElseThrow();
			for (List<Integer> part : parts.values()) {
				if (part == rest) {
					continue;
				}
				for (int v : part) {
					if (!brokerOf.containsKey(graph.actor(v).id()) || part.size() < bestSize[v]) {
						brokerOf.put(graph.actor(v).id(), graph.actor(c).id());
						bestSize[v] = part.size();
					}
				}
			}
		}
		return brokerOf;
	}

	/** Component label of each actor with actor {@code removed} and link {@code a-b} taken out (-1: none). */
	private static int[] components(ActorGraph graph, int removed, int a, int b) {
		int[] label = new int[graph.size()];
		Arrays.fill(label, -1);
		for (int s = 0; s < graph.size(); s++) {
			if (label[s] >= 0 || s == removed) {
				continue;
			}
			ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(s));
			label[s] = s;
			while (!queue.isEmpty()) {
				int v = queue.poll();
				for (int k = graph.firstLink(v); k < graph.firstLink(v + 1); k++) {
					int w = graph.neighbourArray()[k];
					boolean cut = (v == a && w == b) || (v == b && w == a);
					if (w != removed && !cut && label[w] < 0) {
						label[w] = s;
						queue.add(w);
					}
				}
			}
		}
		return label;
	}

	private static List<Integer> componentSizesLargestFirst(ActorGraph graph) {
		Map<Integer, Integer> sizes = new HashMap<>();
		for (int label : components(graph, -1, -1, -1)) {
			sizes.merge(label, 1, Integer::sum);
		}
		return sizes.values().stream().filter(size -> size > 1).sorted((x, y) -> y - x).toList();
	}

}
