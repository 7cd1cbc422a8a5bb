package org.actoratlas.gaps;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Gaps in the shape of the network of organisations: edges, brokers and silos. */
@RestController
class NetworkGapsController {

	private final ActorGraphQuery actorGraphQuery;

	NetworkGapsController(ActorGraphQuery actorGraphQuery) {
		this.actorGraphQuery = actorGraphQuery;
	}

	@Operation(summary = "Actors with no link or one, and those that reach the rest only through one broker",
			description = "Links are those that make a pair linked in /api/gaps/unconnected. Brokers are articulation points.")
	@GetMapping("/api/gaps/isolates")
	Isolates isolates(@Parameter(description = "only organisations working in this country") @RequestParam(required = false) String country) {
		String countryId = GapParameters.country("country", country);
		return IsolatesFinder.find(countryId, this.actorGraphQuery.graph(countryId));
	}

	@Operation(summary = "Actors ranked by betweenness, with Gould-Fernandez brokerage roles between groups",
			description = "groupBy: group (donors, un-multilateral, ngo-international, national-civil-society, "
					+ "state-justice-security, regional, research, other), type (organisation type) or community. "
					+ "'exact' says whether betweenness is exact or sampled. groupBridges names, for each ordered pair of groups, "
					+ "who brokers between them and the only bridge when there is one.")
	@GetMapping("/api/gaps/brokers")
	Brokers brokers(@RequestParam(required = false) String groupBy,
			@Parameter(description = "only organisations working in this country") @RequestParam(required = false) String country,
			@RequestParam(defaultValue = "50") @Min(1) @Max(5000) int limit) {
		String countryId = GapParameters.country("country", country);
		return BrokersFinder.find(countryId, BrokersFinder.groupBy(groupBy), this.actorGraphQuery.graph(countryId), limit);
	}

	@Operation(summary = "Clusters of organisations that work together, and the links between clusters",
			description = "Label propagation with a fixed seed: the same data gives the same clusters.")
	@GetMapping("/api/gaps/communities")
	Communities communities(@Parameter(description = "only organisations working in this country") @RequestParam(required = false) String country) {
		String countryId = GapParameters.country("country", country);
		return CommunityFinder.find(countryId, this.actorGraphQuery.graph(countryId));
	}

}
