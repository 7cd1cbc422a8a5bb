package org.actoratlas.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The formats Actor Atlas imports, told apart by what a file contains, checked against what its name
 * claims: an XLSX named {@code .xml} or a text file named {@code .xml} is refused with one clear error.
 */
enum ImportFormat {

	IATI_XML("iati-xml"), THREE_W_XLSX("3w-xlsx"), THREE_W_CSV("3w-csv"), FTS_JSON("fts-json");

	final String label;

	ImportFormat(String label) {
		this.label = label;
	}

	static ImportFormat detect(Path file, String fileName) throws IOException, BadImportFileException {
		byte[] head = new byte[512];
		int length;
		try (InputStream in = Files.newInputStream(file)) {
			length = in.readNBytes(head, 0, head.length);
		}
		if (length == 0) {
			throw new BadImportFileException("The file is empty.");
		}
		String name = fileName.toLowerCase(Locale.ROOT);
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
		boolean zip = length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		String text = new String(head, 0, length, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
		String found = zip ? "a ZIP archive (such as an XLSX spreadsheet)" : text.startsWith("<") ? "XML"
				: text.startsWith("{") || text.startsWith("[") ? "JSON" : "text starting '" + firstLine(text) + "'";
		switch (extension) {
			case "xml" -> {
				if (!text.startsWith("<") || zip) {
					throw new BadImportFileException("The file is named ." + extension + " but is not XML: it is " + found + ".");
				}
				return IATI_XML;
			}
			case "xlsx" -> {
				if (!zip) {
					throw new BadImportFileException("The file is named .xlsx but is not an XLSX spreadsheet: it is " + found + ".");
				}
				return THREE_W_XLSX;
			}
			case "json" -> {
				if (!(text.startsWith("{") || text.startsWith("["))) {
					throw new BadImportFileException("The file is named .json but is not JSON: it is " + found + ".");
				}
				return FTS_JSON;
			}
			case "csv" -> {
				if (zip || text.startsWith("<")) {
					throw new BadImportFileException("The file is named .csv but is not CSV: it is " + found + ".");
				}
				return THREE_W_CSV;
			}
			default -> {
				if (zip) {
					return THREE_W_XLSX;
				}
				if (text.startsWith("<")) {
					return IATI_XML;
				}
				if (text.startsWith("{")) {
					return FTS_JSON;
				}
				throw new BadImportFileException("Cannot tell what '" + fileName + "' is (" + found
						+ "); import IATI .xml, 3W .xlsx or .csv, or FTS .json files.");
			}
		}
	}

	private static String firstLine(String text) {
		String line = text.lines().findFirst().orElse("").strip();
		return line.length() > 40 ? line.substring(0, 40) + "…" : line;
	}

}
