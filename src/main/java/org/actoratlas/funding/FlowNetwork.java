package org.actoratlas.funding;

import java.time.LocalDate;
import java.util.List;

/**
 * Money moving among donors, programmes, implementers and countries, one network per measure and
 * currency so that a Sankey diagram never draws two currencies on one scale. Links name their
 * {@code source} and {@code target} by node id (d3-sankey's {@code nodeId(d => d.id)}).
 *
 * @param rateSource the cited rate table when amounts were converted, else null
 * @param dropped links left out because they would close a cycle, which a Sankey cannot draw
 * @param truncated whether the programme limit cut the network short
 */
public record FlowNetwork(Filters filters, List<Network> networks, String rateSource, List<Link> dropped, boolean truncated) {

	public record Filters(String country, String donor, String theme, LocalDate from, LocalDate to, String convert) {
	}

	/**
	 * @param converted whether the amounts were converted into {@code currency}
	 * @param total what leaves the network's sources (nodes with no incoming link)
	 */
	public record Network(String measure, String currency, boolean converted, double total, List<Node> nodes,
			List<Link> links) {
	}

	public record Node(String id, String name, String kind) {
	}

	/**
	 * @param type FUNDS, IMPLEMENTS (a programme's money reaching its only implementer, inferred) or
	 * ACTIVE_IN (the money reaching a country, split by percentage)
	 */
	public record Link(String source, String target, double value, String type) {
	}

}
