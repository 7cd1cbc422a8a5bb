package org.actoratlas.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FundingTraversalTest {

	/** a -> b -> c -> a, c -> d, and a shortcut a -> c. */
	static final Map<String, List<String>> GRAPH = Map.of("a", List.of("b", "c"), "b", List.of("c"), "c", List.of("a", "d"),
			"d", List.of());

	final List<List<String>> frontiers = new ArrayList<>();

	FundingTraversal.Expander expander = (frontier, take) -> {
		this.frontiers.add(frontier);
		return frontier.stream()
			.flatMap(near -> GRAPH.get(near).stream().map(far -> new FundingTraversal.Hop(near, far, "FUNDS", List.of())))
			.toList();
	};

	@Test
	void expandsEachNodeOnceAndEndsOnACycle() {
		FundingTraversal.Result result = FundingTraversal.run("a", 10, 100, this.expander);
		assertThat(result.depths()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 0, "b", 1, "c", 1, "d", 2));
		assertThat(this.frontiers).containsExactly(List.of("a"), List.of("b", "c"), List.of("d"));
		assertThat(result.reached()).containsExactly("b", "c", "d");
	}

	@Test
	void findsShortestPathsFirstWithoutRepeatingANode() {
		FundingTraversal.Result result = FundingTraversal.run("a", 10, 100, this.expander);
		List<List<FundingTraversal.Hop>> paths = result.paths("d", 5);
		assertThat(paths).hasSize(2);
		assertThat(paths.get(0)).extracting(FundingTraversal.Hop::far).containsExactly("c", "d");
		assertThat(paths.get(1)).extracting(FundingTraversal.Hop::far).containsExactly("b", "c", "d");
	}

	@Test
	void respectsTheDepthAndTheNodeLimit() {
		assertThat(FundingTraversal.run("a", 1, 100, this.expander).depths()).containsOnlyKeys("a", "b", "c");
		FundingTraversal.Result limited = FundingTraversal.run("a", 10, 1, this.expander);
		assertThat(limited.reached()).hasSize(1);
		assertThat(limited.truncated()).isTrue();
	}

}
