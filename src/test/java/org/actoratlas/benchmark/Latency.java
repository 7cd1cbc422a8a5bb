package org.actoratlas.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Times a call over many inputs and reports percentiles in milliseconds. */
final class Latency {

	record Percentiles(int samples, double p50, double p95, double p99, int failures) {
	}

	private Latency() {
	}

	/** Runs each input once to warm up, then again measured; a failed call counts as a failure, not a time. */
	static <T> Percentiles measure(List<T> inputs, ThrowingFunction<T> call) {
		int warmup = Math.min(5, inputs.size());
		for (int i = 0; i < warmup; i++) {
			try {
				call.apply(inputs.get(i));
			}
			catch (Exception ignored) {
				// warm-up only
			}
		}
		List<Double> millis = new ArrayList<>();
		int failures = 0;
		for (T input : inputs) {
			long start = System.nanoTime();
			try {
				call.apply(input);
				millis.add((System.nanoTime() - start) / 1e6);
			}
			catch (Exception ex) {
				failures++;
			}
		}
		return of(millis, failures);
	}

	static Percentiles of(List<Double> millis, int failures) {
		List<Double> sorted = millis.stream().sorted().toList();
		return new Percentiles(sorted.size(), at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), failures);
	}

	static double time(Callable<?> call) throws Exception {
		long start = System.nanoTime();
		call.call();
		return (System.nanoTime() - start) / 1e6;
	}

	private static double at(List<Double> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	@FunctionalInterface
	interface ThrowingFunction<T> {

		void apply(T input) throws Exception;

	}

}
