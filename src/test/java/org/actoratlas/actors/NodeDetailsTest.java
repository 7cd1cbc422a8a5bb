package org.actoratlas.actors;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class NodeDetailsTest {

	@LocalServerPort
	int port;

	@Test
	void showsRelationshipsWithTheirSourcesAndEvidence() {
		JsonNode idlo = get("/api/nodes/org:idlo");
		assertThat(idlo.get("name").asString()).isEqualTo("International Development Law Organization");
		assertThat(idlo.get("kind").asString()).isEqualTo("organisation");
		assertThat(idlo.get("relationships").size()).isPositive();
		for (JsonNode relationship : idlo.get("relationships")) {
			assertThat(relationship.get("direction").asString()).isIn("in", "out");
			assertThat(relationship.get("other").get("id").asString()).isNotBlank();
			JsonNode sources = relationship.get("sources");
			assertThat(sources.size()).as(relationship.toString()).isPositive();
			assertThat(sources.get(0).get("title").asString()).isNotBlank();
			assertThat(sources.get(0).get("evidence").asString()).isNotBlank();
			assertThat(relationship.get("properties").has("sourceIds")).isFalse();
		}
	}

	@Test
	void countsRelationshipsByTypeAndCapsAHub() {
		JsonNode mali = get("/api/nodes/country:ML?relationshipLimit=2");
		assertThat(mali.get("relationships").size()).isEqualTo(2);
		assertThat(mali.get("truncated").asBoolean()).isTrue();
		long total = mali.get("relationshipCounts").valueStream().mapToLong(JsonNode::asLong).sum();
		assertThat(total).isGreaterThan(2);
	}

	@Test
	void listsSourcesAndServesTheSeedDocumentText() {
		var api = new Api(this.port);
		JsonNode sources = api.get("/api/sources").json();
		JsonNode document = sources.valueStream().filter(s -> s.get("hasDocument").asBoolean()).findFirst().orElseThrow();
		String id = document.get("id").asString();
		JsonNode details = api.get("/api/sources/" + id).json();
		assertThat(details.get("facts").size()).isPositive();
		String evidence = details.get("facts").get(0).get("evidence").asString();
		var text = api.get("/api/sources/" + id + "/document");
		assertThat(text.status()).isEqualTo(200);
		assertThat(text.contentType()).startsWith("text/plain");
		assertThat(text.body().replaceAll("\\s+", " ")).contains(evidence.replaceAll("\\s+", " "));
	}

	@Test
	void answersAnUnknownIdWith404ProblemDetails() {
		var response = new Api(this.port).get("/api/nodes/org:does-not-exist");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("org:does-not-exist");
		assertThat(new Api(this.port).get("/api/sources/source:nope").status()).isEqualTo(404);
	}

	@Test
	void countsTheGraphByKindAndType() {
		JsonNode stats = get("/api/stats");
		assertThat(stats.get("nodesByKind").get("organisation").asLong()).isGreaterThan(20);
		assertThat(stats.get("nodesByKind").get("donor").asLong()).isPositive();
		assertThat(stats.get("relationshipsByType").has("FUNDS")).isTrue();
		assertThat(stats.get("relationshipsByType").has("MIGRATED_TO")).isFalse();
	}

	private JsonNode get(String path) {
		var response = new Api(this.port).get(path);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
