package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.actoratlas.system.BadParameterException;

/** Ranks brokers on an {@link ActorGraph}: betweenness first, brokerage roles between groups beside it. */
final class BrokersFinder {

	static final List<String> GROUP_BY = List.of("group", "type", "community");

	/** At scale hundreds of actors broker between two groups; the response names the first ten. */
	static final int BROKERS_PER_BRIDGE = 10;

	private BrokersFinder() {
	}

	static String groupBy(String value) {
		String groupBy = value == null || value.isBlank() ? "group" : value.strip().toLowerCase(Locale.ROOT);
		if (!GROUP_BY.contains(groupBy)) {
			throw new BadParameterException("groupBy", "'" + value + "' is not a grouping; use one of " + GROUP_BY);
		}
		return groupBy;
	}

	static Brokers find(String country, String groupBy, ActorGraph actors, int limit) {
		IntFunction<String> groupOf = switch (groupBy) {
			case "type" -> v -> String.valueOf(actors.actor(v).type());
			case "community" -> {
				List<String> communities = actors.communities();
				yield v -> communities.get(v) == null ? "unlinked" : communities.get(v);
			}
			default -> v -> actors.actor(v).group();
		};
		Betweenness.Result betweenness = actors.betweenness();
		Brokerage.Result brokerage = Brokerage.compute(actors, groupOf);
		List<Brokers.Broker> ranked = new ArrayList<>();
		for (int v = 0; v < actors.size(); v++) {
			Actor actor = actors.actor(v);
			Map<String, Integer> roles = new TreeMap<>();
			Brokerage.ROLES.forEach(role -> roles.put(role, 0));
			roles.putAll(brokerage.roles().getOrDefault(actor.id(), Map.of()));
			int pairs = roles.values().stream().mapToInt(Integer::intValue).sum();
			double score = Math.round(betweenness.score(v) * 1_000_000) / 1_000_000.0;
			if (score > 0 || pairs > 0) {
				ranked.add(new Brokers.Broker(actor, groupOf.apply(v), score, actors.degree(v), roles, pairs));
			}
		}
		ranked.sort(Comparator.comparingDouble(Brokers.Broker::betweenness).reversed()
			.thenComparing(Comparator.comparingInt(Brokers.Broker::brokeredPairs).reversed())
			.thenComparing(b -> b.actor().id()));
		return new Brokers(country, groupBy, betweenness.exact(), betweenness.pivots(), brokerage.sampled(), actors.size(),
				actors.links(), List.copyOf(ranked.subList(0, Math.min(limit, ranked.size()))),
				groupBridges(actors, groupOf, brokerage));
	}

	private static List<Brokers.GroupBridge> groupBridges(ActorGraph actors, IntFunction<String> groupOf,
			Brokerage.Result brokerage) {
		Map<String, Integer> direct = new TreeMap<>();
		int[] neighbours = actors.neighbourArray();
		for (int a = 0; a < actors.size(); a++) {
			for (int k = actors.firstLink(a); k < actors.firstLink(a + 1); k++) {
				int b = neighbours[k];
				if (actors.has(k, ActorGraph.OUT) && !groupOf.apply(a).equals(groupOf.apply(b))) {
					direct.merge(groupOf.apply(a) + '\n' + groupOf.apply(b), 1, Integer::sum);
				}
			}
		}
		List<Brokers.GroupBridge> bridges = new ArrayList<>();
		brokerage.between().forEach((key, byBroker) -> {
			String[] ends = key.split("\n");
			List<Brokers.GroupBroker> brokers = byBroker.entrySet().stream()
				.map(e -> new Brokers.GroupBroker(actors.actor(actors.index(e.getKey())), e.getValue()))
				.sorted(Comparator.comparingInt(Brokers.GroupBroker::pairs).reversed().thenComparing(b -> b.actor().id()))
				.toList();
			int links = direct.getOrDefault(key, 0);
			bridges.add(new Brokers.GroupBridge(ends[0], ends[1], links, brokers.subList(0, Math.min(BROKERS_PER_BRIDGE, brokers.size())),
					brokers.size(), links == 0 && brokers.size() == 1 ? brokers.get(0).actor() : null));
		});
		return bridges;
	}

}
