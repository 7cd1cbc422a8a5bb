package org.actoratlas.maps;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class StakeholderMapTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeMapsAndTestNodes() {
		this.neo4j.query("MATCH (m:StakeholderMap) DETACH DELETE m").run();
		this.neo4j.query("MATCH (n:Node) WHERE n.id STARTS WITH 'test-map:' DETACH DELETE n").run();
		this.neo4j.query("MATCH (:Node {id: 'org:wanep'})-[r:PARTNERS_WITH {test: true}]-() DELETE r").run();
	}

	@Test
	void proposesTheJusticeActorsInMaliGroupedByRoleWithReasons() {
		JsonNode candidates = api().get("/api/maps/candidates?focus=country:ML&focus=theme:dac-15130").json();
		assertThat(candidates.size()).isPositive();
		Set<String> ids = new HashSet<>();
		for (JsonNode candidate : candidates) {
			ids.add(candidate.get("id").asString());
			assertThat(candidate.get("reasons").size()).isPositive();
			assertThat(candidate.get("groupTitle").asString()).isNotBlank();
		}
		assertThat(ids).contains("org:idlo");
		JsonNode maliOnly = api().get("/api/maps/candidates?focus=country:ML").json();
		assertThat(maliOnly.size()).isGreaterThanOrEqualTo(candidates.size());
	}

	@Test
	void roundTripsAMapWithPositionsAndNotes() {
		var created = api().post("/api/maps", "application/json", """
				{"title": "Implementer dialogue, Sahel", "note": "For the December dialogue", "focus": ["country:ML"], "layout": "grid",
				 "members": [{"id": "org:idlo", "x": 120.5, "y": 80, "influence": 0.9, "interest": 0.8, "note": "Host"},
				             {"id": "org:wanep", "x": 300, "y": 210, "influence": 0.4, "interest": 0.95, "note": "Civil society voice"}]}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();

		JsonNode map = api().get("/api/maps/" + id).json();
		assertThat(map.get("title").asString()).isEqualTo("Implementer dialogue, Sahel");
		assertThat(map.get("layout").asString()).isEqualTo("grid");
		JsonNode idlo = map.get("members").get(0);
		assertThat(idlo.get("id").asString()).isEqualTo("org:idlo");
		assertThat(idlo.get("x").asDouble()).isEqualTo(120.5);
		assertThat(idlo.get("influence").asDouble()).isEqualTo(0.9);
		assertThat(idlo.get("note").asString()).isEqualTo("Host");
		assertThat(map.get("members").get(1).get("interest").asDouble()).isEqualTo(0.95);
		assertThat(map.get("focusNodes").get(0).get("name").asString()).isEqualTo("Mali");

		var moved = api().send(HttpRequest.newBuilder(URI.create(api().baseUrl() + "/api/maps/" + id))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("""
					{"title": "Implementer dialogue, Sahel", "focus": ["country:ML"], "layout": "grid",
					 "members": [{"id": "org:idlo", "influence": 0.2, "interest": 0.3}]}"""))
			.build());
		assertThat(moved.status()).isEqualTo(200);
		JsonNode after = api().get("/api/maps/" + id).json();
		assertThat(after.get("members").size()).isEqualTo(1);
		assertThat(after.get("members").get(0).get("influence").asDouble()).isEqualTo(0.2);

		assertThat(api().get("/api/maps").json().valueStream().map(m -> m.get("id").asString())).contains(id);
		JsonNode copy = api().post("/api/maps/" + id + "/duplicate", "application/json", "").json();
		assertThat(copy.get("id").asString()).isNotEqualTo(id);
		assertThat(copy.get("members").get(0).get("influence").asDouble()).isEqualTo(0.2);

		var deleted = api().send(HttpRequest.newBuilder(URI.create(api().baseUrl() + "/api/maps/" + id)).DELETE().build());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(api().get("/api/maps/" + id).status()).isEqualTo(404);
	}

	@Test
	void fillsANewMapWithTheActorsOfItsFocus() {
		JsonNode map = api().post("/api/maps", "application/json", """
				{"title": "Mali justice", "focus": ["country:ML", "theme:dac-15130"]}""").json();
		List<String> candidates = api().get("/api/maps/candidates?focus=country:ML&focus=theme:dac-15130").json()
			.valueStream().map(c -> c.get("id").asString()).toList();
		assertThat(map.get("members").valueStream().map(m -> m.get("id").asString()).toList())
			.containsExactlyInAnyOrderElementsOf(candidates);
		assertThat(map.get("links").size()).isPositive();
		assertThat(map.get("changes").get("newActors").size()).isZero();
	}

	@Test
	void showsWhatChangedInTheGraphSinceTheMapWasSaved() {
		String id = api().post("/api/maps", "application/json", """
				{"title": "Changes", "focus": ["country:ML"],
				 "members": [{"id": "org:idlo"}, {"id": "org:wanep"}, {"id": "org:unodc"}]}""").json().get("id").asString();
		this.neo4j.query("""
				MATCH (a:Node {id: 'org:wanep'}), (b:Node {id: 'org:idlo'})
				CREATE (a)-[:PARTNERS_WITH {test: true, sourceIds: ['source:seed-000'], evidence: ['test']}]->(b)""").run();
		this.neo4j.query("""
				MATCH (mali:Country {id: 'country:ML'})
				CREATE (:Node:Organisation {id: 'test-map:new-ngo', name: 'New Bamako NGO', type: 'ngo-national'})
				       -[:BASED_IN {sourceIds: ['source:seed-000'], evidence: ['test']}]->(mali)""").run();

		JsonNode changes = api().get("/api/maps/" + id).json().get("changes");
		assertThat(changes.get("addedLinks").toString()).contains("org:wanep|PARTNERS_WITH|org:idlo");
		assertThat(changes.get("newActors").valueStream().map(a -> a.get("id").asString())).contains("test-map:new-ngo");
		assertThat(changes.get("removedLinks").size()).isZero();
	}

	@Test
	void rejectsInvalidMapsWithProblemDetails() {
		var outOfGrid = api().post("/api/maps", "application/json", """
				{"title": "Bad", "members": [{"id": "org:idlo", "influence": 1.5}]}""");
		assertThat(outOfGrid.status()).isEqualTo(400);
		assertThat(outOfGrid.contentType()).startsWith("application/problem+json");
		var unknownFocus = api().post("/api/maps", "application/json", """
				{"title": "Bad", "focus": ["country:XX"]}""");
		assertThat(unknownFocus.status()).isEqualTo(400);
		assertThat(unknownFocus.json().get("detail").asString()).contains("country:XX");
		assertThat(api().post("/api/maps", "application/json", "{\"title\": \"\"}").status()).isEqualTo(400);
		assertThat(api().get("/api/maps/no-such-map").status()).isEqualTo(404);
	}

	private Api api() {
		return new Api(this.port);
	}

}
