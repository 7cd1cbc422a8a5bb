package org.actoratlas.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The report of one imported file: what it created, updated or found unchanged (per node label and
 * relationship type), and the warnings and rejected records with file, line and record id.
 *
 * @param error why the whole file was refused ({@code null} when it was imported)
 */
public record ImportReport(String fileName, String format, String sourceId, Instant startedAt, Instant finishedAt,
		long records, Map<String, Counts> counts, long warningCount, List<Issue> warnings, long rejectedCount,
		List<Issue> rejected, String error) {

	public boolean succeeded() {
		return this.error == null;
	}

	/** Nodes or relationships of one kind. */
	public record Counts(long created, long updated, long unchanged) {
	}

	/** A warning or a rejected record: where it is and what is wrong. */
	public record Issue(String file, long line, String recordId, String message) {
	}

	static ImportReport refused(String fileName, String format, Instant startedAt, String error) {
		return new ImportReport(fileName, format, null, startedAt, Instant.now(), 0, Map.of(), 0, List.of(), 0, List.of(),
				error);
	}

	static ImportReport of(String fileName, String format, String sourceId, Instant startedAt, ImportLog log) {
		return new ImportReport(fileName, format, sourceId, startedAt, Instant.now(), log.records(), log.counts(),
				log.warningCount(), log.warnings(), log.rejectedCount(), log.rejected(), null);
	}

}
