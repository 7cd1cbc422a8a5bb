package org.actoratlas.system;

import java.nio.file.Path;

import org.actoratlas.AtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database starts while Spring builds the application, and exactly one database starts:
 * the early one when the settings hold, otherwise one with the settings the application ends up with.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedNeo4jEarlyStartTest {

	@Test
	void theApplicationUsesTheDatabaseBegunEarlyEvenWhenItsDirectoryNameIsRandom(@TempDir Path parent, CapturedOutput output) {
		String[] args = { "--server.port=0", "--atlas.neo4j.bolt-port=0",
				"--atlas.neo4j.data-dir=" + parent.resolve("db-${random.uuid}") };
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AtlasApplication.class).run(args)) {
			long organisations = app.getBean(Neo4jClient.class)
				.query("MATCH (o:Organisation) RETURN count(o)")
				.fetchAs(Long.class)
				.one()
				.orElseThrow();
			assertThat(organisations).as("the Sahel dataset is loaded").isPositive();
		}
		assertThat(output.getOut().split("Embedded Neo4j started in", -1)).as("one database started").hasSize(2);
		assertThat(output.getOut()).as("started on the early thread").contains("neo4j-start]");
		assertThat(parent.toFile().list()).as("one data directory").hasSize(1);
	}

	@Test
	void settingsThatChangedAfterTheEarlyStartGetANewDatabaseAndTheEarlyOneIsShutDown(@TempDir Path early, @TempDir Path later) {
		EmbeddedNeo4jEarlyStart.Start start = EmbeddedNeo4jEarlyStart.Start.begin(environment(early));
		try (EmbeddedNeo4j used = start.claim(new EmbeddedNeo4jProperties(later, 0, "64m"))) {
			assertThat(later.toFile().list()).as("the database lives where the final settings say").isNotEmpty();
			assertThatTheDirectoryIsFree(early);
		}
	}

	@Test
	void anEarlyStartThatNobodyClaimsIsShutDownWithTheContext(@TempDir Path dataDir) {
		EmbeddedNeo4jEarlyStart.Start start = EmbeddedNeo4jEarlyStart.Start.begin(environment(dataDir));
		start.destroy();
		assertThatTheDirectoryIsFree(dataDir);
	}

	@Test
	void nothingStartsEarlyWhenAServerIsConfigured(@TempDir Path dataDir) {
		MockEnvironment environment = environment(dataDir).withProperty("spring.neo4j.uri", "neo4j://db.example.org:7687");
		assertThat(EmbeddedNeo4jEarlyStart.Start.begin(environment)).isNull();
		assertThat(dataDir.toFile().list()).isEmpty();
	}

	private static MockEnvironment environment(Path dataDir) {
		return new MockEnvironment().withProperty("atlas.neo4j.data-dir", dataDir.toString())
			.withProperty("atlas.neo4j.bolt-port", "0")
			.withProperty("atlas.neo4j.page-cache", "64m");
	}

	/** Neo4j locks its store while running: a second database on the same directory starts only once the first stopped. */
	private static void assertThatTheDirectoryIsFree(Path dataDir) {
		try (EmbeddedNeo4j again = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, 0, "64m"))) {
			assertThat(again.boltUri()).isNotNull();
		}
	}

}
