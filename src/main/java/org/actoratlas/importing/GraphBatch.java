package org.actoratlas.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;

/**
 * Collects the rows an importer states and writes them in batches, one transaction per batch, nodes
 * before the relationships that need them. The import's {@code Source} node is written with the first
 * batch, so a file that yields nothing leaves the graph untouched.
 */
final class GraphBatch {

	private final Driver driver;

	private final int batchSize;

	private final ImportLog log;

	private final SourceNode source;

	private final Map<String, NodeRow> nodes = new LinkedHashMap<>();

	private final Map<String, RelRow> relationships = new LinkedHashMap<>();

	private final Set<String> countedNodes = new HashSet<>();

	/** What was last written for each node in this import: an organisation named by many activities is written once. */
	private final Map<String, Integer> writtenNodes = new HashMap<>();

	private final Set<String> funders = new HashSet<>();

	private boolean sourceWritten;

	private boolean sourceCreated;

	GraphBatch(Driver driver, int batchSize, ImportLog log, SourceNode source) {
		this.driver = driver;
		this.batchSize = batchSize;
		this.log = log;
		this.source = source;
	}

	void node(NodeRow row) {
		Integer written = this.writtenNodes.get(row.id());
		if (written != null && written == row.hashCode() && !this.nodes.containsKey(row.id())) {
			return;
		}
		this.nodes.merge(row.id(), row, NodeRow::mergedWith);
		flushIfFull();
	}

	void relationship(RelRow row) {
		if (row.from().equals(row.to())) {
			return;
		}
		if (row.type().equals("FUNDS") && row.from().startsWith("org:")) {
			this.funders.add(row.from());
		}
		this.relationships.putIfAbsent(row.identity(), row);
		flushIfFull();
	}

	private void flushIfFull() {
		if (this.nodes.size() + this.relationships.size() >= this.batchSize) {
			flush();
		}
	}

	void flush() {
		if (this.nodes.isEmpty() && this.relationships.isEmpty()) {
			return;
		}
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				if (!this.sourceWritten) {
					this.sourceCreated = this.source.merge(tx);
				}
				GraphWriter.writeNodes(tx, this.source.id(), this.nodes.values(), (row, outcome) -> {
					if (this.countedNodes.add(row.id())) {
						this.log.count(row.label(), outcome);
					}
				});
				GraphWriter.writeRelationships(tx, this.source.id(), this.relationships.values(),
						(row, outcome) -> this.log.count(row.type(), outcome));
			});
		}
		this.sourceWritten = true;
		this.nodes.values().forEach(row -> this.writtenNodes.put(row.id(), row.hashCode()));
		this.nodes.clear();
		this.relationships.clear();
	}

	/** Writes what is left, marks funders as donors, and records the counts on a new Source. */
	void finish() {
		flush();
		if (!this.sourceWritten) {
			return;
		}
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run("""
						UNWIND $ids AS id
						MATCH (o:Organisation {id: id}) WHERE (o)-[:FUNDS]->() AND NOT o:Donor
						SET o:Donor""", Map.of("ids", this.funders.stream().toList()));
				if (this.sourceCreated) {
					this.source.recordCounts(tx, this.log);
				}
			});
		}
	}

	boolean wroteAnything() {
		return this.sourceWritten;
	}

}
