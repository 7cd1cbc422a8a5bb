package org.actoratlas;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class ApplicationStartsTest {

	@LocalServerPort
	int port;

	@Test
	void servesTheOpenApiDocument() {
		var response = new Api(this.port).get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("paths").has("/api/search")).isTrue();
	}

}
