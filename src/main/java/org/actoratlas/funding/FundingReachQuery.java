package org.actoratlas.funding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.actoratlas.system.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Upstream (who funds this?) and downstream (where does this money go?) from one node. */
@Component
class FundingReachQuery {

	private final FundingLinks links;

	private final FundingIndex index;

	FundingReachQuery(FundingLinks links, FundingIndex index) {
		this.links = links;
		this.index = index;
	}

	@Transactional(readOnly = true)
	FundingReach reach(String id, boolean upstream, int maxDepth, int limit, int pathsPerNode) {
		FundingIndex.Snapshot money = this.index.current();
		FundingReach.NodeRef focus = money.node(id).or(() -> this.links.node(id)).orElseThrow(() -> new NotFoundException("node", id));
		FundingTraversal.Result walked = FundingTraversal.run(id, maxDepth, limit, upstream ? money.upstream() : money.downstream());
		List<String> reached = walked.reached();
		Set<FundingTraversal.Hop> shown = new HashSet<>(walked.direct());
		reached.forEach(node -> walked.paths(node, pathsPerNode).forEach(shown::addAll));
		FundingTraversal.Result result = walked.described(shown, hops -> this.links.describe(hops, upstream, money));
		List<String> depthOne = reached.stream().filter(node -> result.depths().get(node) == 1).toList();
		boolean countryFocus = "country".equals(focus.kind());
		List<String> splitProgrammes = upstream ? (countryFocus ? depthOne : List.of())
				: ("programme".equals(focus.kind()) ? List.of(id) : List.of());
		Map<String, List<Amount>> received = splitProgrammes.isEmpty() ? Map.of() : this.links.received(splitProgrammes);
		Set<String> all = new LinkedHashSet<>(reached);
		all.add(id);
		List<FundingReach.Entry> entries = new ArrayList<>();
		for (String node : reached) {
			List<FundingReach.Path> paths = result.paths(node, pathsPerNode).stream()
				.map(hops -> Steps.path(hops, upstream, received))
				.toList();
			List<Amount> amounts = paths.isEmpty() ? List.of() : adjacentAmounts(paths.get(0), upstream);
			entries.add(new FundingReach.Entry(money.node(node).orElseThrow(), result.depths().get(node), amounts, paths));
		}
		List<Amount> totals = countryFocus && upstream ? countryTotals(depthOne, result)
				: Transfers.total(result.direct().stream().filter(hop -> "FUNDS".equals(hop.type())).map(FundingTraversal.Hop::rels).toList());
		return new FundingReach(focus, upstream ? "upstream" : "downstream", maxDepth, entries, totals, breaks(all, money),
				result.truncated());
	}

	/** Every break among these nodes: name-only organisations, unpublished and uncited activities. */
	List<FundingReach.Break> breaks(Set<String> ids, FundingIndex.Snapshot money) {
		List<FundingReach.Break> breaks = new ArrayList<>();
		for (String id : ids) {
			if (id.startsWith("org:name:")) {
				breaks.add(new FundingReach.Break("unidentified-organisation", id, null,
						"named only as text, so its own funding cannot be followed"));
			}
			if (money.node(id).map(FundingReach.NodeRef::placeholder).orElse(false)) {
				breaks.add(new FundingReach.Break("unpublished-activity", id, null, "referenced but never published"));
			}
		}
		ids.stream().sorted().forEach(id -> breaks.addAll(money.uncitedFunderActivities(id)));
		return breaks;
	}

	private static List<Amount> adjacentAmounts(FundingReach.Path path, boolean upstream) {
		return upstream ? path.steps().get(0).amounts() : path.steps().get(path.steps().size() - 1).amounts();
	}

	/**
	 * Money entering the country's programmes from outside them, split by each programme's
	 * percentage: a programme funded by another programme active in the same country is not counted
	 * twice, and neither is the provider-organisation twin of such a transaction.
	 */
	private List<Amount> countryTotals(List<String> programmes, FundingTraversal.Result result) {
		Set<String> inCountry = new HashSet<>(programmes);
		Map<String, Map<String, List<Rel>>> incoming = this.links.incoming(programmes);
		Set<String> internalKeys = new HashSet<>();
		incoming.values().forEach(byGiver -> byGiver.forEach((giver, rels) -> {
			if (inCountry.contains(giver)) {
				rels.stream().map(Rel::key).filter(java.util.Objects::nonNull).forEach(internalKeys::add);
			}
		}));
		List<List<Amount>> parts = new ArrayList<>();
		for (String programme : programmes) {
			Double percentage = result.direct().stream().filter(hop -> hop.far().equals(programme))
				.flatMap(hop -> hop.rels().stream()).map(Rel::percentage).filter(java.util.Objects::nonNull).findFirst().orElse(null);
			List<List<Rel>> external = incoming.getOrDefault(programme, Map.of()).entrySet().stream()
				.filter(e -> !inCountry.contains(e.getKey()))
				.map(e -> e.getValue().stream().filter(rel -> rel.key() == null || !internalKeys.contains(rel.key())).toList())
				.toList();
			if (percentage != null) {
				parts.add(Steps.split(Transfers.total(external), percentage));
			}
		}
		return Steps.add(parts);
	}

}
