package org.actoratlas.funding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.actoratlas.system.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Paths between two nodes along the money: a downstream search from one that stops soon after reaching the other. */
@Component
class FundingChainsQuery {

	private final FundingLinks links;

	private final FundingReachQuery reachQuery;

	private final FundingIndex index;

	FundingChainsQuery(FundingLinks links, FundingReachQuery reachQuery, FundingIndex index) {
		this.links = links;
		this.reachQuery = reachQuery;
		this.index = index;
	}

	@Transactional(readOnly = true)
	FundingChains between(String from, String to, int maxDepth, int limit, int maxPaths) {
		FundingReach.NodeRef fromNode = this.links.node(from).orElseThrow(() -> new NotFoundException("node", from));
		FundingReach.NodeRef toNode = this.links.node(to).orElseThrow(() -> new NotFoundException("node", to));
		FundingIndex.Snapshot money = this.index.current();
		FundingTraversal.Expander downstream = money.downstream();
		FundingTraversal.Result result = FundingTraversal.run(from, to, maxDepth, limit, downstream);
		boolean reversed = false;
		if (!result.depths().containsKey(to)) {
			FundingTraversal.Result back = FundingTraversal.run(to, from, maxDepth, limit, downstream);
			if (back.depths().containsKey(from)) {
				result = back;
				reversed = true;
			}
		}
		String target = reversed ? from : to;
		List<FundingTraversal.Hop> shown = result.paths(target, maxPaths).stream().flatMap(List::stream).toList();
		result = result.described(shown, hops -> this.links.describe(hops, false, money));
		Map<String, List<Amount>> received = this.links.received(List.of(result.focus()));
		List<FundingReach.Path> paths = result.depths().containsKey(target)
				? result.paths(target, maxPaths).stream().map(hops -> Steps.path(hops, false, received)).toList() : List.of();
		Set<String> onPaths = new LinkedHashSet<>();
		paths.forEach(path -> onPaths.addAll(path.nodes()));
		List<FundingReach.Break> breaks = this.reachQuery.breaks(onPaths, money);
		return new FundingChains(fromNode, toNode, maxDepth, reversed, paths, breaks, result.truncated());
	}

}
