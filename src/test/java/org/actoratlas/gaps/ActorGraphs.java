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
		List<String[]> ends = new ArrayList<>();
		for (String link : links) {
			String[] pair = link.split("[->]");
			ids.add(pair[0]);
			ids.add(pair[1]);
			ends.add(new String[] { pair[0], pair[1], link.contains(">") ? "funds" : "partners" });
		}
		List<Actor> actors = ids.stream()
			.map(id -> new Actor(id, id.toUpperCase(), "organisation", null, false, groups.getOrDefault(id, "other")))
			.toList();
		ActorGraph.Builder builder = new ActorGraph.Builder(actors, null, Long.MAX_VALUE);
		ends.forEach(link -> builder.add(link[0], link[1],
				link[2].equals("funds") ? ActorGraph.funding() : ActorGraph.undirected(link[2])));
		return builder.build();
	}

}
