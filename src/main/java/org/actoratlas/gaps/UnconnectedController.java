package org.actoratlas.gaps;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UnconnectedController {

	private final UnconnectedGaps unconnectedGaps;

	UnconnectedController(UnconnectedGaps unconnectedGaps) {
		this.unconnectedGaps = unconnectedGaps;
	}

	@Operation(summary = "Pairs of actors whose work overlaps but who have no recorded link, best first",
			description = "Overlap: shared themes, donors, grantees, partners, networks, countries and programme types, each "
					+ "weighted by how rare it is (see 'scoring' in the response and docs/gaps.md). Linked pairs (partnership, "
					+ "joint programme, funding, membership, shared event) never appear; each pair once, a.id < b.id; ties by id.")
	@GetMapping("/api/gaps/unconnected")
	UnconnectedPairs unconnected(
			@Parameter(description = "only actors working in this country, e.g. country:ML or ML") @RequestParam(required = false) String country,
			@Parameter(description = "only actors working on this theme or a sub-theme, e.g. theme:criminal-justice") @RequestParam(required = false) String theme,
			@Parameter(description = "organisation (default), donor or programme") @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int limit,
			@Parameter(description = "the most pairs one actor may appear in, so one actor does not fill the list; 0 for no cap")
			@RequestParam(defaultValue = "2") @Min(0) @Max(500) int perActor) {
		return this.unconnectedGaps.find(ActorKind.parse(kind), GapParameters.country("country", country),
				GapParameters.theme("theme", theme), limit, perActor);
	}

}
