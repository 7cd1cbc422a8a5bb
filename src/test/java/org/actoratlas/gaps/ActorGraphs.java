package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Small hand-made actor graphs for tests: "a-b" is a two-way link, "a>b" funding from a to b. */
final class ActorGraphs {

	private ActorGraphs() {
	}

	static ActorGraph of(Map<String, String> groups, String... links) {
		TreeSet<String> ids = new TreeSet<>(groups.keySet());
		List<ActorGraph.Link> list = new ArrayList<>();
		for (String link : links) {
			boolean directed = link.contains(">");
			String[] ends = link.split("[->]");
			ids.add(ends[0]);
			ids.add(ends[1]);
			list.add(new ActorGraph.Link(ends[0], ends[1], directed ? "funds" : "partners", directed));
		}
		List<Actor> actors = ids.stream()
			.map(id -> new Actor(id, id.toUpperCase(), "organisation", null, false, groups.getOrDefault(id, "other")))
			.toList();
		return new ActorGraph(actors, list);
	}

}
