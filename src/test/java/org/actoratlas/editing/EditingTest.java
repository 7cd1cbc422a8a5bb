package org.actoratlas.editing;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.actoratlas.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class EditingTest {

	private static final String MEETING = """
			{"title": "test-edit Bamako meeting", "kind": "meeting", "date": "2026-10-02",
			 "quote": "IDLO and WANEP met in Bamako last month"}""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	private Api editor;

	private long nodesBefore;

	@BeforeEach
	void logIn() {
		this.editor = Api.as(this.port, TestAccounts.EDITOR);
		this.nodesBefore = count("MATCH (n:Node) RETURN count(n)");
	}

	@AfterEach
	void removeTestData() {
		this.neo4j.query("MATCH (n:Node) WHERE n.id STARTS WITH 'org:test-edit' OR n.id STARTS WITH 'person:test-edit' DETACH DELETE n").run();
		this.neo4j.query("MATCH (s:Source) WHERE s.title STARTS WITH 'test-edit' DETACH DELETE s").run();
		this.neo4j.query("MATCH (c:Change) WHERE any(id IN c.nodeIds WHERE id CONTAINS ':test-edit') DELETE c").run();
		this.neo4j.query("MATCH (m:StakeholderMap) WHERE m.title STARTS WITH 'test-edit' DETACH DELETE m").run();
	}

	@Test
	void anEditorCreatesEditsAndMergesAnActorAndTheHistoryShowsEachStepWithBeforeAndAfter() {
		String id = created(this.editor.postJson("/api/nodes", """
				{"kind": "organisation", "name": "test-edit Sahel Justice Network", "aliases": ["SJN"],
				 "properties": {"type": "network"}, "source": %s}""".formatted(MEETING)));
		assertThat(id).isEqualTo("org:test-edit-sahel-justice-network");
		JsonNode node = this.editor.get("/api/nodes/" + id).json();
		assertThat(node.get("name").asString()).isEqualTo("test-edit Sahel Justice Network");
		assertThat(node.get("properties").get("sourceIds").get(0).asString()).startsWith("source:user-");

		assertThat(this.editor.patchJson("/api/nodes/" + id, "{\"description\": \"Regional network of justice NGOs\"}").status())
			.isEqualTo(200);
		var link = this.editor.postJson("/api/links", """
				{"type": "PARTNERS_WITH", "from": "%s", "to": "org:idlo", "source": %s}""".formatted(id, MEETING));
		assertThat(link.status()).as(link.body()).isEqualTo(201);

		String duplicate = created(this.editor.postJson("/api/nodes", """
				{"kind": "organisation", "name": "test-edit SJN Sahel", "aliases": ["Réseau justice Sahel"]}"""));
		assertThat(this.editor.postJson("/api/links", """
				{"type": "PARTNERS_WITH", "from": "%s", "to": "org:wanep", "source": %s}""".formatted(duplicate, MEETING)).status())
			.isEqualTo(201);
		var map = this.editor.postJson("/api/maps", """
				{"title": "test-edit map", "members": [{"id": "%s", "note": "the duplicate"}]}""".formatted(duplicate));
		assertThat(map.status()).as(map.body()).isEqualTo(201);
		var merged = this.editor.postJson("/api/nodes/" + id + "/merge", "{\"duplicateId\": \"" + duplicate + "\"}");
		assertThat(merged.status()).as(merged.body()).isEqualTo(200);
		JsonNode member = this.editor.get("/api/maps/" + map.json().get("id").asString()).json().get("members").get(0);
		assertThat(member.get("id").asString()).isEqualTo(id);
		assertThat(member.get("note").asString()).isEqualTo("the duplicate");

		assertThat(this.editor.get("/api/nodes/" + duplicate).status()).isEqualTo(404);
		JsonNode survivor = this.editor.get("/api/nodes/" + id).json();
		assertThat(survivor.get("properties").get("aliases").toString()).contains("SJN", "test-edit SJN Sahel", "Réseau justice Sahel");
		assertThat(survivor.get("relationships").toString()).contains("org:idlo", "org:wanep");
		assertThat(survivor.get("properties").get("description").asString()).isEqualTo("Regional network of justice NGOs");

		JsonNode history = this.editor.get("/api/nodes/" + id + "/history").json();
		assertThat(history.findValuesAsString("action")).containsExactly("node.merge", "link.create", "node.update", "node.create");
		JsonNode update = history.get(2);
		assertThat(update.get("username").asString()).isEqualTo(TestAccounts.EDITOR);
		assertThat(update.get("before").asString()).doesNotContain("Regional network");
		assertThat(update.get("after").asString()).contains("Regional network of justice NGOs");
		assertThat(history.get(0).get("before").asString()).contains(duplicate);
		assertThat(this.editor.get("/api/nodes/" + duplicate + "/history").json().findValuesAsString("action")).contains("node.merge");
	}

	@Test
	void anAdminRevertRestoresTheStateBeforeAMergeAndIsRecorded() {
		String id = created(this.editor.postJson("/api/nodes", "{\"kind\": \"organisation\", \"name\": \"test-edit Keeper\"}"));
		String duplicate = created(this.editor.postJson("/api/nodes", "{\"kind\": \"organisation\", \"name\": \"test-edit Copy\"}"));
		this.editor.postJson("/api/links", """
				{"type": "BASED_IN", "from": "%s", "to": "country:ML", "source": %s}""".formatted(duplicate, MEETING));
		String renamed = this.editor.patchJson("/api/nodes/" + id, "{\"name\": \"test-edit Keeper renamed\"}").json().get("changeId").asString();
		String merge = this.editor.postJson("/api/nodes/" + id + "/merge", "{\"duplicateId\": \"" + duplicate + "\"}").json()
			.get("changeId").asString();

		assertThat(this.editor.postJson("/api/changes/" + merge + "/revert", "").status()).isEqualTo(403);
		Api admin = Api.as(this.port, TestAccounts.ADMIN);
		var reverted = admin.postJson("/api/changes/" + merge + "/revert", "");
		assertThat(reverted.status()).as(reverted.body()).isEqualTo(200);
		JsonNode copy = admin.get("/api/nodes/" + duplicate).json();
		assertThat(copy.get("name").asString()).isEqualTo("test-edit Copy");
		assertThat(copy.get("relationships").toString()).contains("country:ML", "IDLO and WANEP met in Bamako last month");
		assertThat(admin.get("/api/nodes/" + id).json().get("properties").get("aliases").toString()).doesNotContain("test-edit Copy");
		assertThat(admin.get("/api/nodes/" + id).json().get("relationships").size()).isZero();

		assertThat(admin.postJson("/api/changes/" + renamed + "/revert", "").status()).isEqualTo(200);
		assertThat(admin.get("/api/nodes/" + id).json().get("name").asString()).isEqualTo("test-edit Keeper");
		JsonNode history = admin.get("/api/nodes/" + id + "/history").json();
		assertThat(history.get(0).get("action").asString()).isEqualTo("revert");
		assertThat(history.get(0).get("username").asString()).isEqualTo(TestAccounts.ADMIN);
		assertThat(history.get(0).get("before").asString()).contains("test-edit Keeper renamed");
	}

	@Test
	void anonymousAndViewerEditsAreRefusedAndChangeNothing() {
		String body = "{\"kind\": \"organisation\", \"name\": \"test-edit Intruder\"}";
		assertThat(new Api(this.port).postJson("/api/nodes", body).status()).isEqualTo(401);
		assertThat(Api.as(this.port, TestAccounts.VIEWER).postJson("/api/nodes", body).status()).isEqualTo(403);
		assertThat(Api.as(this.port, TestAccounts.VIEWER).delete("/api/nodes/org:idlo").status()).isEqualTo(403);
		assertThat(Api.as(this.port, TestAccounts.EDITOR).withoutCsrfHeader().postJson("/api/nodes", body).status()).isEqualTo(403);
		assertThat(count("MATCH (n:Node) RETURN count(n)")).isEqualTo(this.nodesBefore);
		assertThat(count("MATCH (c:Change) RETURN count(c)")).isZero();
	}

	@Test
	void explainsWhatIsWrongWithAnEdit() {
		String id = created(this.editor.postJson("/api/nodes", "{\"kind\": \"person\", \"name\": \"test-edit Aminata\"}"));
		assertThat(problem(this.editor.postJson("/api/nodes", "{\"kind\": \"organisation\", \"name\": \"  \"}"))).contains("name");
		assertThat(problem(this.editor.postJson("/api/nodes", "{\"kind\": \"country\", \"name\": \"Atlantis\"}"))).contains("kind");
		assertThat(problem(this.editor.postJson("/api/links", """
				{"type": "LIKES", "from": "%s", "to": "org:idlo", "source": %s}""".formatted(id, MEETING)))).contains("LIKES");
		assertThat(problem(this.editor.postJson("/api/links", """
				{"type": "HELD_IN", "from": "%s", "to": "org:idlo", "source": %s}""".formatted(id, MEETING))))
			.contains("HELD_IN cannot join a Person to a Organisation");
		assertThat(problem(this.editor.postJson("/api/links", """
				{"type": "WORKS_FOR", "from": "%s", "to": "org:idlo"}""".formatted(id)))).contains("source");
		assertThat(problem(this.editor.postJson("/api/links", """
				{"type": "WORKS_FOR", "from": "%s", "to": "org:idlo", "source": {"id": "source:nope", "quote": "q"}}""".formatted(id))))
			.contains("source:nope");
		assertThat(count("MATCH (:Node {id: '" + id + "'})-[r]-() RETURN count(r)")).isZero();
	}

	@Test
	void cypherInjectionIsStoredAsPlainTextAndMatchesNothingElse() {
		String name = "test-edit x'}) DETACH DELETE n //";
		String id = created(this.editor.postJson("/api/nodes", """
				{"kind": "organisation", "name": "test-edit x'}) DETACH DELETE n //", "description": "\\" OR 1=1 MATCH (m) DETACH DELETE m //",
				 "source": {"title": "test-edit `) MATCH (n) DETACH DELETE n", "kind": "user", "quote": "'}) RETURN 1 //"}}"""));
		assertThat(this.editor.get("/api/nodes/" + id).json().get("name").asString()).isEqualTo(name);
		assertThat(count("MATCH (n:Node) RETURN count(n)")).isEqualTo(this.nodesBefore + 2);
		var badKey = this.editor.patchJson("/api/nodes/" + id, """
				{"properties": {"x = 1 DETACH DELETE n //": "y", "name`": "z"}}""");
		assertThat(badKey.status()).isEqualTo(400);
		assertThat(badKey.json().get("detail").asString()).contains("is not a property");
		var search = this.editor.get("/api/search?q=" + java.net.URLEncoder.encode("x'}) DETACH", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(search.status()).isEqualTo(200);
		for (JsonNode hit : search.json()) {
			assertThat(hit.get("id").asString()).isIn(id);
		}
		assertThat(count("MATCH (n:Node) RETURN count(n)")).isEqualTo(this.nodesBefore + 2);
	}

	private String created(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static String problem(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		return response.json().get("detail").asString();
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
