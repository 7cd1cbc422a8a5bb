package org.actoratlas.gaps;

import java.time.Clock;
import java.time.Duration;

/**
 * An index derived from the whole graph: built on first use after the graph changed
 * ({@link GraphStamp}), or by {@link GapIndexWarmer} after an import, and kept until the graph
 * changes again or it is ten minutes old.
 */
abstract class GraphIndex<T> {

	private final StampedCache<String, T> cache;

	GraphIndex(GraphStamp stamp) {
		this.cache = new StampedCache<>(stamp, Duration.ofMinutes(10), Clock.systemUTC());
	}

	T current() {
		return this.cache.get("", key -> build());
	}

	/** Whether an index of the graph as it is now is built. */
	boolean isCurrent() {
		return this.cache.isCurrent("");
	}

	abstract T build();

}
