package org.actoratlas.audit;

import java.util.List;
import java.util.Map;

/**
 * The state of what a change touched: whole nodes (with all their relationships) and single links. An
 * empty snapshot means "did not exist". Property values are plain JSON values; Neo4j dates and times are
 * tagged ({@code {"$date": "2024-05-01"}}) so that a revert writes back the same types.
 */
public record Snapshot(List<NodeState> nodes, List<LinkState> links) {

	public static final Snapshot NOTHING = new Snapshot(List.of(), List.of());

	public record NodeState(String id, List<String> labels, Map<String, Object> properties, List<LinkState> relationships) {
	}

	public record LinkState(String type, String from, String to, Map<String, Object> properties) {
	}

	public boolean isEmpty() {
		return this.nodes.isEmpty() && this.links.isEmpty();
	}

}
