package org.actoratlas.graph;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.actoratlas.actors.Kind;
import org.actoratlas.system.BadParameterException;
import org.actoratlas.system.NotFoundException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NeighbourhoodController {

	private final NeighbourhoodQuery neighbourhoodQuery;

	NeighbourhoodController(NeighbourhoodQuery neighbourhoodQuery) {
		this.neighbourhoodQuery = neighbourhoodQuery;
	}

	@Operation(summary = "The subgraph around a node, ready for D3",
			description = "Nodes within depth hops that pass the filters (the focus always stays), and every link among them. "
					+ "Best-connected neighbours come first; offset pages through the first level of a hub.")
	@GetMapping("/api/graph/neighbourhood")
	Subgraph neighbourhood(@RequestParam String id, @RequestParam(defaultValue = "1") @Min(1) @Max(4) int depth,
			@Parameter(description = "node kinds to keep, e.g. organisation,programme") @RequestParam(required = false) List<String> kinds,
			@Parameter(description = "organisation types to keep, e.g. ngo-national") @RequestParam(required = false) List<String> orgTypes,
			@Parameter(description = "country ids, e.g. country:ML") @RequestParam(required = false) List<String> countries,
			@Parameter(description = "theme ids; sub-themes are included") @RequestParam(required = false) List<String> themes,
			@Parameter(description = "relationship types to follow, e.g. FUNDS,IMPLEMENTS") @RequestParam(required = false) List<String> relationships,
			@Parameter(description = "keep programmes and events that end on or after this date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "keep programmes and events that start on or before this date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "200") @Min(1) @Max(5000) int limit,
			@RequestParam(defaultValue = "0") @Min(0) int offset) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadParameterException("from", "must not be after 'to'");
		}
		List<String> labels = kinds == null ? List.of() : kinds.stream().map(kind -> Kind.parse("kinds", kind).label()).toList();
		List<String> types = relationships == null ? List.of() : relationships.stream().map(this::relationshipType).toList();
		var filter = new NodeFilter(labels, orEmpty(orgTypes), orEmpty(countries), orEmpty(themes), types, from, to);
		return this.neighbourhoodQuery.around(id, depth, filter, limit, offset).orElseThrow(() -> new NotFoundException("node", id));
	}

	private String relationshipType(String value) {
		String type = value.strip().toUpperCase(java.util.Locale.ROOT);
		if (!type.matches("[A-Z_]+")) {
			throw new BadParameterException("relationships", "'" + value + "' is not a relationship type");
		}
		return type;
	}

	private static List<String> orEmpty(List<String> values) {
		return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
	}

}
