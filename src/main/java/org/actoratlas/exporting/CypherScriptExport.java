package org.actoratlas.exporting;

import java.io.PrintWriter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A Cypher script that recreates the exported subgraph, sources included, in any Neo4j (Browser,
 * cypher-shell, or Actor Atlas's own database). Every statement is a {@code MERGE}, so running it
 * twice changes nothing; a relationship merges on all its properties, so parallel funding
 * transactions stay apart.
 */
final class CypherScriptExport {

	private CypherScriptExport() {
	}

	static void write(ExportedGraph graph, PrintWriter out) {
		out.println("// " + comment(graph.title()) + ", exported by Actor Atlas on " + graph.generatedAt());
		out.println("// " + graph.nodes().size() + " nodes, " + graph.links().size() + " relationships, "
				+ graph.sources().size() + " sources");
		for (ExportedGraph.Source source : graph.sources()) {
			node(out, source.id(), source.labels(), source.properties());
		}
		for (ExportedGraph.Node node : graph.nodes()) {
			node(out, node.id(), node.labels(), node.properties());
		}
		for (ExportedGraph.Link link : graph.links()) {
			Map<String, Object> properties = new TreeMap<>(link.properties());
			properties.put("sourceIds", link.citations().stream().map(ExportedGraph.Citation::sourceId).toList());
			properties.put("evidence", link.citations().stream().map(c -> c.evidence() == null ? "" : c.evidence()).toList());
			out.println("MATCH (a:Node {id: " + literal(link.source()) + "}), (b:Node {id: " + literal(link.target()) + "})");
			out.println("MERGE (a)-[:" + name(link.type()) + " " + map(properties) + "]->(b);");
		}
	}

	private static void node(PrintWriter out, String id, List<String> labels, Map<String, Object> properties) {
		List<String> extra = new ArrayList<>(labels);
		extra.remove("Node");
		out.println("MERGE (n:Node {id: " + literal(id) + "})"
				+ (extra.isEmpty() ? "" : " SET n" + extra.stream().map(l -> ":" + name(l)).collect(Collectors.joining())));
		out.println("SET n += " + map(new TreeMap<>(properties)) + ";");
	}

	private static String map(Map<String, Object> properties) {
		return properties.entrySet()
			.stream()
			.filter(entry -> entry.getValue() != null)
			.map(entry -> name(entry.getKey()) + ": " + literal(entry.getValue()))
			.collect(Collectors.joining(", ", "{", "}"));
	}

	static String literal(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r") + "'";
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof java.time.LocalDate date) {
			return "date('" + date + "')";
		}
		if (value instanceof java.time.LocalDateTime time) {
			return "localdatetime('" + time + "')";
		}
		if (value instanceof java.time.ZonedDateTime || value instanceof java.time.OffsetDateTime) {
			return "datetime('" + value + "')";
		}
		if (value instanceof TemporalAccessor) {
			return literal(value.toString());
		}
		if (value instanceof List<?> list) {
			return list.stream().map(CypherScriptExport::literal).collect(Collectors.joining(", ", "[", "]"));
		}
		return literal(value.toString());
	}

	/** Labels, types and keys come from the database; backticks keep any character safe. */
	private static String name(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

	private static String comment(String text) {
		return text == null ? "Actor Atlas export" : text.replaceAll("[\\r\\n]+", " ");
	}

}
