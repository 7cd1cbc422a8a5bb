package org.actoratlas.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports the real files in ../shared/data and reads the graph back for import tests. */
final class ImportTestSupport {

	static final Path DATA = Path.of("../shared/data");

	private final Importer importer;

	private final Driver driver;

	ImportTestSupport(Importer importer, Driver driver) {
		this.importer = importer;
		this.driver = driver;
	}

	ImportReport importData(String relativePath) {
		Path file = DATA.resolve(relativePath);
		assertThat(file).as("real data file (shared/ beside the repository)").exists();
		return this.importer.importFile(file, file.getFileName().toString(), Progress.NONE);
	}

	ImportReport importText(String fileName, String content) throws Exception {
		Path dir = Files.createTempDirectory("import-test");
		Path file = dir.resolve(fileName);
		Files.writeString(file, content);
		try {
			return this.importer.importFile(file, fileName, Progress.NONE);
		}
		finally {
			Files.delete(file);
			Files.delete(dir);
		}
	}

	List<Record> query(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list());
		}
	}

	List<Record> query(String cypher) {
		return query(cypher, Map.of());
	}

	/** Every node and relationship with all its properties, to show that something changed nothing. */
	String fingerprint() {
		StringBuilder all = new StringBuilder();
		query("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p ORDER BY id")
			.forEach(r -> all.append(r.get("id")).append(r.get("labels")).append(new java.util.TreeMap<>(r.get("p").asMap())).append('\n'));
		query("""
				MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p
				ORDER BY a, t, b, coalesce(r.key, r.role, '')""")
			.forEach(r -> all.append(r.get("a")).append(r.get("t")).append(r.get("b")).append(new java.util.TreeMap<>(r.get("p").asMap())).append('\n'));
		return all.toString();
	}

	static long created(ImportReport report) {
		return report.counts().values().stream().mapToLong(ImportReport.Counts::created).sum();
	}

	static long updated(ImportReport report) {
		return report.counts().values().stream().mapToLong(ImportReport.Counts::updated).sum();
	}

}
