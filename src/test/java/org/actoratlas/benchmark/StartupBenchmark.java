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
 * Cold start as a new user meets it: the app on an empty data directory, from process launch to the
 * first answered API request (which needs the schema applied and the Sahel dataset loaded), then the
 * heap in use once started. Measures two launches in alternating runs, so both meet the same machine:
 * the packaged jar ({@code java -jar}, the baseline) and the fast start that {@code mvn -Pfast-start
 * package} leaves in {@code target/atlas/} (the unpacked jar with its class data sharing archive).
 * Prints each figure, the medians and their ratio. Usage:
 * {@code java ... StartupBenchmark target/actor-atlas-*.jar [runs] [target/atlas]}; without the third
 * argument only the packaged jar is measured.
 */
public final class StartupBenchmark {

	private static final Duration GIVE_UP = Duration.ofMinutes(3);

	private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		List<Launch> launches = new ArrayList<>(List.of(new Launch("packaged jar", List.of("-jar", jar.toString()))));
		if (args.length > 2) {
			Path fastStart = Path.of(args[2]);
			// -Xshare:on: an archive the JVM cannot use stops the start instead of going unnoticed.
			launches.add(new Launch("fast start", List.of("-XX:SharedArchiveFile=" + fastStart.resolve("actor-atlas.jsa"), "-Xshare:on",
					"-jar", fastStart.resolve("actor-atlas.jar").toString())));
		}
		for (int run = 1; run <= runs; run++) {
			for (Launch launch : launches) {
				long[] figures = coldStart(launch.javaArguments());
				launch.millis().add(figures[0]);
				launch.heapMiB().add(figures[1]);
				System.out.printf("run %d, %s: first answer after %.1f s, heap in use %d MiB%n", run, launch.name(), figures[0] / 1000.0,
						figures[1]);
			}
		}
		for (Launch launch : launches) {
			System.out.printf("median, %s: first answer after %.1f s, heap in use %d MiB%n", launch.name(),
					median(launch.millis()) / 1000.0, median(launch.heapMiB()));
		}
		if (launches.size() > 1) {
			System.out.printf("fast start / packaged jar: %.2f%n",
					(double) median(launches.get(1).millis()) / median(launches.get(0).millis()));
		}
	}

	private record Launch(String name, List<String> javaArguments, List<Long> millis, List<Long> heapMiB) {

		Launch(String name, List<String> javaArguments) {
			this(name, javaArguments, new ArrayList<>(), new ArrayList<>());
		}

	}

	private static long[] coldStart(List<String> javaArguments) throws Exception {
		Path dataDir = Files.createTempDirectory("atlas-startup");
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(javaArguments);
		command.addAll(List.of("--server.port=" + port, "--atlas.neo4j.bolt-port=0", "--atlas.neo4j.data-dir=" + dataDir));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
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
				if (System.nanoTime() - start > GIVE_UP.toNanos()) {
					throw new IllegalStateException("No answer after " + GIVE_UP.toSeconds() + " s; see " + dataDir + ".log");
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
