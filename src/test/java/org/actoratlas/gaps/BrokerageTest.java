package org.actoratlas.gaps;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerageTest {

	@Test
	void namesTheFiveGouldFernandezRoles() {
		assertThat(Brokerage.role("x", "x", "x")).isEqualTo("coordinator");
		assertThat(Brokerage.role("x", "y", "x")).isEqualTo("itinerant");
		assertThat(Brokerage.role("x", "x", "y")).isEqualTo("representative");
		assertThat(Brokerage.role("x", "y", "y")).isEqualTo("gatekeeper");
		assertThat(Brokerage.role("x", "y", "z")).isEqualTo("liaison");
	}

	@Test
	void aUnAgencyPassingDonorMoneyToCivilSocietyIsTheirOnlyBridge() {
		var groups = Map.of("donor", ActorGroups.DONORS, "un", ActorGroups.UN_MULTILATERAL, "cso", ActorGroups.CIVIL_SOCIETY,
				"cso2", ActorGroups.CIVIL_SOCIETY);
		var graph = ActorGraphs.of(groups, "donor>un", "un>cso", "un>cso2", "cso-cso2");

		var brokers = BrokersFinder.find(null, "group", graph, 10);

		var un = brokers.brokers().get(0);
		assertThat(un.actor().id()).isEqualTo("un");
		// donor -> un -> cso and donor -> un -> cso2; cso -> un is no arc (funding runs one way).
		assertThat(un.roles()).containsEntry("liaison", 2).containsEntry("coordinator", 0);
		assertThat(brokers.groupBridges()).singleElement().satisfies(bridge -> {
			assertThat(bridge.from()).isEqualTo(ActorGroups.DONORS);
			assertThat(bridge.to()).isEqualTo(ActorGroups.CIVIL_SOCIETY);
			assertThat(bridge.onlyBridge().id()).isEqualTo("un");
		});
	}

	@Test
	void aLinkedPairNeedsNoBroker() {
		var graph = ActorGraphs.of(Map.of(), "a-b", "b-c", "a-c");

		var brokerage = Brokerage.compute(graph, v -> "g");

		assertThat(brokerage.roles()).isEmpty();
	}

	@Test
	void aHubBetweenThousandsOfPairsIsEstimatedFromASampleAndSaysSo() {
		// 100 donors fund a fund, which funds 100 organisations (10,000 pairs), of which donor0 also funds org0.
		List<String> links = new java.util.ArrayList<>();
		Map<String, String> groups = new java.util.HashMap<>(Map.of("fund", ActorGroups.UN_MULTILATERAL));
		for (int i = 0; i < 100; i++) {
			links.add("donor" + i + ">fund");
			links.add("fund>org" + i);
			groups.put("donor" + i, ActorGroups.DONORS);
			groups.put("org" + i, ActorGroups.CIVIL_SOCIETY);
		}
		links.add("donor0>org0");
		var graph = ActorGraphs.of(groups, links.toArray(String[]::new));

		var brokerage = Brokerage.compute(graph, v -> graph.actor(v).group());

		assertThat(brokerage.sampled()).isTrue();
		assertThat(brokerage.roles().get("fund").get("liaison")).isBetween(9_900, 10_000);
		assertThat(brokerage.roles()).containsOnlyKeys("fund");
	}

	@Test
	void aSmallGraphIsCountedExactly() {
		var graph = ActorGraphs.of(Map.of(), "a>b", "b>c", "b>d");

		var brokerage = Brokerage.compute(graph, v -> "g");

		assertThat(brokerage.sampled()).isFalse();
		assertThat(brokerage.roles().get("b")).containsEntry("coordinator", 2);
	}

}
