package org.actoratlas.funding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the Cypher fixtures under {@code fixtures/funding} into the shared test database and removes
 * them again: every fixture node has {@code fixture = 'funding'} and an id containing "fxfund".
 */
final class FundingFixtures {

	private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

	private FundingFixtures() {
	}

	static void load(Driver driver) {
		remove(driver);
		try (var session = driver.session()) {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:fixtures/funding/*.cypher");
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			for (Resource file : files) {
				String text = file.getContentAsString(StandardCharsets.UTF_8);
				session.executeWriteWithoutResult(tx -> Arrays.stream(STATEMENT_END.split(text))
					.map(String::strip)
					.filter(statement -> statement.lines().anyMatch(line -> !line.isBlank() && !line.strip().startsWith("//")))
					.forEach(tx::run));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void remove(Driver driver) {
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run("MATCH (n:Node) WHERE n.fixture = 'funding' DETACH DELETE n"));
		}
	}

	static long count(Driver driver) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH (n) WHERE n.fixture = 'funding' RETURN count(n) AS c").single().get("c").asLong());
		}
	}

}
