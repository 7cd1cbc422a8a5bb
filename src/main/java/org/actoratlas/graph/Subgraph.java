package org.actoratlas.graph;

import java.util.List;
import java.util.Map;

/**
 * A piece of the graph as D3 draws it: links name their {@code source} and {@code target} by node id.
 *
 * @param truncated whether more nodes matched than the limit allowed
 */
public record Subgraph(List<Node> nodes, List<Link> links, boolean truncated) {

	/**
	 * @param type the organisation type, programme type or event type where there is one
	 * @param degree how many relationships the node has in the whole graph
	 */
	public record Node(String id, String name, String kind, String type, boolean donor, long degree,
			Map<String, Object> properties) {
	}

	public record Link(String id, String source, String target, String type, Map<String, Object> properties,
			List<String> sourceIds) {
	}

}
