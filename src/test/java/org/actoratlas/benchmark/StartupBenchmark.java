package org.actoratlas.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start as a new user meets it: the packaged jar on an empty data directory, from process
 * launch to the first answered API request (which needs the schema applied and the Sahel dataset
 * loaded), then the heap in use once started. Runs {@code runs} times and prints each figure and
 * the median. Usage: {@code java ... StartupBenchmark target/actor-atlas-*.jar [runs]}.
 */
public final class StartupBenchmark {

	private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		List<Long> millis = new ArrayList<>();
		List<Long> heapMiB = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			long[] figures = coldStart(jar);
			millis.add(figures[0]);
			heapMiB.add(figures[1]);
			System.out.printf("run %d: first answer after %.1f s, heap in use %d MiB%n", run, figures[0] / 1000.0, figures[1]);
		}
		System.out.printf("median: first answer after %.1f s, heap in use %d MiB%n", median(millis) / 1000.0, median(heapMiB));
	}

	private static long[] coldStart(Path jar) throws Exception {
		Path dataDir = Files.createTempDirectory("atlas-startup");
		int port = freePort();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString(), "--server.port=" + port, "--atlas.neo4j.bolt-port=0", "--atlas.neo4j.data-dir=" + dataDir)
			.redirectErrorStream(true)
			.redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile());
		long start = System.nanoTime();
		Process app = builder.start();
		try {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=IDLO")).build();
			while (true) {
				if (!app.isAlive()) {
					throw new IllegalStateException("The app stopped during start-up; see " + dataDir + ".log");
				}
				try {
					if (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
						break;
					}
				}
				catch (IOException notYet) {
					// the server is not listening yet
				}
				Thread.sleep(100);
			}
			long elapsed = (System.nanoTime() - start) / 1_000_000;
			return new long[] { elapsed, heapInUseMiB(app.pid()) };
		}
		finally {
			app.destroy();
			app.waitFor();
		}
	}

	private static long heapInUseMiB(long pid) throws Exception {
		Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid),
				"GC.heap_info").redirectErrorStream(true).start();
		String output = new String(jcmd.getInputStream().readAllBytes());
		jcmd.waitFor();
		Matcher matcher = HEAP_USED.matcher(output);
		return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024 : -1;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
