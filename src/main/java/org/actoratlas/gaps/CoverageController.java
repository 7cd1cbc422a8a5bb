package org.actoratlas.gaps;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.actoratlas.system.BadParameterException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CoverageController {

	private final CoverageFinder coverageFinder;

	CoverageController(CoverageFinder coverageFinder) {
		this.coverageFinder = coverageFinder;
	}

	@Operation(summary = "Who does what where: a country x theme matrix of actors, programmes and traced funding",
			description = "Rows and columns carry totals; requested countries and themes stay as rows and columns even when "
					+ "empty, so white spots show. A theme collects its sub-themes. Cells give counts; "
					+ "/api/gaps/coverage/cell lists one cell's actors and programmes.")
	@GetMapping("/api/gaps/coverage")
	Coverage coverage(@Parameter(description = "country ids or ISO codes; all countries with programmes when absent") @RequestParam(required = false) List<String> countries,
			@Parameter(description = "theme ids; every theme addressed when absent") @RequestParam(required = false) List<String> themes) {
		return this.coverageFinder.matrix(GapParameters.countries("countries", countries), GapParameters.themes("themes", themes));
	}

	@Operation(summary = "One cell of the coverage matrix: its actors, programmes and funding")
	@GetMapping("/api/gaps/coverage/cell")
	Coverage.CellDetails cell(@RequestParam String country, @RequestParam String theme) {
		String countryId = GapParameters.country("country", country);
		String themeId = GapParameters.theme("theme", theme);
		if (countryId == null || themeId == null) {
			throw new BadParameterException(countryId == null ? "country" : "theme", "must not be blank");
		}
		return this.coverageFinder.cell(countryId, themeId);
	}

}
