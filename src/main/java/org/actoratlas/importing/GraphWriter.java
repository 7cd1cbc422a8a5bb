package org.actoratlas.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

	private GraphWriter() {
	}

	/** On-create values first, then defaults, then the import's own facts, so that facts win when one batch holds both. */
	static void writeNodes(TransactionContext tx, String sourceId, Collection<NodeRow> rows,
			BiConsumer<NodeRow, ImportLog.Outcome> outcomes) {
		Map<String, List<NodeRow>> groups = rows.stream()
			.collect(Collectors.groupingBy(row -> row.label() + '|' + new TreeSet<>(row.defaults().keySet()) + '|'
					+ new TreeSet<>(row.onCreate().keySet())));
		for (List<NodeRow> group : groups.values()) {
			NodeRow first = group.get(0);
			String cypher = """
					UNWIND $rows AS row
					MERGE (x:Node {id: row.id})
					ON CREATE SET x.importNew = true
					WITH x, row, x.importNew IS NOT NULL AS isNew, x:%1$s AS hadLabel,
					  NOT $sourceId IN coalesce(x.sourceIds, []) AS newSource, %2$s AS changed
					REMOVE x.importNew
					SET x:%1$s%4$s%3$s, x += row.props
					SET x.sourceIds = CASE WHEN newSource THEN coalesce(x.sourceIds, []) + $sourceId ELSE x.sourceIds END
					RETURN row.id AS id, isNew, NOT hadLabel OR newSource OR size(changed) > 0 AS updated
					""".formatted(first.label(), CHANGED, assignments(first.defaults().keySet(), "defaults", "coalesce(x.%1$s, row.defaults.%1$s)"),
					assignments(first.onCreate().keySet(), "onCreate", "CASE WHEN isNew THEN row.onCreate.%1$s ELSE x.%1$s END"));
			Map<String, NodeRow> byId = new HashMap<>();
			group.forEach(row -> byId.put(row.id(), row));
			List<Map<String, Object>> params = group.stream()
				.map(row -> Map.<String, Object>of("id", row.id(), "props", row.props(), "defaults", row.defaults(), "onCreate", row.onCreate()))
				.toList();
			for (Record record : tx.run(cypher, Map.of("rows", params, "sourceId", sourceId)).list()) {
				outcomes.accept(byId.get(record.get("id").asString()), outcome(record));
			}
		}
	}

	static void writeRelationships(TransactionContext tx, String sourceId, Collection<RelRow> rows,
			BiConsumer<RelRow, ImportLog.Outcome> outcomes) {
		Map<String, List<RelRow>> groups = rows.stream().collect(Collectors.groupingBy(row -> row.type() + '|' + row.merge()));
		for (List<RelRow> group : groups.values()) {
			RelRow first = group.get(0);
			String cypher = """
					UNWIND $rows AS row
					MATCH (a:Node {id: row.from})
					MATCH (b:Node {id: row.to})
					MERGE (a)-[x:%1$s%2$s]->(b)
					ON CREATE SET x.importNew = true
					WITH x, row, x.importNew IS NOT NULL AS isNew,
					  NOT $sourceId IN coalesce(x.sourceIds, []) AS newSource, %3$s AS changed
					REMOVE x.importNew
					SET x += row.props
					SET x.sourceIds = CASE WHEN newSource THEN coalesce(x.sourceIds, []) + $sourceId ELSE x.sourceIds END,
					    x.evidence = CASE WHEN newSource THEN coalesce(x.evidence, []) + row.evidence ELSE x.evidence END
					RETURN row.index AS index, isNew, newSource OR size(changed) > 0 AS updated
					""".formatted(first.type(), first.merge().pattern, CHANGED);
			List<Map<String, Object>> params = new ArrayList<>();
			for (int i = 0; i < group.size(); i++) {
				RelRow row = group.get(i);
				Map<String, Object> param = new HashMap<>();
				param.put("index", i);
				param.put("from", row.from());
				param.put("to", row.to());
				param.put("mergeValue", row.mergeValue());
				param.put("props", row.props());
				param.put("defaults", Map.of());
				param.put("evidence", row.evidence());
				params.add(param);
			}
			for (Record record : tx.run(cypher, Map.of("rows", params, "sourceId", sourceId)).list()) {
				outcomes.accept(group.get(record.get("index").asInt()), outcome(record));
			}
		}
	}

	private static ImportLog.Outcome outcome(Record record) {
		if (record.get("isNew").asBoolean()) {
			return ImportLog.Outcome.CREATED;
		}
		return record.get("updated").asBoolean() ? ImportLog.Outcome.UPDATED : ImportLog.Outcome.UNCHANGED;
	}

	private static String assignments(Set<String> keys, String map, String template) {
		keys.forEach(key -> {
			if (!key.matches("[A-Za-z][A-Za-z0-9]*")) {
				throw new IllegalArgumentException("Not a property name: " + key);
			}
		});
		return keys.stream()
			.sorted()
			.map(key -> ", x." + key + " = " + template.formatted(key))
			.collect(Collectors.joining());
	}

}
