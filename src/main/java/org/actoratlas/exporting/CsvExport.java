package org.actoratlas.exporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Three CSV files in one zip (nodes, links, sources), one column per property, as Gephi's and
 * spreadsheets' importers expect. Cells that a spreadsheet would run as a formula are neutralised.
 */
final class CsvExport {

	private CsvExport() {
	}

	static void write(ExportedGraph graph, OutputStream out) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			entry(zip, "nodes.csv", List.of("id", "name", "kind", "labels"), graph.nodes().stream().map(node -> {
				Map<String, Object> row = new LinkedHashMap<>(node.properties());
				row.put("id", node.id());
				row.put("name", node.name());
				row.put("kind", node.kind());
				row.put("labels", node.labels());
				return row;
			}).toList());
			entry(zip, "links.csv", List.of("source", "target", "type", "sourceIds", "evidence"), graph.links().stream().map(link -> {
				Map<String, Object> row = new LinkedHashMap<>(link.properties());
				row.put("source", link.source());
				row.put("target", link.target());
				row.put("type", link.type());
				row.put("sourceIds", link.citations().stream().map(ExportedGraph.Citation::sourceId).toList());
				row.put("evidence", link.citations().stream().map(ExportedGraph.Citation::evidence).toList());
				return row;
			}).toList());
			entry(zip, "sources.csv", List.of("id", "title"), graph.sources().stream().map(source -> {
				Map<String, Object> row = new LinkedHashMap<>(source.properties());
				row.put("id", source.id());
				row.put("title", source.title());
				return row;
			}).toList());
		}
	}

	private static void entry(ZipOutputStream zip, String name, List<String> leading, List<Map<String, Object>> rows)
			throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		TreeSet<String> rest = new TreeSet<>();
		rows.forEach(row -> rest.addAll(row.keySet()));
		rest.removeAll(leading);
		List<String> columns = new ArrayList<>(leading);
		columns.addAll(rest);
		Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
		for (Map<String, Object> row : rows) {
			List<String> cells = columns.stream().map(column -> neutralised(text(row.get(column)))).toList();
			printer.printRecord(cells);
		}
		printer.flush();
		zip.closeEntry();
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(item -> item == null ? "" : item.toString()).collect(Collectors.joining(" | "));
		}
		return value.toString();
	}

	/**
	 * A cell starting with = + - @ or a tab or carriage return is run as a formula by Excel and
	 * LibreOffice; a leading apostrophe makes it text (OWASP's advice on CSV injection).
	 */
	static String neutralised(String cell) {
		if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}

}
