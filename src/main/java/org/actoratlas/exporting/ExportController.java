package org.actoratlas.exporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.actoratlas.graph.NeighbourhoodQuery;
import org.actoratlas.graph.NodeFilter;
import org.actoratlas.graph.Subgraph;
import org.actoratlas.system.BadParameterException;
import org.actoratlas.system.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ExportController {

	private static final int MAX_NODES = 20_000;

	private final ExportQuery exportQuery;

	private final NeighbourhoodQuery neighbourhoodQuery;

	ExportController(ExportQuery exportQuery, NeighbourhoodQuery neighbourhoodQuery) {
		this.exportQuery = exportQuery;
		this.neighbourhoodQuery = neighbourhoodQuery;
	}

	@Operation(summary = "Download a piece of the graph with the sources behind its links",
			description = "Select nodes by ids, or by a focus and depth. Formats: json, csv (a zip of nodes, links and sources), "
					+ "graphml (yEd, Gephi), gexf (Gephi), cypher (a script that recreates the subgraph).")
	@GetMapping("/api/export")
	ResponseEntity<byte[]> export(@RequestParam String format,
			@Parameter(description = "node ids to export") @RequestParam(required = false) List<String> ids,
			@Parameter(description = "or: the node to export the neighbourhood of") @RequestParam(required = false) String focus,
			@RequestParam(defaultValue = "1") @Min(1) @Max(4) int depth,
			@Parameter(description = "relationship types to include") @RequestParam(required = false) List<String> relationships,
			@RequestParam(required = false) String title) throws IOException {
		Set<String> selection = new LinkedHashSet<>(ids == null ? List.of() : ids);
		if (focus != null && !focus.isBlank()) {
			Subgraph around = this.neighbourhoodQuery.around(focus, depth, NodeFilter.NONE, MAX_NODES, 0)
				.orElseThrow(() -> new NotFoundException("node", focus));
			around.nodes().forEach(node -> selection.add(node.id()));
		}
		return export(ExportFormat.parse(format), new ExportRequest(title, List.copyOf(selection), relationships));
	}

	@Operation(summary = "Download the nodes a client shows (for selections too long for a URL)")
	@PostMapping("/api/export")
	ResponseEntity<byte[]> export(@RequestParam String format, @RequestBody ExportRequest request) throws IOException {
		return export(ExportFormat.parse(format), request);
	}

	private ResponseEntity<byte[]> export(ExportFormat format, ExportRequest request) throws IOException {
		if (request.ids() == null || request.ids().isEmpty()) {
			throw new BadParameterException("ids", "name at least one node to export (ids, or focus and depth)");
		}
		if (request.ids().size() > MAX_NODES) {
			throw new BadParameterException("ids", "at most " + MAX_NODES + " nodes can be exported at once");
		}
		String title = request.title() == null || request.title().isBlank() ? "Actor Atlas export" : request.title().strip();
		ExportedGraph graph = this.exportQuery.read(title, request.ids(), request.relationships());
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		switch (format) {
			case CSV -> CsvExport.write(graph, body);
			case GRAPHML -> write(body, writer -> XmlGraphExport.graphml(graph, writer));
			case GEXF -> write(body, writer -> XmlGraphExport.gexf(graph, writer));
			case CYPHER -> write(body, writer -> CypherScriptExport.write(graph, writer));
			case JSON -> body.write(ExportJson.write(graph));
		}
		String fileName = "actor-atlas-" + slug(title) + "." + format.extension;
		return ResponseEntity.ok()
			.contentType(format.mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body.toByteArray());
	}

	private static void write(ByteArrayOutputStream body, java.util.function.Consumer<PrintWriter> writing) {
		PrintWriter writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
		writing.accept(writer);
		writer.flush();
	}

	private static String slug(String title) {
		String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "export" : slug.substring(0, Math.min(60, slug.length()));
	}

}
