package org.actoratlas.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Driver;
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
			session.executeWriteWithoutResult(tx -> scripts.forEach(script -> script.statements().forEach(tx::run)));
			log.info("Loaded the Sahel seed dataset ({} files)", scripts.size());
		}
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
