package org.actoratlas.system;

import java.nio.file.Path;

import org.actoratlas.Api;
import org.actoratlas.AtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.neo4j.uri} set, the app starts nothing of its own and keeps all its data in the
 * server it was pointed at. The "server" here is a Neo4j this test starts separately.
 */
class ExternalNeo4jTest {

	@Test
	void usesTheServerNamedBySpringNeo4jUriAndStartsNoDatabaseOfItsOwn(@TempDir Path serverDir, @TempDir Path unusedDir) {
		try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(serverDir, 0, "64m"));
				ConfigurableApplicationContext app = new SpringApplicationBuilder(AtlasApplication.class).run(
						"--spring.neo4j.uri=" + server.boltUri(), "--spring.neo4j.authentication.username=neo4j",
						"--spring.neo4j.authentication.password=unused", "--server.port=0",
						"--atlas.neo4j.data-dir=" + unusedDir)) {
			assertThat(app.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
			assertThat(unusedDir).isEmptyDirectory();

			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			var results = new Api(port).get("/api/search?q=IDLO").json();
			assertThat(results.get(0).get("id").asString()).isEqualTo("org:idlo");

			try (var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none()); var session = driver.session()) {
				long organisations = session.run("MATCH (o:Organisation) RETURN count(o) AS n").single().get("n").asLong();
				assertThat(organisations).isGreaterThan(20);
			}
		}
	}

}
