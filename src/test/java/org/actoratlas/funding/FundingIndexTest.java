package org.actoratlas.funding;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The funding index on the Sahel dataset: its hops, and the relationships read for them. */
@AtlasIntegrationTest
class FundingIndexTest {

	@Autowired
	FundingIndex index;

	@Autowired
	FundingLinks links;

	@Test
	void readsEveryHopsRelationshipsByElementIdExactlyAsFoundFromItsEnds() {
		FundingIndex.Snapshot money = this.index.current();
		for (boolean upstream : new boolean[] { true, false }) {
			List<FundingTraversal.Hop> hops = (upstream ? money.upstream() : money.downstream()).expand(money.ids(), Integer.MAX_VALUE);
			assertThat(hops).as("the Sahel dataset states funding").hasSizeGreaterThan(50);

			Map<String, List<String>> byElementId = readable(this.links.describe(hops, upstream, money));
			Map<String, List<String>> byEnds = readable(this.links.describe(hops, upstream, money.withoutRelationshipIds()));

			assertThat(byElementId).isEqualTo(byEnds);
			assertThat(byElementId.keySet()).as("every hop has its relationships")
				.isEqualTo(hops.stream().map(FundingIndexTest::name).collect(Collectors.toSet()));
		}
	}

	@Test
	void aHopThatNoRelationshipStatesHasNoElementIds() {
		FundingIndex.Snapshot money = this.index.current();
		var invented = new FundingTraversal.Hop("org:ada", "country:ML", "FUNDS", List.of());

		assertThat(money.relationshipIds(invented, false)).isEmpty();
		assertThat(money.relationshipIds(new FundingTraversal.Hop("org:ada", "programme:hs-strategy-mali", "FUNDS", List.of()), false))
			.isNotEmpty();
	}

	private static Map<String, List<String>> readable(Map<FundingTraversal.Hop, List<Rel>> rels) {
		Map<String, List<String>> readable = new TreeMap<>();
		rels.forEach((hop, list) -> readable.put(name(hop), list.stream().map(Rel::toString).sorted(Comparator.naturalOrder()).toList()));
		return readable;
	}

	private static String name(FundingTraversal.Hop hop) {
		return hop.near() + " " + hop.type() + " " + hop.far();
	}

}
