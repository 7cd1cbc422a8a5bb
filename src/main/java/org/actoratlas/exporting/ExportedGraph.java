package org.actoratlas.exporting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A self-contained piece of the graph: every node with all its properties, every link with the
 * sources that state it and their evidence, and those sources.
 */
public record ExportedGraph(String title, OffsetDateTime generatedAt, List<Node> nodes, List<Link> links,
		List<Source> sources) {

	public record Node(String id, String name, String kind, List<String> labels, Map<String, Object> properties) {
	}

	public record Link(String source, String target, String type, Map<String, Object> properties, List<Citation> citations) {
	}

	public record Citation(String sourceId, String evidence) {
	}

	public record Source(String id, String title, List<String> labels, Map<String, Object> properties) {
	}

}
