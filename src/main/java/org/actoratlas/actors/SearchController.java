package org.actoratlas.actors;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchController {

	private final SearchQuery searchQuery;

	SearchController(SearchQuery searchQuery) {
		this.searchQuery = searchQuery;
	}

	@Operation(summary = "Search names and aliases", description = "Full-text, prefix and typo-tolerant; exact name or alias matches rank first.")
	@GetMapping("/api/search")
	List<SearchResult> search(@RequestParam @NotBlank String q,
			@Parameter(description = "organisation, donor, programme, country, region, theme, event, person or source")
			@RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
		return this.searchQuery.search(q, kind == null || kind.isBlank() ? null : Kind.parse("kind", kind), limit);
	}

}
