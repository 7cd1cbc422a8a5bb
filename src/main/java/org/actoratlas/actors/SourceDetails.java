package org.actoratlas.actors;

import java.util.List;
import java.util.Map;

/**
 * A source and the facts it states.
 *
 * @param facts relationships that cite this source, up to the requested limit
 */
public record SourceDetails(String id, String title, Map<String, Object> properties, boolean hasDocument,
		List<Fact> facts) {

	public record Fact(String type, NodeDetails.NodeRef from, NodeDetails.NodeRef to, String evidence) {
	}

}
