package org.actoratlas.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.actoratlas.AtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a user sees when the app cannot start: what is wrong and what to change, no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

	@Test
	void saysWhichSettingToChangeWhenTheBoltPortIsTaken(@TempDir Path dataDir, CapturedOutput output) throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress("127.0.0.1", 0));
			assertFailsToStart(output, "--atlas.neo4j.bolt-port=" + taken.getLocalPort(), "--atlas.neo4j.data-dir=" + dataDir);
			assertThat(output).contains("Bolt port " + taken.getLocalPort() + " is already in use").contains("atlas.neo4j.bolt-port");
		}
	}

	@Test
	void saysWhichSettingToChangeWhenTheDataDirectoryCannotBeWritten(@TempDir Path dir, CapturedOutput output) throws IOException {
		Path aFile = Files.writeString(dir.resolve("not-a-directory"), "x");
		assertFailsToStart(output, "--atlas.neo4j.bolt-port=0", "--atlas.neo4j.data-dir=" + aFile.resolve("neo4j"));
		assertThat(output).contains("Cannot write to the data directory").contains("atlas.neo4j.data-dir");
	}

	@Test
	void saysWhatToCheckWhenTheExternalDatabaseDoesNotAnswer(CapturedOutput output) throws IOException {
		int closedPort;
		try (ServerSocket probe = new ServerSocket(0)) {
			closedPort = probe.getLocalPort();
		}
		assertFailsToStart(output, "--spring.neo4j.uri=bolt://127.0.0.1:" + closedPort,
				"--spring.neo4j.pool.connection-acquisition-timeout=3s", "--spring.neo4j.connection-timeout=3s");
		assertThat(output).contains("Neo4j does not answer").contains("spring.neo4j.uri");
	}

	private static void assertFailsToStart(CapturedOutput output, String... args) {
		String[] all = new String[args.length + 1];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--server.port=0";
		assertThatThrownBy(() -> new SpringApplicationBuilder(AtlasApplication.class).run(all))
			.hasRootCauseInstanceOf(Exception.class);
		assertThat(output).contains("APPLICATION FAILED TO START");
		String failure = output.getAll().substring(output.getAll().indexOf("APPLICATION FAILED TO START"));
		assertThat(failure).doesNotContain("\tat org.");
	}

}
