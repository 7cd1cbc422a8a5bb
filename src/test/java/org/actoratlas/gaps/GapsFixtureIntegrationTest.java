package org.actoratlas.gaps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The gaps API on a made-up country (country:ZZ) whose every link and overlap is known. */
@AtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapsFixtureIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@BeforeAll
	void loadFixture() throws IOException {
		String text = new ClassPathResource("gaps/fixture.cypher").getContentAsString(StandardCharsets.UTF_8);
		try (var session = this.driver.session()) {
			for (String statement : text.split(";\\s*\\n")) {
				if (!statement.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("//"))) {
					session.run(statement).consume();
				}
			}
		}
	}

	@AfterAll
	void removeFixture() {
		try (var session = this.driver.session()) {
			session.run("MATCH (n:Node) WHERE n.id STARTS WITH 'org:gapstest' OR n.id STARTS WITH 'programme:gapstest' "
					+ "OR n.id STARTS WITH 'theme:gapstest' OR n.id IN ['country:ZZ', 'source:gapstest'] DETACH DELETE n").consume();
		}
	}

	private JsonNode get(String path) {
		var response = new Api(this.port).get(path);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static List<String> pairs(JsonNode body) {
		List<String> pairs = new ArrayList<>();
		body.get("pairs").forEach(p -> pairs.add(p.get("a").get("id").asString() + "|" + p.get("b").get("id").asString()));
		return pairs;
	}

	@Test
	void ranksTheTwoJusticeImplementersOfOneDonorFirstWithAnExplanation() {
		JsonNode body = get("/api/gaps/unconnected?country=ZZ");

		JsonNode top = body.get("pairs").get(0);
		assertThat(top.get("a").get("id").asString()).isEqualTo("org:gapstest-a");
		assertThat(top.get("b").get("id").asString()).isEqualTo("org:gapstest-b");
		assertThat(top.get("explanation").asString()).contains("testland justice", "Testland", "Test Donor");
		assertThat(top.get("evidence").get("sourceIds").toString()).contains("source:gapstest");
		assertThat(top.get("evidence").get("shared").get(0).get("viaA").get(0).get("id").asString()).isEqualTo("programme:gapstest-1");
	}

	@Test
	void partnersAndFunderAndGranteeNeverAppear() {
		List<String> pairs = pairs(get("/api/gaps/unconnected?country=ZZ&limit=100"));

		assertThat(pairs).doesNotContain("org:gapstest-b|org:gapstest-d", "org:gapstest-a|org:gapstest-donor",
				"org:gapstest-b|org:gapstest-donor");
		assertThat(pairs).contains("org:gapstest-a|org:gapstest-d");
		assertThat(pairs).noneMatch(p -> p.contains("org:gapstest-c"));
	}

	@Test
	void coverageCountsActorsProgrammesAndFundingPerCell() {
		JsonNode body = get("/api/gaps/coverage?countries=country:ZZ&themes=theme:gapstest-justice,theme:gapstest-police");

		assertThat(body.get("cells").toString()).contains("\"country\":\"country:ZZ\",\"theme\":\"theme:gapstest-justice\",\"actors\":4,\"programmes\":3,\"funding\":{\"EUR\":2000.0}");
		JsonNode cell = get("/api/gaps/coverage/cell?country=ZZ&theme=theme:gapstest-police");
		assertThat(cell.get("actors").get(0).get("id").asString()).isEqualTo("org:gapstest-c");
	}

	@Test
	void gammaWorksAloneAndBetaBrokersForDelta() {
		JsonNode isolates = get("/api/gaps/isolates?country=ZZ");
		assertThat(isolates.get("unlinked").toString()).contains("org:gapstest-c");
		assertThat(isolates.get("singleLink").toString()).contains("org:gapstest-d");

		JsonNode brokers = get("/api/gaps/brokers?country=ZZ");
		assertThat(brokers.get("brokers").get(0).get("actor").get("id").asString()).isEqualTo("org:gapstest-b");
		assertThat(brokers.get("exact").asBoolean()).isTrue();
	}

	@Test
	void cookbookQueriesRunAndFindTheFixturePair() throws IOException {
		var found = new ArrayList<String>();
		try (var session = this.driver.session(); var files = java.nio.file.Files.list(java.nio.file.Path.of("cypher/queries"))) {
			for (var file : files.filter(f -> f.getFileName().toString().startsWith("gaps-")).sorted().toList()) {
				String text = java.nio.file.Files.readString(file);
				var parameters = new java.util.HashMap<String, Object>();
				var matcher = java.util.regex.Pattern.compile("^// :param (\\w+) => (.+)$", java.util.regex.Pattern.MULTILINE).matcher(text);
				while (matcher.find()) {
					parameters.put(matcher.group(1), session.run("RETURN " + matcher.group(2) + " AS v").single().get("v").asObject());
				}
				parameters.put("country", "country:ZZ");
				for (String statement : text.split(";\\s*\\n")) {
					if (!statement.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("//"))) {
						session.run(statement, parameters).list().forEach(r -> found.add(file.getFileName() + ":" + r.values()));
					}
				}
			}
		}
		assertThat(found).anyMatch(r -> r.startsWith("gaps-unconnected.cypher") && r.contains("Alpha International")
				&& r.contains("Beta Association"));
	}

	@Test
	void rejectsAKindThatCannotBePairedAndACountryThatIsNoCountry() {
		var response = new Api(this.port).get("/api/gaps/unconnected?kind=theme");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("kind");
		var country = new Api(this.port).get("/api/gaps/coverage?countries=Mali");
		assertThat(country.status()).isEqualTo(400);
		assertThat(country.body()).contains("countries");
		assertThat(new Api(this.port).get("/api/gaps/brokers?groupBy=colour").status()).isEqualTo(400);
	}

	@Test
	void everyGapsEndpointIsInTheOpenApiDocument() {
		JsonNode paths = get("/v3/api-docs").get("paths");

		assertThat(paths.propertyNames()).contains("/api/gaps/unconnected", "/api/gaps/isolates", "/api/gaps/coverage",
				"/api/gaps/coverage/cell", "/api/gaps/brokers", "/api/gaps/communities");
	}

}
