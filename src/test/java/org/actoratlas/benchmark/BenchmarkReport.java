package org.actoratlas.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark's figures, each beside its baseline, as JSON and as the markdown table in docs/benchmarks.md. */
final class BenchmarkReport {

	record Row(String measure, Latency.Percentiles ours, Latency.Percentiles baseline, String baselineQuery) {

		Double p95Ratio() {
			return this.baseline == null || this.baseline.samples() == 0 ? null : this.baseline.p95() / this.ours.p95();
		}

	}

	final String size;

	final long fileBytes;

	final List<Row> rows = new ArrayList<>();

	Map<String, Object> importFigures;

	long storeMiB;

	BenchmarkReport(String size, long fileBytes) {
		this.size = size;
		this.fileBytes = fileBytes;
	}

	void importFigures(long relationships, double seconds, long peakHeapMiB, long maxHeapMiB, long baselineRelationships,
			double baselineSeconds, int baselineActivities) {
		double rate = relationships / seconds;
		double baselineRate = baselineRelationships / baselineSeconds;
		this.importFigures = WholeProductBenchmark.ordered("relationships", relationships, "seconds", round(seconds),
				"relationshipsPerSecond", Math.round(rate), "peakHeapMiB", peakHeapMiB, "maxHeapMiB", maxHeapMiB,
				"baselineActivities", baselineActivities, "baselineRelationships", baselineRelationships,
				"baselineRelationshipsPerSecond", Math.round(baselineRate), "ratio", round(rate / baselineRate));
	}

	void add(String measure, Latency.Percentiles ours, Latency.Percentiles baseline, String baselineQuery) {
		this.rows.add(new Row(measure, ours, baseline, baselineQuery));
	}

	void write(Path out) throws Exception {
		Map<String, Object> json = WholeProductBenchmark.ordered("size", this.size, "ranAt", OffsetDateTime.now().toString(),
				"machine", machine(), "fileMiB", this.fileBytes >> 20, "import", this.importFigures, "storeMiB", this.storeMiB,
				"queries", this.rows);
		JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
			.writeValue(out.resolve("benchmark-" + this.size + ".json").toFile(), json);
		String markdown = markdown();
		Files.writeString(out.resolve("benchmark-" + this.size + ".md"), markdown);
		System.out.println(markdown);
	}

	private String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("Size ").append(this.size).append(", ").append(machine()).append(", ").append(OffsetDateTime.now().toLocalDate())
			.append("\n\n");
		Map<String, Object> i = this.importFigures;
		md.append("| import | figure | baseline (repository saves, first ").append(i.get("baselineActivities"))
			.append(" activities) | ratio |\n|---|---|---|---|\n");
		md.append("| rate | ").append(i.get("relationshipsPerSecond")).append(" relationships/s (").append(i.get("relationships"))
			.append(" in ").append(i.get("seconds")).append(" s) | ").append(i.get("baselineRelationshipsPerSecond"))
			.append(" relationships/s | ").append(i.get("ratio")).append("x |\n");
		md.append("| peak heap | ").append(i.get("peakHeapMiB")).append(" MiB used (max heap ").append(i.get("maxHeapMiB"))
			.append(" MiB) | | |\n");
		md.append("| store on disk | ").append(this.storeMiB).append(" MiB | | |\n\n");
		md.append("| query | p50 ms | p95 ms | p99 ms | n | baseline p95 ms | p95 ratio | baseline |\n|---|---|---|---|---|---|---|---|\n");
		for (Row row : this.rows) {
			md.append("| ").append(row.measure()).append(" | ").append(fmt(row.ours().p50())).append(" | ").append(fmt(row.ours().p95()))
				.append(" | ").append(fmt(row.ours().p99())).append(" | ").append(row.ours().samples())
				.append(row.ours().failures() > 0 ? " (" + row.ours().failures() + " failed)" : "").append(" | ")
				.append(row.baseline() == null ? "—" : fmt(row.baseline().p95())
						+ (row.baseline().failures() > 0 ? " (" + row.baseline().failures() + " timed out at " + WholeProductBenchmark.BASELINE_TIMEOUT.toSeconds() + " s)" : ""))
				.append(" | ").append(row.p95Ratio() == null ? "—" : fmt(row.p95Ratio()) + "x").append(" | `")
				.append(row.baselineQuery().replace("|", "\\|")).append("` |\n");
		}
		return md.toString();
	}

	private static String machine() {
		return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ", max heap "
				+ HeapSampler.maxHeapMiB() + " MiB";
	}

	private static String fmt(double value) {
		return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
