package org.actoratlas.funding;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.actoratlas.system.BadParameterException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FundingController {

	private static final String COUNTING = " Amounts are per measure (committed, disbursed, pledged) and currency; "
			+ "a flow reported by both sides counts once (the giver's report wins). See docs/funding.md.";

	private static final String PATH_ID = "node id; IATI ids may contain '/', sent as is (not as %2F)";

	private final FundingReachQuery reachQuery;

	private final FundingChainsQuery chainsQuery;

	private final FundingFlowsQuery flowsQuery;

	private final LocalisationQuery localisationQuery;

	FundingController(FundingReachQuery reachQuery, FundingChainsQuery chainsQuery, FundingFlowsQuery flowsQuery,
			LocalisationQuery localisationQuery) {
		this.reachQuery = reachQuery;
		this.chainsQuery = chainsQuery;
		this.flowsQuery = flowsQuery;
		this.localisationQuery = localisationQuery;
	}

	@Operation(summary = "Who funds this node, directly or through intermediaries",
			description = "For an organisation, programme or country (funders of programmes active in it): each funder with its "
					+ "depth, its shortest chains (node ids, relationship types, sources and amounts per step, share passed on), "
					+ "and the breaks where a chain cannot be followed." + COUNTING)
	@GetMapping("/api/funding/upstream/{*id}")
	FundingReach upstream(@Parameter(description = PATH_ID) @PathVariable String id, @RequestParam(defaultValue = "6") @Min(1) @Max(10) int maxDepth,
			@Parameter(description = "most nodes to return; truncated says when more were found") @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit,
			@Parameter(description = "chains per funder, shortest first") @RequestParam(defaultValue = "1") @Min(1) @Max(5) int paths) {
		return this.reachQuery.reach(nodeId(id), true, maxDepth, limit, paths);
	}

	@Operation(summary = "Where this node's money goes",
			description = "Programmes, implementers (an organisation implementing a funded programme receives its money), "
					+ "sub-grantees and countries (split by the programme's country percentages), with chains and breaks." + COUNTING)
	@GetMapping("/api/funding/downstream/{*id}")
	FundingReach downstream(@Parameter(description = PATH_ID) @PathVariable String id, @RequestParam(defaultValue = "6") @Min(1) @Max(10) int maxDepth,
			@RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit,
			@Parameter(description = "chains per recipient, shortest first") @RequestParam(defaultValue = "1") @Min(1) @Max(5) int paths) {
		return this.reachQuery.reach(nodeId(id), false, maxDepth, limit, paths);
	}

	@Operation(summary = "Funding paths between two nodes, shortest first",
			description = "Follows the money from 'from'; when none reaches 'to', tries the other way round and says so (reversed)." + COUNTING)
	@GetMapping("/api/funding/chains")
	FundingChains chains(@RequestParam String from, @RequestParam String to,
			@RequestParam(defaultValue = "6") @Min(1) @Max(10) int maxDepth,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int maxPaths) {
		return this.chainsQuery.between(from, to, maxDepth, 2000, maxPaths);
	}

	@Operation(summary = "Aggregated flow network for a Sankey diagram",
			description = "Donors -> programmes -> implementers -> countries, one network per measure and currency "
					+ "(nodes and links with value, ready for d3-sankey), unless convert names a currency: then amounts are "
					+ "converted with the vendored annual rates of their value-date year, and what cannot be converted stays "
					+ "in its own currency's network." + COUNTING)
	@GetMapping("/api/funding/flows")
	FlowNetwork flows(@Parameter(description = "country id, e.g. country:ML") @RequestParam(required = false) String country,
			@Parameter(description = "organisation id: only money traced from it") @RequestParam(required = false) String donor,
			@Parameter(description = "theme id; sub-themes are included") @RequestParam(required = false) String theme,
			@Parameter(description = "keep transactions dated on or after") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "keep transactions dated on or before") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "ISO 4217 code to convert to, e.g. USD") @RequestParam(required = false) String convert,
			@RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadParameterException("from", "must not be after 'to'");
		}
		return this.flowsQuery.flows(new FlowNetwork.Filters(country, donor, theme, from, to, convert), limit);
	}

	@Operation(summary = "How much of a country's traced funding reaches organisations based there",
			description = "Per donor and overall, per measure and currency, with the amounts behind each share; programmes "
					+ "without amounts are counted by their implementers." + COUNTING)
	@GetMapping("/api/funding/localisation")
	Localisation localisation(@Parameter(description = "country id, e.g. country:ML") @RequestParam String country,
			@RequestParam(defaultValue = "2000") @Min(1) @Max(20000) int limit) {
		return this.localisationQuery.localisation(country, limit);
	}

	/** The rest of the path, so that IATI identifiers with slashes need no encoding. */
	private static String nodeId(String rest) {
		String id = rest.startsWith("/") ? rest.substring(1) : rest;
		if (id.isBlank()) {
			throw new BadParameterException("id", "a node id is required");
		}
		return id;
	}

}
