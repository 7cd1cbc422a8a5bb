package org.actoratlas.actors;

import java.util.Map;

/** A document, record or import that facts in the graph cite. */
public record SourceSummary(String id, String title, Map<String, Object> properties, boolean hasDocument) {
}
