package org.actoratlas.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The hand-curated Sahel dataset in {@code cypher/seed}, built from the documents in
 * {@code sources/seed}. Loaded in one transaction, so a failed load leaves nothing behind.
 */
@Component
class SeedDataset {

	private static final Logger log = LoggerFactory.getLogger(SeedDataset.class);

	private static final Pattern UNWIND = Pattern.compile("(\\s*//[^\n]*\n)*\\s*UNWIND\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern AS = Pattern.compile("\\s+AS\\s", Pattern.CASE_INSENSITIVE);

	private final Driver driver;

	SeedDataset(Driver driver) {
		this.driver = driver;
	}

	void loadIfEmpty() {
		try (var session = this.driver.session()) {
			boolean empty = session.executeRead(tx -> tx.run("MATCH (n:Node) RETURN count(n) = 0 AS empty").single().get("empty").asBoolean());
			if (!empty) {
				return;
			}
			List<CypherScript> scripts = scripts();
			session.executeWriteWithoutResult(
					tx -> scripts.forEach(script -> script.statements().forEach(statement -> tx.run(withRowsAsParameter(statement)))));
			log.info("Loaded the Sahel seed dataset ({} files)", scripts.size());
		}
	}

	/**
	 * {@code UNWIND [...] AS row ...} as {@code UNWIND $rows AS row ...} with the list as a parameter:
	 * the same rows, but a cold Neo4j compiles the short text many times faster, and blocks of the
	 * same shape share one plan. Anything else runs as written.
	 */
	static Query withRowsAsParameter(String statement) {
		Matcher unwind = UNWIND.matcher(statement);
		if (unwind.lookingAt()) {
			var literal = CypherLiteral.parse(statement, unwind.end());
			if (literal.isPresent() && literal.get().value() instanceof List<?> rows) {
				Matcher as = AS.matcher(statement).region(literal.get().end(), statement.length());
				if (as.lookingAt()) {
					return new Query("UNWIND $rows" + statement.substring(as.start()), Map.of("rows", rows));
				}
			}
		}
		return new Query(statement);
	}

	static List<CypherScript> scripts() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/seed/*.cypher");
			return Arrays.stream(resources)
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(SeedDataset::read)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CypherScript read(Resource resource) {
		try {
			return CypherScript.parse(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
