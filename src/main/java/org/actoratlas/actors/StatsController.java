package org.actoratlas.actors;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatsController {

	private final StatsQuery statsQuery;

	StatsController(StatsQuery statsQuery) {
		this.statsQuery = statsQuery;
	}

	@Operation(summary = "Counts of nodes by kind and organisation type, and of relationships by type")
	@GetMapping("/api/stats")
	Stats stats() {
		return this.statsQuery.stats();
	}

}
