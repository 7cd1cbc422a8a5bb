package org.actoratlas.importing;

import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * The {@code Source} node that stands for one imported file, named after the file's content
 * (SHA-256), so the same file imported again is the same source and changes nothing.
 */
record SourceNode(String id, String format, String fileName, String title) {

	static SourceNode forFile(String sha256Hex, String format, String fileName) {
		return new SourceNode("source:import-" + sha256Hex.substring(0, 16), format, fileName,
				"Import of " + fileName + " (" + format + ")");
	}

	/** Returns whether the source is new. */
	boolean merge(TransactionContext tx) {
		return tx.run("""
				MERGE (s:Node {id: $id})
				ON CREATE SET s.importNew = true
				WITH s, s.importNew IS NOT NULL AS isNew
				REMOVE s.importNew
				SET s:Source
				SET s.name = coalesce(s.name, $title), s.title = coalesce(s.title, $title), s.kind = 'import',
				    s.format = coalesce(s.format, $format), s.fileName = coalesce(s.fileName, $fileName),
				    s.importedAt = coalesce(s.importedAt, $now), s.sourceIds = coalesce(s.sourceIds, [$id])
				RETURN isNew""",
				Map.of("id", this.id, "title", this.title, "format", this.format, "fileName", this.fileName, "now",
						ZonedDateTime.now(ZoneOffset.UTC)))
			.single()
			.get("isNew")
			.asBoolean();
	}

	void recordCounts(TransactionContext tx, ImportLog log) {
		Map<String, Object> counts = new HashMap<>();
		counts.put("records", log.records());
		counts.put("created", log.total(ImportLog.Outcome.CREATED));
		counts.put("updated", log.total(ImportLog.Outcome.UPDATED));
		counts.put("unchanged", log.total(ImportLog.Outcome.UNCHANGED));
		counts.put("warnings", log.warningCount());
		counts.put("rejected", log.rejectedCount());
		tx.run("""
				MATCH (s:Source {id: $id})
				SET s.records = $c.records, s.created = $c.created, s.updated = $c.updated, s.unchanged = $c.unchanged,
				    s.warnings = $c.warnings, s.rejected = $c.rejected""", Map.of("id", this.id, "c", counts));
	}

}
