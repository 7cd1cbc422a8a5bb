package org.actoratlas.gaps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The gaps API on the Sahel seed dataset, read only. */
@AtlasIntegrationTest
class GapsSahelIntegrationTest {

	private static final String LINKED = """
			MATCH (a:Organisation {id: $a}), (b:Organisation {id: $b})
			RETURN EXISTS { (a)-[:PARTNERS_WITH|FUNDS|MEMBER_OF|PART_OF]-(b) }
			    OR EXISTS { (a)-[:IMPLEMENTS|FUNDS|REPORTS]->(:Programme)<-[:IMPLEMENTS|FUNDS|REPORTS]-(b) }
			    OR EXISTS { (a)-[:FUNDS]->(:Programme)-[:FUNDS]->(b) } OR EXISTS { (b)-[:FUNDS]->(:Programme)-[:FUNDS]->(a) }
			    OR EXISTS { (a)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(b) } AS linked
			""";

	/** The links among organisations as plain Cypher states them, one row per way two are linked. */
	private static final String EVERY_LINK = """
			MATCH (a:Organisation)-[r:PARTNERS_WITH|FUNDS|MEMBER_OF|PART_OF]->(b:Organisation) WHERE a <> b
			RETURN a.id AS a, b.id AS b, CASE type(r) WHEN 'PARTNERS_WITH' THEN 'partners' WHEN 'FUNDS' THEN 'funds' ELSE 'member' END AS how,
			       type(r) = 'FUNDS' AS directed
			UNION
			MATCH (a:Organisation)-[:FUNDS]->(:Programme)<-[:IMPLEMENTS|REPORTS]-(b:Organisation) WHERE a <> b
			RETURN a.id AS a, b.id AS b, 'funds' AS how, true AS directed
			UNION
			MATCH (a:Organisation)-[:FUNDS]->(:Programme)-[:FUNDS]->(b:Organisation) WHERE a <> b
			RETURN a.id AS a, b.id AS b, 'funds' AS how, true AS directed
			UNION
			MATCH (a:Organisation)-[:IMPLEMENTS|REPORTS]->(:Programme)<-[:IMPLEMENTS|REPORTS]-(b:Organisation) WHERE a.id < b.id
			RETURN a.id AS a, b.id AS b, 'programme' AS how, false AS directed
			UNION
			MATCH (a:Organisation)-[:FUNDS]->(:Programme)<-[:FUNDS]-(b:Organisation) WHERE a.id < b.id
			RETURN a.id AS a, b.id AS b, 'co-funding' AS how, false AS directed
			UNION
			MATCH (a:Organisation)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(b:Organisation) WHERE a.id < b.id
			RETURN a.id AS a, b.id AS b, 'event' AS how, false AS directed
			""";

	@LocalServerPort
	int port;

	@Autowired
	ActorGraphQuery actorGraphQuery;

	@Autowired
	Driver driver;

