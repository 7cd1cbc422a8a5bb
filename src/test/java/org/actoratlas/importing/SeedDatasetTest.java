package org.actoratlas.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The Sahel dataset is only as good as its sources: every fact must be traceable to a sentence. */
@AtlasIntegrationTest
class SeedDatasetTest {

	@Autowired
	Neo4jClient neo4j;

	@Test
	void everyRelationshipCitesAnExistingSourceWithEvidence() {
		var uncited = this.neo4j.query("""
				MATCH (a:Node)-[r]->(b:Node)
				WHERE size(coalesce(r.sourceIds, [])) = 0 OR size(coalesce(r.evidence, [])) <> size(r.sourceIds)
				   OR any(id IN r.sourceIds WHERE NOT EXISTS { MATCH (:Source {id: id}) })
				RETURN a.id + ' -' + type(r) + '-> ' + b.id""").fetchAs(String.class).all();
		assertThat(uncited).isEmpty();
		assertThat(this.neo4j.query("MATCH (:Node)-[r]->(:Node) RETURN count(r)").fetchAs(Long.class).one().orElseThrow())
			.isGreaterThan(100);
	}

	@Test
	void everyEvidenceQuoteOccursVerbatimInTheCitedDocument() throws IOException {
		var citations = this.neo4j.query("""
				MATCH (a:Node)-[r]->(b:Node)
				UNWIND range(0, size(r.sourceIds) - 1) AS i
				MATCH (s:Source {id: r.sourceIds[i]}) WHERE s.fileName IS NOT NULL
				RETURN a.id + ' -' + type(r) + '-> ' + b.id AS fact, s.fileName AS file, r.evidence[i] AS evidence""")
			.fetch()
			.all();
		assertThat(citations).isNotEmpty();
		Map<String, String> documents = new HashMap<>();
		List<String> notFound = new ArrayList<>();
		for (var citation : citations) {
			String file = (String) citation.get("file");
			String text = documents.computeIfAbsent(file, SeedDatasetTest::normalisedDocument);
			String evidence = normaliseWhitespace((String) citation.get("evidence"));
			if (evidence.length() < 10 || !text.contains(evidence)) {
				notFound.add(citation.get("fact") + " cites " + file + ": " + evidence);
			}
		}
		assertThat(notFound).isEmpty();
	}

	@Test
	void noTwoNodesAreTheSameActorUnderTwoNames() {
		var names = this.neo4j.query("""
				MATCH (n:Node) WHERE NOT n:Source
				UNWIND [n.name] + coalesce(n.aliases, []) AS name
				RETURN n.id AS id, name""").fetch().all();
		Map<String, String> owner = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		for (var row : names) {
			String key = folded((String) row.get("name"));
			String previous = owner.putIfAbsent(key, (String) row.get("id"));
			if (previous != null && !previous.equals(row.get("id"))) {
				clashes.add(previous + " and " + row.get("id") + " are both called '" + row.get("name") + "'");
			}
		}
		assertThat(clashes).isEmpty();
	}

	@Test
	void citesEachOfTheFiveSeedDocuments() {
		var files = this.neo4j.query("""
				MATCH (s:Source) WHERE s.fileName IS NOT NULL
				AND EXISTS { MATCH ()-[r]->() WHERE s.id IN r.sourceIds }
				RETURN DISTINCT s.fileName ORDER BY s.fileName""").fetchAs(String.class).all();
		assertThat(files).hasSize(5);
	}

	private static String normalisedDocument(String file) {
		try {
			return normaliseWhitespace(new ClassPathResource("sources/seed/" + file).getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String normaliseWhitespace(String text) {
		return text == null ? "" : text.replaceAll("[\\s\\u00a0]+", " ").strip();
	}

	private static String folded(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
	}

}
