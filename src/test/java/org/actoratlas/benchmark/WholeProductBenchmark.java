package org.actoratlas.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.actoratlas.AtlasApplication;
import org.actoratlas.benchmark.baseline.BaselineActivityRepository;
import org.actoratlas.benchmark.baseline.BaselineImport;
import org.actoratlas.importing.ImportReport;
import org.actoratlas.importing.Importer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One command that measures the whole product at a chosen size (docs/benchmarks.md): generates an
 * IATI world, imports it through the real importer (rate and peak heap), then times every API the
 * UI uses over many random inputs, each beside the naive way measured in the same run, and writes
 * a JSON file and a markdown table to {@code target/benchmark/}.
 */
public final class WholeProductBenchmark {

	private static final String[][] BASELINES = {
			{ "search", "MATCH (n:Node) WHERE toLower(n.name) CONTAINS toLower($q) RETURN n.id LIMIT 10" },
			{ "node details", "MATCH (n {id: $q})-[r]-(m) RETURN n, r, m" },
			{ "neighbourhood, depth 2", "MATCH (n:Node {id: $q})-[*1..2]-(m) RETURN DISTINCT m.id" },
			{ "funding upstream, depth 6", "MATCH p = (:Node)-[:FUNDS*1..6]->(:Node {id: $q}) RETURN p" },
			{ "funding downstream, depth 6", "MATCH p = (:Node {id: $q})-[:FUNDS*1..6]->(:Node) RETURN p" },
			{ "funding flows for a country", "MATCH p = (:Donor)-[:FUNDS*1..4]->(:Programme)-[:ACTIVE_IN]->(:Country {id: $q}) RETURN p" },
			{ "unconnected pairs for a country", """
					MATCH (a:Organisation), (b:Organisation)
					WHERE a.id < b.id
					  AND EXISTS { (a)-->(:Programme)-[:ACTIVE_IN]->(:Country {id: $q}) }
					  AND EXISTS { (b)-->(:Programme)-[:ACTIVE_IN]->(:Country {id: $q}) }
					  AND NOT EXISTS { (a)--(b) }
					WITH a, b, COUNT { (a)-->(:Programme)-[:ADDRESSES]->(:Theme)<-[:ADDRESSES]-(:Programme)<--(b) } AS shared
					WHERE shared > 0
					RETURN a.id, b.id, shared ORDER BY shared DESC LIMIT 20""" },
			{ "coverage matrix", """
					MATCH (c:Country)<-[:ACTIVE_IN]-(p:Programme)-[:ADDRESSES]->(t:Theme)
					OPTIONAL MATCH (o:Organisation)-[:IMPLEMENTS|FUNDS]->(p)
					RETURN c.id, t.id, count(DISTINCT p), count(DISTINCT o)""" } };

	static final Duration BASELINE_TIMEOUT = Duration.ofSeconds(15);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Random random = new Random(7);

	private String baseUrl;

	public static void main(String[] args) throws Exception {
		IatiWorldGenerator.Size size = IatiWorldGenerator.Size.valueOf((args.length > 0 ? args[0] : "S").toUpperCase(Locale.ROOT));
		Path out = Path.of(args.length > 1 ? args[1] : "target/benchmark");
		new WholeProductBenchmark().run(size, out);
		System.exit(0);
	}