	private JsonNode get(String path) {
		var response = new Api(this.port).get(path);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private boolean linked(String a, String b) {
		try (var session = this.driver.session()) {
			return session.run(LINKED, java.util.Map.of("a", a, "b", b)).single().get("linked").asBoolean();
		}
	}

	@Test
	void theOrganisationGraphHoldsEveryLinkCypherStatesWithItsKindAndDirection() {
		// Per pair of organisations (in id order): how they are linked and the arcs between them, as "x>y".
		Map<String, Set<String>> expected = new TreeMap<>();
		try (var session = this.driver.session()) {
			session.run(EVERY_LINK).forEachRemaining(row -> {
				String a = row.get("a").asString();
				String b = row.get("b").asString();
				Set<String> ways = expected.computeIfAbsent(a.compareTo(b) < 0 ? a + " " + b : b + " " + a, k -> new TreeSet<>());
				ways.add(row.get("how").asString());
				ways.add(a + ">" + b);
				if (!row.get("directed").asBoolean()) {
					ways.add(b + ">" + a);
				}
			});
		}
		ActorGraph graph = this.actorGraphQuery.graph(null);
		Map<String, Set<String>> actual = new TreeMap<>();
		for (int v = 0; v < graph.size(); v++) {
			for (int k = graph.firstLink(v); k < graph.firstLink(v + 1); k++) {
				int w = graph.neighbourArray()[k];
				String a = graph.actor(v).id();
				String b = graph.actor(w).id();
				if (w > v) {
					Set<String> ways = new TreeSet<>(graph.how(v, w));
					if (graph.arc(v, w)) {
						ways.add(a + ">" + b);
					}
					if (graph.arc(w, v)) {
						ways.add(b + ">" + a);
					}
					actual.put(a + " " + b, ways);
				}
			}
		}
		assertThat(actual).isEqualTo(expected).hasSizeGreaterThan(50);
	}

	@Test
	void writesTheMaliTopTenForTheDocsAndNoneOfThemIsLinked() throws IOException {
		JsonNode body = get("/api/gaps/unconnected?country=country:ML&limit=10");

		List<String> lines = new ArrayList<>();
		lines.add("actorsConsidered " + body.get("actorsConsidered").asInt() + ", candidatePairs " + body.get("candidatePairs").asInt());
		lines.add("");
		lines.add("| # | score | pair | explanation | evidence |");
		lines.add("|---|---|---|---|---|");
		int rank = 0;
		for (JsonNode pair : body.get("pairs")) {
			String a = pair.get("a").get("id").asString();
			String b = pair.get("b").get("id").asString();
			assertThat(linked(a, b)).as(a + " and " + b).isFalse();
			assertThat(a).isLessThan(b);
			List<String> evidence = new ArrayList<>();
			pair.get("evidence").get("shared").forEach(s -> evidence.add(s.get("kind").asString() + ": " + s.get("name").asString()
					+ " (" + s.get("weight").asDouble() + ")"));
			lines.add("| " + (++rank) + " | " + pair.get("score").asDouble() + " | " + pair.get("a").get("name").asString() + " / "
					+ pair.get("b").get("name").asString() + " | " + pair.get("explanation").asString() + " | " + String.join("; ", evidence)
					+ "; sources: " + pair.get("evidence").get("sourceIds").size() + " |");
		}
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/gaps-mali.md"), lines);
		assertThat(rank).isEqualTo(10);
	}

	@Test
	void findsIdloAndUnodcBothWorkingOnCriminalJusticeInMali() {
		JsonNode body = get("/api/gaps/unconnected?country=ML&limit=500&perActor=0");

		JsonNode pair = find(body, "org:idlo", "org:unodc");
		assertThat(pair).as("IDLO and UNODC").isNotNull();
		assertThat(pair.get("explanation").asString()).startsWith("Both work on Criminal justice in Mali");
		assertThat(pair.get("evidence").get("shared").get(0).get("viaA").toString()).contains("programme:idlo-sahel-criminal-justice");
		assertThat(pair.get("evidence").get("sourceIds").toString()).contains("source:seed-000", "source:seed-002");
	}

	@Test
	void partnersFundersAndCoParticipantsNeverAppear() {
		JsonNode body = get("/api/gaps/unconnected?limit=500&perActor=0");

		assertThat(body.get("pairs").size()).isGreaterThan(10);
		assertThat(find(body, "org:unodc", "org:wacap")).as("partners").isNull();
		assertThat(find(body, "org:gppac", "org:wanep")).as("partners and co-implementers").isNull();
		assertThat(find(body, "org:idlo", "org:nl-mfa")).as("funder and grantee").isNull();
		assertThat(find(body, "org:dcaf", "org:dcaf-issat")).as("part of").isNull();
		assertThat(find(body, "org:care", "org:oxfam")).as("same programme and same event").isNull();
		body.get("pairs").forEach(p -> assertThat(linked(p.get("a").get("id").asString(), p.get("b").get("id").asString()))
			.as(p.get("a").get("id") + " and " + p.get("b").get("id")).isFalse());
	}

	@Test
	void coverageOfMaliInLegalAndJudicialDevelopmentMatchesACypherCount() {
		JsonNode body = get("/api/gaps/coverage?countries=ML&themes=theme:dac-15130");

		JsonNode cell = body.get("cells").get(0);
		assertThat(cell.get("country").asString()).isEqualTo("country:ML");
		try (var session = this.driver.session()) {
			var counts = session.run("""
					MATCH (:Country {id: 'country:ML'})<-[:ACTIVE_IN]-(p:Programme)-[:ADDRESSES]->(:Theme)-[:PART_OF*0..3]->(:Theme {id: 'theme:dac-15130'})
					OPTIONAL MATCH (o:Organisation)-[:IMPLEMENTS|FUNDS|REPORTS]->(p)
					RETURN count(DISTINCT p) AS programmes, count(DISTINCT o) AS actors
					""").single();
			assertThat(cell.get("programmes").asInt()).isEqualTo(counts.get("programmes").asInt()).isPositive();
			assertThat(cell.get("actors").asInt()).isEqualTo(counts.get("actors").asInt());
		}
		JsonNode details = get("/api/gaps/coverage/cell?country=ML&theme=theme:dac-15130");
		assertThat(details.get("actors").findValuesAsString("id")).contains("org:idlo").hasSize(cell.get("actors").asInt());
		assertThat(details.get("programmes")).hasSize(cell.get("programmes").asInt());
		assertThat(body.get("countries").get(0).get("programmes").asInt()).isGreaterThanOrEqualTo(cell.get("programmes").asInt());
	}

	@Test
	void brokersCommunitiesAndIsolatesAreTheSameOnEveryCall() throws IOException {
		for (String path : List.of("/api/gaps/brokers", "/api/gaps/brokers?groupBy=community&country=ML", "/api/gaps/communities",
				"/api/gaps/isolates")) {
			var first = new Api(this.port).get(path);
			var second = new Api(this.port).get(path);
			assertThat(first.status()).isEqualTo(200);
			assertThat(second.body()).as(path).isEqualTo(first.body());
			Files.writeString(Path.of("target/gaps-sahel-" + path.replaceAll("[^a-z]+", "-") + ".json"), first.body());
		}
		JsonNode brokers = get("/api/gaps/brokers");
		assertThat(brokers.get("exact").asBoolean()).isTrue();
		assertThat(brokers.get("brokers").get(0).get("betweenness").asDouble()).isPositive();
		JsonNode communities = get("/api/gaps/communities");
		assertThat(communities.get("communities").size()).isGreaterThan(1);
		// The six Dutch NGOs of the reconstruction workshop reach everyone else only through the KPSRL working group.
		JsonNode isolates = get("/api/gaps/isolates");
		assertThat(isolates.get("dependents").toString()).contains("\"broker\":{\"id\":\"org:kpsrl-rtwg\"");
		for (JsonNode dependents : isolates.get("dependents")) {
			if (dependents.get("broker").get("id").asString().equals("org:kpsrl-rtwg")) {
				assertThat(dependents.get("direct").toString()).contains("org:care", "org:oxfam", "org:zoa");
			}
		}
	}

	private static JsonNode find(JsonNode body, String a, String b) {
		for (JsonNode pair : body.get("pairs")) {
			if (pair.get("a").get("id").asString().equals(a) && pair.get("b").get("id").asString().equals(b)) {
				return pair;
			}
		}
		return null;
	}

}
