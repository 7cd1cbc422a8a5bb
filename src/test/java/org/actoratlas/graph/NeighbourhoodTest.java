package org.actoratlas.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class NeighbourhoodTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void returnsExactlyTheNodesWithinTheRequestedDepth() {
		for (int depth = 1; depth <= 2; depth++) {
			JsonNode graph = get("/api/graph/neighbourhood?id=org:idlo&depth=" + depth + "&limit=5000");
			Set<String> expected = new HashSet<>(this.neo4j.query("""
					MATCH (f:Node {id: 'org:idlo'})-[*0..%d]-(m:Node) RETURN DISTINCT m.id""".formatted(depth))
				.fetchAs(String.class).all());
			assertThat(ids(graph)).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(graph.get("truncated").asBoolean()).isFalse();
		}
	}

	@Test
	void linksNameTheirEndsByIdAndOnlyJoinReturnedNodes() {
		JsonNode graph = get("/api/graph/neighbourhood?id=org:idlo&depth=2");
		Set<String> nodes = ids(graph);
		assertThat(graph.get("links").size()).isPositive();
		for (JsonNode link : graph.get("links")) {
			assertThat(nodes).contains(link.get("source").asString(), link.get("target").asString());
			assertThat(link.get("sourceIds").size()).isPositive();
		}
	}

	@Test
	void keepsOnlyTheRequestedKindsBesidesTheFocus() {
		JsonNode graph = get("/api/graph/neighbourhood?id=org:idlo&depth=2&kinds=programme,country");
		for (JsonNode node : graph.get("nodes")) {
			if (!node.get("id").asString().equals("org:idlo")) {
				assertThat(node.get("kind").asString()).isIn("programme", "country");
			}
		}
	}

	@Test
	void keepsOnlyActorsLinkedToTheFilteredCountry() {
		JsonNode all = get("/api/graph/neighbourhood?id=country:ML&depth=2&limit=5000");
		JsonNode niger = get("/api/graph/neighbourhood?id=country:ML&depth=2&limit=5000&countries=country:NE");
		assertThat(ids(niger).size()).isLessThan(ids(all).size());
		for (JsonNode node : niger.get("nodes")) {
			String id = node.get("id").asString();
			if (id.equals("country:ML") || List.of("theme", "region", "source").contains(node.get("kind").asString())) {
				continue;
			}
			boolean linkedToNiger = this.neo4j.query("""
					MATCH (n:Node {id: $id})
					RETURN n.id = 'country:NE'
					    OR EXISTS { (n)-[:ACTIVE_IN|BASED_IN|HELD_IN]->(:Country {id: 'country:NE'}) }
					    OR EXISTS { (n)--(:Programme|Event|Organisation)-[:ACTIVE_IN|BASED_IN|HELD_IN]->(:Country {id: 'country:NE'}) }""")
				.bind(id).to("id").fetchAs(Boolean.class).one().orElseThrow();
			assertThat(linkedToNiger).as(id).isTrue();
		}
	}

	@Test
	void followsOnlyTheRequestedRelationshipTypes() {
		JsonNode graph = get("/api/graph/neighbourhood?id=org:idlo&depth=2&relationships=FUNDS,IMPLEMENTS");
		for (JsonNode link : graph.get("links")) {
			assertThat(link.get("type").asString()).isIn("FUNDS", "IMPLEMENTS");
		}
	}

	@Test
	void capsTheNodesAndSaysSo() {
		JsonNode graph = get("/api/graph/neighbourhood?id=country:ML&depth=2&limit=3");
		assertThat(graph.get("nodes").size()).isEqualTo(3);
		assertThat(graph.get("truncated").asBoolean()).isTrue();
		JsonNode nextPage = get("/api/graph/neighbourhood?id=country:ML&depth=1&limit=3&offset=2");
		Set<String> firstPage = ids(get("/api/graph/neighbourhood?id=country:ML&depth=1&limit=3"));
		Set<String> overlap = new HashSet<>(ids(nextPage));
		overlap.retainAll(firstPage);
		assertThat(overlap).containsExactly("country:ML");
	}

	@Test
	void rejectsBadParametersWithProblemDetails() {
		var api = new Api(this.port);
		var tooDeep = api.get("/api/graph/neighbourhood?id=org:idlo&depth=9");
		assertThat(tooDeep.status()).isEqualTo(400);
		assertThat(tooDeep.json().get("detail").asString()).contains("depth");
		var notADate = api.get("/api/graph/neighbourhood?id=org:idlo&from=yesterday");
		assertThat(notADate.status()).isEqualTo(400);
		assertThat(notADate.json().get("detail").asString()).contains("from");
		assertThat(api.get("/api/graph/neighbourhood?id=org:idlo&kinds=planet").status()).isEqualTo(400);
		assertThat(api.get("/api/graph/neighbourhood").status()).isEqualTo(400);
		assertThat(api.get("/api/graph/neighbourhood?id=org:nobody").status()).isEqualTo(404);
	}

	private JsonNode get(String path) {
		var response = new Api(this.port).get(path);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static Set<String> ids(JsonNode graph) {
		Set<String> ids = new HashSet<>();
		graph.get("nodes").forEach(node -> ids.add(node.get("id").asString()));
		return ids;
	}

}
