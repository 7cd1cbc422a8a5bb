package org.actoratlas.importing;

import java.time.ZonedDateTime;

/** An import recorded in the graph as a {@code Source} (also those from before the app last started). */
record PastImport(String sourceId, String fileName, String format, ZonedDateTime importedAt, long records, long created,
		long updated, long unchanged, long warnings, long rejected) {
}
