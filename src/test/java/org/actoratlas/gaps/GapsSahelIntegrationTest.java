package org.actoratlas.gaps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

	@LocalServerPort
	int port;

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
	void writesTheMaliTopTenForTheDocsAndNoneOfThemIsLinked() throws IOException {
		JsonNode body = get("/api/gaps/unconnected?country=country:ML&limit=10");

		List<String> lines = new ArrayList<>();
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

}
