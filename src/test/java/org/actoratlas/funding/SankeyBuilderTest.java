package org.actoratlas.funding;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SankeyBuilderTest {

	@Test
	void drawsOneNetworkPerMeasureAndCurrencyAndLeavesOutALinkClosingACycle() {
		SankeyBuilder sankey = new SankeyBuilder();
		sankey.add("a", "b", "FUNDS", "disbursed", "USD", false, 100);
		sankey.add("b", "c", "FUNDS", "disbursed", "USD", false, 80);
		sankey.add("c", "a", "FUNDS", "disbursed", "USD", false, 30);
		sankey.add("a", "b", "FUNDS", "disbursed", "EUR", false, 10);
		sankey.add("a", "b", "FUNDS", "disbursed", "EUR", false, 5);
		var networks = sankey.networks(Map.of());
		assertThat(networks).extracting(FlowNetwork.Network::currency).containsExactly("EUR", "USD");
		assertThat(networks.get(0).links()).containsExactly(new FlowNetwork.Link("a", "b", 15.0, "FUNDS"));
		assertThat(networks.get(1).links()).hasSize(2);
		assertThat(networks.get(1).total()).isEqualTo(100.0);
		assertThat(sankey.dropped()).containsExactly(new FlowNetwork.Link("c", "a", 30.0, "FUNDS"));
	}

}
