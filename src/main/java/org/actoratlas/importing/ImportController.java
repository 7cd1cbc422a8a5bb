package org.actoratlas.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.actoratlas.system.BadParameterException;
import org.actoratlas.system.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload a file to import ({@code POST /api/imports}, multipart field {@code file}), follow it
 * ({@code GET /api/imports/{id}}), and list past imports with their reports ({@code GET /api/imports}).
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

	private final ImportRuns runs;

	private final Neo4jClient neo4j;

	ImportController(ImportRuns runs, Neo4jClient neo4j) {
		this.runs = runs;
		this.neo4j = neo4j;
	}

	@PostMapping(consumes = "multipart/form-data")
	ResponseEntity<ImportRun.View> upload(@RequestParam("file") MultipartFile file) throws IOException {
		if (file.isEmpty() && file.getOriginalFilename() == null) {
			throw new BadParameterException("file", "no file was uploaded");
		}
		String fileName = file.getOriginalFilename() != null ? Path.of(file.getOriginalFilename()).getFileName().toString() : "upload";
		Path upload = Files.createTempFile("atlas-import-", "-" + fileName.replaceAll("[^A-Za-z0-9._-]", "_"));
		file.transferTo(upload);
		ImportRun run = this.runs.submit(upload, fileName);
		return ResponseEntity.accepted().header("Location", "/api/imports/" + run.id()).body(run.view());
	}

	@GetMapping("/{id}")
	ImportRun.View run(@PathVariable String id) {
		return this.runs.find(id).map(ImportRun::view).orElseThrow(() -> new NotFoundException("import", id));
	}

	@GetMapping
	Imports all() {
		List<PastImport> past = this.neo4j.query("""
				MATCH (s:Source {kind: 'import'})
				RETURN s.id AS id, s.fileName AS fileName, s.format AS format, s.importedAt AS importedAt,
				       coalesce(s.records, 0) AS records, coalesce(s.created, 0) AS created, coalesce(s.updated, 0) AS updated,
				       coalesce(s.unchanged, 0) AS unchanged, coalesce(s.warnings, 0) AS warnings, coalesce(s.rejected, 0) AS rejected
				ORDER BY importedAt DESC""")
			.fetchAs(PastImport.class)
			.mappedBy((types, r) -> new PastImport(r.get("id").asString(), r.get("fileName").asString(null),
					r.get("format").asString(null), r.get("importedAt").isNull() ? null : r.get("importedAt").asZonedDateTime(),
					r.get("records").asLong(), r.get("created").asLong(), r.get("updated").asLong(), r.get("unchanged").asLong(),
					r.get("warnings").asLong(), r.get("rejected").asLong()))
			.all()
			.stream()
			.toList();
		return new Imports(this.runs.all().stream().map(ImportRun::view).toList(), past);
	}

	/** This run's uploads (with full reports, newest first) and every import the graph records. */
	record Imports(List<ImportRun.View> runs, List<PastImport> sources) {
	}

}
