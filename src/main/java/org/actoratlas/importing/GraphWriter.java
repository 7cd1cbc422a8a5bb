package org.actoratlas.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Writes imported rows with {@code UNWIND $rows} in one statement per label or relationship type,
 * appending the import's source to {@code sourceIds} (and the record to {@code evidence}) and telling
 * for each row whether it was created, updated or already as stated. Labels and types come from the
 * fixed sets below, never from a file.
 */
final class GraphWriter {

	static final Set<String> LABELS = Set.of("Organisation", "Programme", "Country", "Region", "Theme");

	static final Set<String> TYPES = Set.of("FUNDS", "IMPLEMENTS", "REPORTS", "PART_OF", "ACTIVE_IN", "ADDRESSES");

	private static final String CHANGED = """
			[k IN keys(row.props) WHERE NOT coalesce(x[k] = row.props[k], x[k] IS NULL AND row.props[k] IS NULL)]
			  + [k IN keys(row.defaults) WHERE x[k] IS NULL]""";

	/**
	 * The statistics of a growing graph go stale every few seconds, and re-planning these statements
	 * took a quarter of an import's database time; their plans are index seeks on unique ids whatever
	 * the statistics say.
	 */
	private static final String REPLAN_SKIP = "CYPHER replan=skip\n";

	private GraphWriter() {
	}

	/**
	 * On-create values first, then defaults, then the import's own facts, so that facts win when one
	 * batch holds both. Keys are set dynamically ({@code x[k]}), so each label has one statement,
	 * compiled once, whatever mix of properties its rows carry.
	 */
	static void writeNodes(TransactionContext tx, String sourceId, Collection<NodeRow> rows,
			BiConsumer<NodeRow, ImportLog.Outcome> outcomes) {
		Map<String, List<NodeRow>> byLabel = rows.stream().collect(Collectors.groupingBy(NodeRow::label));
		byLabel.forEach((label, group) -> {
			String cypher = REPLAN_SKIP + """
					UNWIND $rows AS row
					MERGE (x:Node {id: row.id})
					ON CREATE SET x.importNew = true
					WITH x, row, x.importNew IS NOT NULL AS isNew, x:%1$s AS hadLabel,
					  NOT $sourceId IN coalesce(x.sourceIds, []) AS newSource, %2$s AS changed
					REMOVE x.importNew
					SET x:%1$s
					FOREACH (k IN CASE WHEN isNew THEN keys(row.onCreate) ELSE [] END | SET x[k] = row.onCreate[k])
					FOREACH (k IN keys(row.defaults) | SET x[k] = coalesce(x[k], row.defaults[k]))
					SET x += row.props
					SET x.sourceIds = CASE WHEN newSource THEN coalesce(x.sourceIds, []) + $sourceId ELSE x.sourceIds END
					RETURN row.id AS id, isNew, NOT hadLabel OR newSource OR size(changed) > 0 AS updated
					""".formatted(label, CHANGED);
			Map<String, NodeRow> byId = new HashMap<>();
			group.forEach(row -> byId.put(row.id(), row));
			List<Map<String, Object>> params = group.stream()
				.map(row -> Map.<String, Object>of("id", row.id(), "props", row.props(), "defaults", row.defaults(), "onCreate", row.onCreate()))
				.toList();
			for (Record record : tx.run(cypher, Map.of("rows", params, "sourceId", sourceId)).list()) {
				outcomes.accept(byId.get(record.get("id").asString()), outcome(record));
			}
		});
	}

	/** Counts what writing each relationship did, per type: one record per statement rather than one per row. */
	static void writeRelationships(TransactionContext tx, String sourceId, Collection<RelRow> rows, ImportLog log) {
		Map<String, List<RelRow>> groups = rows.stream().collect(Collectors.groupingBy(row -> row.type() + '|' + row.merge()));
		for (List<RelRow> group : groups.values()) {
			RelRow first = group.get(0);
			String cypher = REPLAN_SKIP + """
					UNWIND $rows AS row
					MATCH (a:Node {id: row.from})
					MATCH (b:Node {id: row.to})
					CALL (a, b, row) {
					  OPTIONAL MATCH (a)-[old:%1$s%2$s]->(b)
					  RETURN old LIMIT 1
					}
					CALL (a, b, row, old) {
					  WITH a, b, row WHERE old IS NULL
					  CREATE (a)-[x:%1$s]->(b)
					  SET x += row.props, x.sourceIds = [$sourceId], x.evidence = [row.evidence]
					  RETURN 'created' AS outcome
					  UNION
					  WITH old AS x, row WHERE old IS NOT NULL
					  WITH x, row, NOT $sourceId IN coalesce(x.sourceIds, []) AS newSource, %3$s AS changed
					  SET x += row.props
					  SET x.sourceIds = CASE WHEN newSource THEN coalesce(x.sourceIds, []) + $sourceId ELSE x.sourceIds END,
					      x.evidence = CASE WHEN newSource THEN coalesce(x.evidence, []) + row.evidence ELSE x.evidence END
					  RETURN CASE WHEN newSource OR size(changed) > 0 THEN 'updated' ELSE 'unchanged' END AS outcome
					}
					WITH outcome
					RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
					       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated,
					       count(CASE WHEN outcome = 'unchanged' THEN 1 END) AS unchanged
					""".formatted(first.type(), first.merge().pattern, CHANGED);
			List<Map<String, Object>> params = new ArrayList<>();
			for (RelRow row : group) {
				Map<String, Object> param = new HashMap<>();
				param.put("from", row.from());
				param.put("to", row.to());
				param.put("mergeValue", row.mergeValue());
				param.put("props", row.props());
				param.put("defaults", Map.of());
				param.put("evidence", row.evidence());
				params.add(param);
			}
			Record counts = tx.run(cypher, Map.of("rows", params, "sourceId", sourceId)).single();
			log.count(first.type(), ImportLog.Outcome.CREATED, counts.get("created").asLong());
			log.count(first.type(), ImportLog.Outcome.UPDATED, counts.get("updated").asLong());
			log.count(first.type(), ImportLog.Outcome.UNCHANGED, counts.get("unchanged").asLong());
		}
	}

	private static ImportLog.Outcome outcome(Record record) {
		if (record.get("isNew").asBoolean()) {
			return ImportLog.Outcome.CREATED;
		}
		return record.get("updated").asBoolean() ? ImportLog.Outcome.UPDATED : ImportLog.Outcome.UNCHANGED;
	}

}
