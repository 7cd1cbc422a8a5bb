package org.actoratlas.funding;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.actoratlas.funding.FundingFixturesApiTest.entry;
import static org.actoratlas.funding.FundingFixturesApiTest.ids;
import static org.actoratlas.funding.FundingFixturesApiTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Who funds whom in the Sahel seed dataset, which states funders but rarely amounts. */
@AtlasIntegrationTest
class FundingSeedApiTest {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Test
	void theAustrianDevelopmentAgencyFundsTheHumanSecurityProjectInMali() {
		JsonNode funder = entry(get("/api/funding/upstream/programme:hs-strategy-mali"), "org:ada");
		assertThat(funder.get("depth").asInt()).isEqualTo(1);
		JsonNode step = funder.get("paths").get(0).get("steps").get(0);
		assertThat(step.get("type").asString()).isEqualTo("FUNDS");
		assertThat(texts(step.get("sourceIds"))).contains("source:seed-004");
		assertThat(step.get("amounts")).isEmpty();
	}

	@Test
	void theNetherlandsFundsIdlosSahelProgrammeAndThroughItIdlo() {
		assertThat(entry(get("/api/funding/upstream/programme:idlo-sahel-criminal-justice"), "org:nl-mfa").get("depth").asInt())
			.isEqualTo(1);
		JsonNode throughProgramme = entry(get("/api/funding/upstream/org:idlo"), "org:nl-mfa");
		assertThat(throughProgramme.get("depth").asInt()).isEqualTo(2);
		JsonNode path = throughProgramme.get("paths").get(0);
		assertThat(texts(path.get("nodes"))).containsExactly("org:nl-mfa", "programme:idlo-sahel-criminal-justice", "org:idlo");
		assertThat(path.get("steps").get(1).get("type").asString()).isEqualTo("IMPLEMENTS");
	}

	@Test
	void theNetherlandsMoneyReachesIdloAndMali() {
		assertThat(ids(get("/api/funding/downstream/org:nl-mfa"))).contains("programme:idlo-sahel-criminal-justice", "org:idlo", "country:ML");
	}

	@Test
	void fundersOfMaliAreTheFundersOfProgrammesActiveThere() {
		assertThat(ids(get("/api/funding/upstream/country:ML"))).contains("programme:hs-strategy-mali", "org:ada", "org:nl-mfa");
	}

	@Test
	void localisationCountsEveryProgrammeActiveInMali() {
		long programmes;
		try (var session = this.driver.session()) {
			programmes = session.run("MATCH (p:Programme)-[:ACTIVE_IN]->(:Country {id: 'country:ML'}) RETURN count(DISTINCT p) AS n")
				.single().get("n").asLong();
		}
		JsonNode count = get("/api/funding/localisation?country=country:ML").get("byImplementers");
		assertThat(programmes).isPositive();
		assertThat(count.get("programmes").asLong()).isEqualTo(programmes);
		assertThat(count.get("withLocalImplementer").asInt()).isLessThanOrEqualTo(count.get("withImplementers").asInt());
	}

	@Test
	void documentsTheFundingEndpointsInOpenApi() {
		java.util.List<String> paths = new java.util.ArrayList<>();
		get("/v3/api-docs").get("paths").propertyNames().forEach(paths::add);
		assertThat(paths).contains("/api/funding/chains", "/api/funding/flows", "/api/funding/localisation");
		assertThat(paths).anyMatch(path -> path.startsWith("/api/funding/upstream/"))
			.anyMatch(path -> path.startsWith("/api/funding/downstream/"));
	}

	private JsonNode get(String path) {
		Api.Response response = new Api(this.port).get(path);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
