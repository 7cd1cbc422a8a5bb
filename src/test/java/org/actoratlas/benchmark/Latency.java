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

	/** At least this many warm-up calls, and for at least {@link #WARM_UP_NANOS}, so that the JIT has compiled the path measured. */
	private static final int MIN_WARM_UP_CALLS = 5;

	private static final long WARM_UP_NANOS = 3_000_000_000L;

	private static final int MAX_WARM_UP_CALLS = 200;

	/**
	 * Warms up by cycling through the inputs (at least five calls and three seconds: a fast query
	 * needs many calls before the JIT has compiled it, a slow one a few), then runs each input once,
	 * measured; a failed call counts as a failure, not a time.
	 */
	static <T> Percentiles measure(List<T> inputs, ThrowingFunction<T> call) {
		long warmUntil = System.nanoTime() + WARM_UP_NANOS;
		for (int i = 0; !inputs.isEmpty() && (i < Math.min(MIN_WARM_UP_CALLS, inputs.size())
				|| (System.nanoTime() < warmUntil && i < MAX_WARM_UP_CALLS)); i++) {
			try {
				call.apply(inputs.get(i % inputs.size()));
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
