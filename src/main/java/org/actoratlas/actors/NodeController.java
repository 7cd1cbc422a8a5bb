package org.actoratlas.actors;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.actoratlas.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NodeController {

	private final NodeDetailsQuery nodeDetailsQuery;

	NodeController(NodeDetailsQuery nodeDetailsQuery) {
		this.nodeDetailsQuery = nodeDetailsQuery;
	}

	@Operation(summary = "One node with its relationships and their sources",
			description = "Relationships are capped at relationshipLimit; relationshipCounts gives the totals by type.")
	@GetMapping("/api/nodes/{id}")
	NodeDetails node(@PathVariable String id,
			@RequestParam(defaultValue = "500") @Min(1) @Max(5000) int relationshipLimit) {
		return this.nodeDetailsQuery.find(id, relationshipLimit).orElseThrow(() -> new NotFoundException("node", id));
	}

}
