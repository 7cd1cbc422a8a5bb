package org.actoratlas.actors;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.actoratlas.system.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SourceController {

	private final SourceQuery sourceQuery;

	private final SourceDocuments documents;

	SourceController(SourceQuery sourceQuery, SourceDocuments documents) {
		this.sourceQuery = sourceQuery;
		this.documents = documents;
	}

	@Operation(summary = "All sources: documents, records and imports")
	@GetMapping("/api/sources")
	List<SourceSummary> sources() {
		return this.sourceQuery.all();
	}

	@Operation(summary = "One source and the facts that cite it")
	@GetMapping("/api/sources/{id}")
	SourceDetails source(@PathVariable String id, @RequestParam(defaultValue = "200") @Min(1) @Max(5000) int factLimit) {
		return this.sourceQuery.find(id, factLimit).orElseThrow(() -> new NotFoundException("source", id));
	}

	@Operation(summary = "The full text of a source document shipped with the app")
	@GetMapping(path = "/api/sources/{id}/document", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> document(@PathVariable String id) {
		var properties = this.sourceQuery.properties(id).orElseThrow(() -> new NotFoundException("source", id));
		return this.documents.text(properties)
			.map(text -> ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(text))
			.orElseThrow(() -> new NotFoundException("document of source", id));
	}

}
