package org.actoratlas.gaps;

import java.util.List;
import java.util.Map;

/**
 * Actors ranked by betweenness, with their Gould-Fernandez brokerage roles, and for every ordered
 * pair of groups the actors that broker between them.
 *
 * @param exact whether betweenness is exact or estimated from {@code pivots} sampled sources
 * @param rolesSampled whether some brokers' role counts are estimated from a sample of the pairs
 * they stand between (brokers with thousands of links), rather than counted
 * @param groupBy what the groups are: {@code group}, {@code type} or {@code community}
 */
record Brokers(String country, String groupBy, boolean exact, int pivots, boolean rolesSampled, int actors, int links,
		List<Broker> brokers, List<GroupBridge> groupBridges) {

	/**
	 * @param roles how many unlinked pairs (a, c) with a -> broker -> c the actor brokers in each role:
	 * coordinator, gatekeeper, representative, itinerant, liaison
	 */
	record Broker(Actor actor, String groupOf, double betweenness, int degree, Map<String, Integer> roles, int brokeredPairs) {
	}

	/**
	 * @param directLinks links from a member of {@code from} straight to a member of {@code to}
	 * @param brokers who brokers unlinked pairs from {@code from} to {@code to}, most pairs first, at most ten
	 * @param brokerCount how many broker them in all
	 * @param onlyBridge the broker when it is the only one and there is no direct link, else null
	 */
	record GroupBridge(String from, String to, int directLinks, List<GroupBroker> brokers, int brokerCount, Actor onlyBridge) {
	}

	record GroupBroker(Actor actor, int pairs) {
	}

}
