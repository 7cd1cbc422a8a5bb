package org.actoratlas.funding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Accumulates flow links per measure and currency and turns them into Sankey networks, leaving out
 * any link that would close a cycle (d3-sankey cannot lay one out), so the caller can report it.
 */
final class SankeyBuilder {

	/** source, target, type, measure, currency, converted ("true"/"false") to value. */
	private final Map<List<String>, Double> values = new LinkedHashMap<>();

	private final List<FlowNetwork.Link> dropped = new ArrayList<>();

	void add(String source, String target, String type, String measure, String currency, boolean converted, double value) {
		if (value <= 0 || source.equals(target)) {
			return;
		}
		this.values.merge(Arrays.asList(source, target, type, measure, currency, String.valueOf(converted)), value, Double::sum);
	}

	Set<String> nodeIds() {
		Set<String> ids = new HashSet<>();
		this.values.keySet().forEach(key -> {
			ids.add(key.get(0));
			ids.add(key.get(1));
		});
		return ids;
	}

	List<FlowNetwork.Link> dropped() {
		return this.dropped;
	}

	List<FlowNetwork.Network> networks(Map<String, FundingReach.NodeRef> nodes) {
		Map<List<String>, List<FlowNetwork.Link>> byNetwork = new TreeMap<>(
				java.util.Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> Objects.toString(k.get(1), ""))
					.thenComparing(k -> k.get(2)));
		this.values.forEach((key, value) -> byNetwork.computeIfAbsent(Arrays.asList(key.get(3), key.get(4), key.get(5)), k -> new ArrayList<>())
			.add(new FlowNetwork.Link(key.get(0), key.get(1), Transfers.round(value), key.get(2))));
		List<FlowNetwork.Network> networks = new ArrayList<>();
		byNetwork.forEach((key, links) -> {
			List<FlowNetwork.Link> acyclic = withoutCycles(links);
			Set<String> targets = new HashSet<>();
			Set<String> ids = new java.util.TreeSet<>();
			acyclic.forEach(link -> {
				targets.add(link.target());
				ids.add(link.source());
				ids.add(link.target());
			});
			double total = acyclic.stream().filter(link -> !targets.contains(link.source())).mapToDouble(FlowNetwork.Link::value).sum();
			List<FlowNetwork.Node> nodeList = ids.stream().map(id -> {
				FundingReach.NodeRef ref = nodes.get(id);
				return new FlowNetwork.Node(id, ref == null ? id : ref.name(), ref == null ? null : ref.kind());
			}).toList();
			networks.add(new FlowNetwork.Network(key.get(0), key.get(1), Boolean.parseBoolean(key.get(2)), Transfers.round(total),
					nodeList, acyclic));
		});
		return networks;
	}

	/** Keeps links in order, skipping one whose target already reaches its source. */
	private List<FlowNetwork.Link> withoutCycles(List<FlowNetwork.Link> links) {
		Map<String, Set<String>> out = new HashMap<>();
		List<FlowNetwork.Link> kept = new ArrayList<>();
		for (FlowNetwork.Link link : links) {
			if (reaches(out, link.target(), link.source())) {
				this.dropped.add(link);
				continue;
			}
			out.computeIfAbsent(link.source(), k -> new HashSet<>()).add(link.target());
			kept.add(link);
		}
		return kept;
	}

	private static boolean reaches(Map<String, Set<String>> out, String from, String to) {
		Set<String> seen = new HashSet<>();
		List<String> stack = new ArrayList<>(List.of(from));
		while (!stack.isEmpty()) {
			String node = stack.remove(stack.size() - 1);
			if (node.equals(to)) {
				return true;
			}
			if (seen.add(node)) {
				stack.addAll(out.getOrDefault(node, Set.of()));
			}
		}
		return false;
	}

}
