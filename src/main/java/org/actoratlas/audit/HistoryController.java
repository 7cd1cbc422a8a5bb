package org.actoratlas.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.actoratlas.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HistoryController {

	private final AuditTrail trail;

	HistoryController(AuditTrail trail) {
		this.trail = trail;
	}

	@Operation(summary = "Every change to a node or its links, newest first, with the state before and after (JSON)")
	@GetMapping("/api/nodes/{id}/history")
	List<Change> history(@PathVariable String id) {
		return this.trail.history(id);
	}

	@Operation(summary = "One change of the audit trail")
	@GetMapping("/api/changes/{id}")
	Change change(@PathVariable String id) {
		return this.trail.find(id).orElseThrow(() -> new NotFoundException("change", id));
	}

}
