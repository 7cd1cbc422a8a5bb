package org.actoratlas.actors;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class SearchTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "IDLO", "idlo", "International Development Law Organization", "Internatonal Developmnt Law",
			"development law" })
	void findsAnActorByAcronymFullNameOrWithATypo(String query) {
		JsonNode results = search("q=" + encode(query));
		assertThat(results.get(0).get("id").asString()).isEqualTo("org:idlo");
		assertThat(results.get(0).get("kind").asString()).isEqualTo("organisation");
	}

	@Test
	void findsFrenchAndEnglishFormsOfTheSameActor() {
		assertThat(ids(search("q=" + encode("Office des Nations Unies contre la drogue et le crime")))).first().isEqualTo("org:unodc");
		assertThat(ids(search("q=UNODC"))).first().isEqualTo("org:unodc");
	}

	@Test
	void restrictsToAKindAndLimit() {
		JsonNode results = search("q=mali&kind=country&limit=3");
		assertThat(results.size()).isBetween(1, 3);
		results.forEach(result -> assertThat(result.get("kind").asString()).isEqualTo("country"));
		assertThat(results.get(0).get("id").asString()).isEqualTo("country:ML");
	}

	@Test
	void ranksExactAliasMatchesAboveFuzzyOnes() {
		JsonNode results = search("q=WANEP");
		assertThat(results.get(0).get("aliases").toString()).contains("WANEP");
		double first = results.get(0).get("score").asDouble();
		results.forEach(result -> assertThat(result.get("score").asDouble()).isLessThanOrEqualTo(first));
	}

	@Test
	void treatsLuceneSyntaxAsPlainText() {
		assertThat(new Api(this.port).get("/api/search?q=" + encode("AND OR ( [ \" ~ * ? : \\ /")).status()).isEqualTo(200);
		assertThat(new Api(this.port).get("/api/search?q=" + encode("idlo)) OR name:*")).status()).isEqualTo(200);
	}

	@Test
	void rejectsAnUnknownKindWithProblemDetails() {
		var response = new Api(this.port).get("/api/search?q=idlo&kind=planet");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("kind");
	}

	private JsonNode search(String query) {
		var response = new Api(this.port).get("/api/search?" + query);
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private static List<String> ids(JsonNode results) {
		return results.valueStream().map(result -> result.get("id").asString()).toList();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
