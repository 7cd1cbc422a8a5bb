package org.actoratlas.explorer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the frontend's pure-logic unit tests ({@code node --test frontend/test/}) as part of the
 * Maven build. Without Node.js they are skipped with a message, unless
 * {@code ATLAS_REQUIRE_NODE=true} (or {@code -Datlas.require-node=true}), as in CI.
 */
class FrontendUnitTest {

	@Test
	void frontendLogicPassesItsNodeTests() throws IOException, InterruptedException {
		boolean required = TestSettings.isTrue("atlas.require-node", "ATLAS_REQUIRE_NODE");
		String node = TestSettings.get("atlas.node", "ATLAS_NODE", "node");
		Process process;
		try {
			process = new ProcessBuilder(node, "--test", "frontend/test/").redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			String message = "Node.js (" + node + ") is not on the PATH, so the frontend unit tests did not run: " + ex.getMessage();
			if (required) {
				throw new IllegalStateException(message + " ATLAS_REQUIRE_NODE=true makes them required.", ex);
			}
			System.out.println("SKIPPED " + message);
			assumeTrue(false, message);
			return;
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("node --test finished").isTrue();
		Path log = Path.of("target", "node-test.log");
		Files.createDirectories(log.getParent());
		Files.writeString(log, output);
		System.out.println(output.lines().filter(line -> line.startsWith("# ")).reduce("node --test frontend/test/:", (a, b) -> a + "\n" + b));
		assertThat(process.exitValue()).as("node --test frontend/test/ failed:%n%s", output).isZero();
		assertThat(output).as("node ran at least one test").containsPattern("# pass [1-9]");
	}

}
