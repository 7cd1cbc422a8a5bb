package org.actoratlas.accounts;

import org.actoratlas.Api;
import org.actoratlas.AtlasIntegrationTest;
import org.actoratlas.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code atlas.security.public-read=false} (its own application context and database). */
@AtlasIntegrationTest
@TestPropertySource(properties = "atlas.security.public-read=false")
class PrivateReadTest {

	@LocalServerPort
	int port;

	@Test
	void everyApiReadNeedsALoginWhenPublicReadIsOff() {
		Api anonymous = new Api(this.port);
		var refused = anonymous.get("/api/nodes/org:idlo");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(anonymous.get("/api/search?q=IDLO").status()).isEqualTo(401);
		assertThat(anonymous.postJson("/api/export?format=json", "{\"ids\": [\"org:idlo\"]}").status()).isEqualTo(401);
		var session = anonymous.get("/api/session");
		assertThat(session.status()).isEqualTo(200);
		assertThat(session.json().get("publicRead").asBoolean()).isFalse();
		assertThat(anonymous.get("/login.html").status()).isEqualTo(200);

		Api viewer = Api.as(this.port, TestAccounts.VIEWER);
		assertThat(viewer.get("/api/nodes/org:idlo").status()).isEqualTo(200);
		assertThat(viewer.postJson("/api/export?format=json", "{\"ids\": [\"org:idlo\"]}").status()).isEqualTo(200);
	}

}
