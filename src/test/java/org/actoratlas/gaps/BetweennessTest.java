package org.actoratlas.gaps;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BetweennessTest {

	@Test
	void samplingEveryVertexGivesJGraphTsExactValues() {
		var graph = ActorGraphs.of(Map.of(), "a-b", "b-c", "c-d", "b-e", "e-f", "c-f", "f-g");

		var exact = Betweenness.of(graph);
		var sampled = Betweenness.sampled(graph, 100, 1L);

		assertThat(exact.exact()).isTrue();
		assertThat(sampled.exact()).isTrue();
		for (int v = 0; v < graph.size(); v++) {
			assertThat(sampled.score(v)).as(graph.actor(v).id()).isCloseTo(exact.score(v), within(1e-9));
		}
		assertThat(exact.score(graph.index("b"))).isGreaterThan(exact.score(graph.index("a")));
	}

	@Test
	void samplingIsRepeatableForTheSameSeed() {
		var graph = ActorGraphs.of(Map.of(), "a-b", "b-c", "c-d", "d-e", "e-a", "c-f");

		assertThat(Betweenness.sampled(graph, 3, 9L)).isEqualTo(Betweenness.sampled(graph, 3, 9L));
		assertThat(Betweenness.sampled(graph, 3, 9L).exact()).isFalse();
	}

}
