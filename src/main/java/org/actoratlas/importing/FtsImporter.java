package org.actoratlas.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * OCHA Financial Tracking Service flows ({@code /v1/public/fts/flow} responses): the flows are
 * streamed out of {@code data.flows} and all read before any is written, so a broken file writes
 * nothing. Each flow is mapped by {@link FtsFlow}.
 */
final class FtsImporter {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private FtsImporter() {
	}

	static void importFile(InputStream in, ImportContext context) throws IOException, BadImportFileException {
		List<FtsFlow> flows = new ArrayList<>();
		boolean sawFlows = false;
		try (in; JsonParser parser = JSON.createParser(in)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (token == JsonToken.PROPERTY_NAME && "flows".equals(parser.currentName())) {
					if (parser.nextToken() != JsonToken.START_ARRAY) {
						throw new BadImportFileException("'flows' is not a list (line " + parser.currentLocation().getLineNr() + ").");
					}
					sawFlows = true;
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						long line = parser.currentLocation().getLineNr();
						JsonNode flow = JSON.readTree(parser);
						flows.add(new FtsFlow(flow, line));
					}
				}
			}
		}
		catch (JacksonException ex) {
			long line = ex.getLocation() != null ? ex.getLocation().getLineNr() : -1;
			throw new BadImportFileException("The file is not valid JSON" + (line > 0 ? " at line " + line : "") + ": "
					+ ex.getOriginalMessage(), line);
		}
		if (!sawFlows) {
			throw new BadImportFileException("This is JSON but not an FTS flow response: it has no 'data.flows' list.");
		}
		for (FtsFlow flow : flows) {
			flow.write(context);
		}
	}

}
