package org.actoratlas.actors;

import java.util.List;
import java.util.Map;

/**
 * One node with its relationships, each relationship with the sources that state it.
 *
 * @param relationshipCounts how many relationships of each type the node has in all
 * @param truncated whether {@code relationships} holds fewer than the node has
 */
public record NodeDetails(String id, String name, String kind, List<String> labels, Map<String, Object> properties,
		List<Relationship> relationships, Map<String, Long> relationshipCounts, boolean truncated) {

	/** A relationship seen from this node: {@code direction} is {@code out} when this node is its start. */
	public record Relationship(String type, String direction, NodeRef other, Map<String, Object> properties,
			List<Citation> sources) {
	}

	public record NodeRef(String id, String name, String kind) {
	}

	/** A source that states a fact, with the sentence of it that does. */
	public record Citation(String sourceId, String title, String evidence) {
	}

}
