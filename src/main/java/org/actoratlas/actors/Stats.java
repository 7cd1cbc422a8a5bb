package org.actoratlas.actors;

import java.util.Map;

/** How many nodes of each kind and relationships of each type the graph holds. */
public record Stats(Map<String, Long> nodesByKind, Map<String, Long> organisationsByType,
		Map<String, Long> relationshipsByType, long nodes, long relationships) {
}
