package org.actoratlas.gaps;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IsolatesFinderTest {

	@Test
	void findsUnlinkedSingleLinkAndActorsBehindOneBroker() {
		// A triangle a-b-c; d hangs on c and e on d; f and g only know each other; h knows nobody.
		var graph = ActorGraphs.of(Map.of("h", "other"), "a-b", "b-c", "a-c", "c-d", "d-e", "f-g");

		var isolates = IsolatesFinder.find(null, graph);

		assertThat(isolates.unlinked()).extracting(Actor::id).containsExactly("h");
		assertThat(isolates.singleLink()).extracting(s -> s.actor().id() + ">" + s.linkedTo().id())
			.containsExactly("e>d", "f>g", "g>f");
		assertThat(isolates.dependents()).extracting(d -> d.broker().id() + ":" + d.cutOff())
			.containsExactly("c:2", "d:1");
		assertThat(isolates.dependents().get(0).direct()).extracting(Actor::id).containsExactly("d");
		assertThat(isolates.bridges()).extracting(b -> b.a().id() + "-" + b.b().id()).containsExactly("c-d", "d-e", "f-g");
		assertThat(isolates.separateComponents()).singleElement().satisfies(c -> assertThat(c).extracting(Actor::id).containsExactly("f", "g"));
	}

}
