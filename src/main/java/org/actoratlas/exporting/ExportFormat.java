package org.actoratlas.exporting;

import java.util.Arrays;
import java.util.Locale;

import org.actoratlas.system.BadParameterException;

import org.springframework.http.MediaType;

/** The file formats a view or map can be downloaded in. */
enum ExportFormat {

	JSON("json", MediaType.APPLICATION_JSON), CSV("zip", MediaType.parseMediaType("application/zip")),
	GRAPHML("graphml", MediaType.parseMediaType("application/graphml+xml")),
	GEXF("gexf", MediaType.parseMediaType("application/gexf+xml")),
	CYPHER("cypher", MediaType.parseMediaType("text/plain;charset=UTF-8"));

	final String extension;

	final MediaType mediaType;

	ExportFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	static ExportFormat parse(String value) {
		return Arrays.stream(values())
			.filter(format -> format.name().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> new BadParameterException("format", "'" + value + "' is not an export format; use one of "
					+ Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
	}

}
