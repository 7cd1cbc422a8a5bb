package org.actoratlas.system;

import java.nio.file.Path;

import org.actoratlas.AtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Shutting down closes the driver and then the database cleanly; what was written is there next time. */
class RestartTest {

	@Test
	void keepsItsDataAcrossARestartAndLoadsTheSeedOnlyOnce(@TempDir Path dataDir) {
		String[] args = { "--server.port=0", "--atlas.neo4j.bolt-port=0", "--atlas.neo4j.data-dir=" + dataDir };
		long organisations;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AtlasApplication.class).run(args)) {
			Neo4jClient neo4j = app.getBean(Neo4jClient.class);
			neo4j.query("CREATE (:Node:Organisation {id: 'test-restart:kept', name: 'Written before the restart'})").run();
			organisations = count(neo4j, "MATCH (o:Organisation) RETURN count(o)");
		}
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AtlasApplication.class).run(args)) {
			Neo4jClient neo4j = app.getBean(Neo4jClient.class);
			assertThat(count(neo4j, "MATCH (o:Organisation {id: 'test-restart:kept'}) RETURN count(o)")).isEqualTo(1);
			assertThat(count(neo4j, "MATCH (o:Organisation) RETURN count(o)")).isEqualTo(organisations);
		}
	}

	private static long count(Neo4jClient neo4j, String cypher) {
		return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
