package org.actoratlas.accounts;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.actoratlas.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class SecurityTest {

	private static final String MAP = """
			{"title": "test-security map", "focus": ["country:ML"], "members": [{"id": "org:idlo"}]}""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	LoginAttempts attempts;

	@AfterEach
	void cleanUp() {
		this.neo4j.query("MATCH (m:StakeholderMap) WHERE m.title STARTS WITH 'test-security' DETACH DELETE m").run();
		this.neo4j.query("MATCH (a:Account) WHERE a.username STARTS WITH 'test-security' DELETE a").run();
		this.attempts.reset();
	}

	@Test
	void anonymousAndViewerWritesAreRefusedAndChangeNothing() {
		var anonymous = new Api(this.port).postJson("/api/maps", MAP);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		var viewer = Api.as(this.port, TestAccounts.VIEWER).postJson("/api/maps", MAP);
		assertThat(viewer.status()).isEqualTo(403);
		assertThat(viewer.contentType()).startsWith("application/problem+json");
		assertThat(maps()).isZero();
		assertThat(Api.as(this.port, TestAccounts.EDITOR).postJson("/api/maps", MAP).status()).isEqualTo(201);
		assertThat(maps()).isEqualTo(1);
	}

	@Test
	void aWriteWithoutTheCsrfHeaderIsRefused() {
		Api editor = Api.as(this.port, TestAccounts.EDITOR).withoutCsrfHeader();
		var forged = editor.postJson("/api/maps", MAP);
		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.json().get("title").asString()).contains("CSRF");
		assertThat(maps()).isZero();
	}

	@Test
	void theSessionSaysWhoIsLoggedInUntilLogout() {
		Api api = new Api(this.port);
		assertThat(api.get("/api/session").json().get("authenticated").asBoolean()).isFalse();
		api.login(TestAccounts.EDITOR, TestAccounts.PASSWORD);
		var session = api.get("/api/session").json();
		assertThat(session.get("username").asString()).isEqualTo(TestAccounts.EDITOR);
		assertThat(session.get("role").asString()).isEqualTo("editor");
		assertThat(session.get("canEdit").asBoolean()).isTrue();
		assertThat(session.get("canAdminister").asBoolean()).isFalse();
		assertThat(api.delete("/api/session").status()).isEqualTo(204);
		assertThat(api.get("/api/session").json().get("authenticated").asBoolean()).isFalse();
		assertThat(api.postJson("/api/maps", MAP).status()).isEqualTo(401);
	}

	@Test
	void readsStayOpenWhenPublicReadIsOn() {
		assertThat(new Api(this.port).get("/api/nodes/org:idlo").status()).isEqualTo(200);
		assertThat(new Api(this.port).withoutCsrfHeader()
			.postJson("/api/export?format=json", "{\"ids\": [\"org:idlo\"]}").status()).isEqualTo(200);
	}

	@Test
	void failedLoginsAreLimitedPerUsernameWithRetryAfter() {
		Api api = new Api(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(api.tryLogin(TestAccounts.VIEWER, "wrong-password-" + i).status()).isEqualTo(401);
		}
		var limited = api.tryLogin(TestAccounts.VIEWER, TestAccounts.PASSWORD);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(Integer.parseInt(limited.retryAfter())).isBetween(1, 300);
		assertThat(limited.contentType()).startsWith("application/problem+json");
		assertThat(new Api(this.port).tryLogin(TestAccounts.EDITOR, TestAccounts.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void onlyAnAdminManagesAccounts() {
		String body = """
				{"username": "test-security-new", "password": "a-long-password", "role": "editor"}""";
		assertThat(Api.as(this.port, TestAccounts.EDITOR).postJson("/api/accounts", body).status()).isEqualTo(403);
		Api admin = Api.as(this.port, TestAccounts.ADMIN);
		assertThat(admin.postJson("/api/accounts", body).status()).isEqualTo(201);
		assertThat(admin.postJson("/api/accounts", body).status()).isEqualTo(400);
		assertThat(new Api(this.port).tryLogin("test-security-new", "a-long-password").json().get("role").asString())
			.isEqualTo("editor");
		assertThat(admin.putJson("/api/accounts/test-security-new/role", "{\"role\": \"viewer\"}").status()).isEqualTo(200);
		Api demoted = new Api(this.port).login("test-security-new", "a-long-password");
		assertThat(demoted.postJson("/api/maps", MAP).status()).isEqualTo(403);
		String hash = this.neo4j.query("MATCH (a:Account {username: 'test-security-new'}) RETURN a.passwordHash")
			.fetchAs(String.class).one().orElseThrow();
		assertThat(hash).startsWith("$2").doesNotContain("a-long-password");
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		var response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/stats")).build(),
					java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
			.contains("script-src 'self'").doesNotContain("unsafe-inline");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
	}

	private long maps() {
		return this.neo4j.query("MATCH (m:StakeholderMap) WHERE m.title STARTS WITH 'test-security' RETURN count(m)")
			.fetchAs(Long.class).one().orElseThrow();
	}

}
