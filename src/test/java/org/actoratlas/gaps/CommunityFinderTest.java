package org.actoratlas.gaps;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommunityFinderTest {

	private static ActorGraph twoCliquesAndAStranger() {
		return ActorGraphs.of(Map.of("z", "other"), "a-b", "a-c", "a-d", "b-c", "b-d", "c-d", "e-f", "e-g", "f-g", "d-e");
	}

	@Test
	void separatesTwoSilosJoinedByOneLink() {
		var communities = CommunityFinder.find(null, twoCliquesAndAStranger());

		assertThat(communities.communities()).extracting(c -> c.members().stream().map(Actor::id).sorted().toList())
			.containsExactly(java.util.List.of("a", "b", "c", "d"), java.util.List.of("e", "f", "g"));
		assertThat(communities.between()).singleElement().satisfies(link -> {
			assertThat(link.links()).isEqualTo(1);
			assertThat(link.examples()).containsExactly(java.util.List.of("d", "e"));
		});
		assertThat(communities.unlinked()).containsExactly("z");
	}

	@Test
	void givesTheSameClustersForTheSameGraph() {
		assertThat(CommunityFinder.find(null, twoCliquesAndAStranger())).isEqualTo(CommunityFinder.find(null, twoCliquesAndAStranger()));
	}

	/** A country where organisations work but no link between them is recorded yet. */
	@Test
	void communitiesBrokersAndIsolatesAnswerForActorsWithoutLinks() {
		var strangers = ActorGraphs.of(Map.of("a", "other", "b", "donors"));

		assertThat(CommunityFinder.find("ML", strangers).unlinked()).containsExactly("a", "b");
		assertThat(BrokersFinder.find("ML", "group", strangers, 10).links()).isZero();
		assertThat(IsolatesFinder.find("ML", strangers).unlinked()).extracting(Actor::id).containsExactly("a", "b");
	}

}
