package org.actoratlas.funding;

import java.util.List;

/**
 * Everyone who funds a node ({@code direction = upstream}) or everyone its money reaches
 * ({@code downstream}), nearest first.
 *
 * @param totals what the focus received (upstream) or passed on (downstream) directly, per measure
 * and currency, each transaction counted once
 * @param breaks where a chain cannot be followed further, shown rather than hidden
 * @param truncated whether the node limit cut the search short
 */
public record FundingReach(NodeRef focus, String direction, int maxDepth, List<Entry> entries, List<Amount> totals,
		List<Break> breaks, boolean truncated) {

	/**
	 * A funder or a recipient.
	 *
	 * @param depth hops from the focus on the shortest path
	 * @param amounts the amounts on the step next to this node on its shortest path
	 */
	public record Entry(NodeRef node, int depth, List<Amount> amounts, List<Path> paths) {
	}

	/** A node as the funding views show it; {@code placeholder} is an activity referenced but never published. */
	public record NodeRef(String id, String name, String kind, boolean placeholder) {
	}

	/** A chain in the direction money moves: {@code nodes} from giver to final receiver. */
	public record Path(List<String> nodes, List<Step> steps) {
	}

	/**
	 * One hop of a chain, from the giver to the receiver.
	 *
	 * @param type the relationship followed: FUNDS, IMPLEMENTS (a programme's money reaching its
	 * implementer) or ACTIVE_IN (a programme's money reaching a country)
	 * @param amounts counted amounts; for ACTIVE_IN the previous step's amounts times the percentage
	 * @param doubleReported whether both sides reported this flow and the receiver's report was left out
	 * @param shares what the giver passed on here against what it received on the previous step
	 */
	public record Step(String from, String to, String type, String role, Double percentage, List<Amount> amounts,
			List<String> sourceIds, boolean doubleReported, List<Share> shares) {
	}

	/** Passed on against received, for one measure and currency. */
	public record Share(String measure, String currency, double received, double passedOn, double share) {
	}

	/**
	 * @param kind {@code unidentified-organisation} (named only as text), {@code unpublished-activity}
	 * (referenced but never published) or {@code funder-activity-not-cited} (incoming funds that name
	 * the funding organisation but not its activity)
	 */
	public record Break(String kind, String nodeId, String relatedId, String detail) {
	}

}