	private void run(IatiWorldGenerator.Size size, Path out) throws Exception {
		Files.createDirectories(out);
		Path work = Files.createTempDirectory("atlas-benchmark");
		Path dataDir = work.resolve("neo4j");
		Path file = work.resolve("iati-world-" + size + ".xml");
		IatiWorldGenerator.write(size, 2026L, file);
		BenchmarkReport report = new BenchmarkReport(size.name(), Files.size(file));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AtlasApplication.class).run("--server.port=0",
				"--atlas.neo4j.bolt-port=0", "--atlas.neo4j.data-dir=" + dataDir, "--logging.level.root=WARN")) {
			this.baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			Driver driver = app.getBean(Driver.class);
			importing(app, driver, file, size, report);
			queries(driver, report);
			report.storeMiB = directorySize(dataDir) >> 20;
		}
		report.write(out);
	}

	private void importing(ConfigurableApplicationContext app, Driver driver, Path file, IatiWorldGenerator.Size size,
			BenchmarkReport report) throws Exception {
		var baseline = BaselineImport.run(file, Math.min(size.activities, 400), app.getBean(BaselineActivityRepository.class));
		try (var session = driver.session()) {
			session.run("MATCH (n) WHERE n:BaselineActivity OR n:BaselineThing CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
				.consume();
		}
		long before = count(driver, "MATCH (:Node)-[r]->(:Node) RETURN count(r)");
		ImportReport imported;
		double seconds;
		long peak;
		try (HeapSampler heap = new HeapSampler()) {
			long start = System.nanoTime();
			imported = app.getBean(Importer.class).importFile(file, file.getFileName().toString(), (fraction, phase) -> {
			});
			seconds = (System.nanoTime() - start) / 1e9;
			peak = heap.peakMiB();
		}
		if (!imported.succeeded()) {
			throw new IllegalStateException("The import failed: " + imported);
		}
		long relationships = count(driver, "MATCH (:Node)-[r]->(:Node) RETURN count(r)") - before;
		report.importFigures(relationships, seconds, peak, HeapSampler.maxHeapMiB(), baseline.relationships(), baseline.seconds(),
				baseline.activities());
	}

	private void queries(Driver driver, BenchmarkReport report) throws Exception {
		int many = 200;
		List<String> words = strings(driver, "MATCH (o:Organisation) WITH o ORDER BY rand() LIMIT $n RETURN o.name", many).stream()
			.map(this::typed).toList();
		List<String> nodes = strings(driver, "MATCH (n:Node) WITH n ORDER BY rand() LIMIT $n RETURN n.id", many);
		List<String> actors = strings(driver, "MATCH (n:Organisation|Programme) WITH n ORDER BY rand() LIMIT $n RETURN n.id", 100);
		List<String> funded = strings(driver, "MATCH (p:Programme) WHERE EXISTS { ()-[:FUNDS]->(p) } WITH p ORDER BY rand() LIMIT $n RETURN p.id", 100);
		List<String> donors = strings(driver, "MATCH (d:Donor) WITH d ORDER BY rand() LIMIT $n RETURN d.id", 100);
		List<String> countries = strings(driver, "MATCH (c:Country) WHERE EXISTS { (c)<-[:ACTIVE_IN]-() } WITH c ORDER BY rand() LIMIT $n RETURN c.id", 20);
		measure(report, driver, 0, words, q -> "/api/search?q=" + encode(q));
		measure(report, driver, 1, nodes, q -> "/api/nodes/" + encode(q));
		measure(report, driver, 2, actors, q -> "/api/graph/neighbourhood?depth=2&id=" + encode(q));
		// The funding views walk an index of the money links built on the first call after a change.
		report.add("funding upstream, first call after the import (builds the funding index)", Latency.of(List.of(Latency.time(() -> {
			get("/api/funding/upstream/" + funded.get(funded.size() - 1) + "?maxDepth=6");
			return null;
		})), 0), null, "");
		measure(report, driver, 3, funded, q -> "/api/funding/upstream/" + q + "?maxDepth=6");
		measure(report, driver, 4, donors, q -> "/api/funding/downstream/" + q + "?maxDepth=6");
		measure(report, driver, 5, countries, q -> "/api/funding/flows?country=" + encode(q));
		// The gap analyses read indexes built from the whole graph on their first call after a change:
		// that call is timed on its own, the later ones (other countries, other filters) below.
		String firstCountry = countries.get(countries.size() - 1);
		report.add("unconnected pairs, first call after the import (builds the feature index)",
				Latency.of(List.of(Latency.time(() -> {
			get("/api/gaps/unconnected?country=" + encode(firstCountry));
			return null;
		})), 0), null, "");
		report.add("coverage matrix, first call after the import (builds the coverage index)",
				Latency.of(List.of(Latency.time(() -> {
			get("/api/gaps/coverage?countries=" + encode(firstCountry));
			return null;
		})), 0), null, "");
		measure(report, driver, 6, countries, q -> "/api/gaps/unconnected?country=" + encode(q));
		measure(report, driver, 7, countries.subList(0, Math.min(10, countries.size())), q -> "/api/gaps/coverage");
		report.add("brokers", Latency.measure(countries.subList(0, Math.min(5, countries.size())), q -> get("/api/gaps/brokers?country=" + encode(q))),
				null, "exact betweenness is the naive way; see docs/gaps.md");
		report.add("isolates", Latency.measure(countries.subList(0, Math.min(10, countries.size())), q -> get("/api/gaps/isolates?country=" + encode(q))),
				null, "");
	}

	private void measure(BenchmarkReport report, Driver driver, int baseline, List<String> inputs,
			java.util.function.Function<String, String> path) {
		var ours = Latency.measure(inputs, q -> get(path.apply(q)));
		// The naive query can run for minutes at scale: a few samples with a timeout say enough, and keep
		// the whole run at size L within the 20 minutes the scale issue allows.
		List<String> baselineInputs = inputs.subList(0, Math.min(inputs.size(), baseline >= 3 ? 6 : 50));
		var theirs = Latency.measure(baselineInputs, q -> {
			try (var session = driver.session()) {
				session.run(BASELINES[baseline][1], Map.of("q", q), TransactionConfig.builder().withTimeout(BASELINE_TIMEOUT).build())
					.consume();
			}
		});
		report.add(BASELINES[baseline][0], ours, theirs, BASELINES[baseline][1].lines().findFirst().orElse(""));
	}

	private void get(String path) throws Exception {
		HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
	}

	/** What a user types: the first word or two of a name, sometimes with a typo. */
	private String typed(String name) {
		String[] words = name.split("\\s+");
		String typed = words.length > 1 && this.random.nextBoolean() ? words[0] + " " + words[1] : words[words.length - 1];
		if (typed.length() > 5 && this.random.nextInt(3) == 0) {
			int at = 1 + this.random.nextInt(typed.length() - 2);
			typed = typed.substring(0, at) + typed.substring(at + 1);
		}
		return typed;
	}

	private static List<String> strings(Driver driver, String cypher, int n) {
		return driver.executableQuery(cypher).withParameters(Map.of("n", n)).execute().records().stream()
			.map(record -> record.get(0).asString())
			.toList();
	}

	private static long count(Driver driver, String cypher) {
		return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static long directorySize(Path dir) throws Exception {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
		}
	}

	static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}


}
