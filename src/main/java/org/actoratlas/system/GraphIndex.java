package org.actoratlas.system;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An index derived from the whole graph: built on first use after the graph changed
 * ({@link GraphStamp}), or by the feature that owns it when it knows the graph changed (after an
 * import), and kept until the graph changes again or it is ten minutes old.
 */
public abstract class GraphIndex<T> {

	private static final Logger log = LoggerFactory.getLogger(GraphIndex.class);

	private final StampedCache<String, T> cache;

	protected GraphIndex(GraphStamp stamp) {
		this.cache = new StampedCache<>(stamp, Duration.ofMinutes(10), Clock.systemUTC());
	}

	public T current() {
		return this.cache.get("", key -> {
			long start = System.nanoTime();
			T index = build();
			log.info("{}: {}, built in {} ms", getClass().getSimpleName(), summary(index), (System.nanoTime() - start) / 1_000_000);
			return index;
		});
	}

	/** Whether an index of the graph as it is now is built. */
	public boolean isCurrent() {
		return this.cache.isCurrent("");
	}

	protected abstract T build();

	/** What the log says of a new index: its size, e.g. "1,200 organisations, 40 features". */
	protected abstract String summary(T index);

}
