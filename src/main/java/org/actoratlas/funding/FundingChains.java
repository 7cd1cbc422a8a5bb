package org.actoratlas.funding;

import java.util.List;

/**
 * The funding paths from one node to another, shortest first.
 *
 * @param reversed whether no path runs from {@code from} to {@code to} and these run from {@code to} to {@code from}
 */
public record FundingChains(FundingReach.NodeRef from, FundingReach.NodeRef to, int maxDepth, boolean reversed,
		List<FundingReach.Path> paths, List<FundingReach.Break> breaks, boolean truncated) {

}
