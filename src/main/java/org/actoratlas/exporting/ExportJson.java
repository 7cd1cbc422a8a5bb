package org.actoratlas.exporting;

import tools.jackson.databind.json.JsonMapper;

/** The JSON export: the {@link ExportedGraph} record as it is, pretty-printed for people who open it. */
final class ExportJson {

	private static final JsonMapper JSON = JsonMapper.builder().enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build();

	private ExportJson() {
	}

	static byte[] write(ExportedGraph graph) {
		return JSON.writeValueAsBytes(graph);
	}

}
