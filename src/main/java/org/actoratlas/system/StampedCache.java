package org.actoratlas.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values derived from the whole graph (indexes for the gap and funding analyses), kept while the
 * {@link GraphStamp} is unchanged and they are younger than a maximum age, which bounds how long a
 * change that keeps the counts could go unseen. One load per key at a time: a second request for a
 * key being loaded waits for it instead of loading it again.
 */
public final class StampedCache<K, V> {

	private record Entry<V>(String stamp, Instant at, V value) {
	}

	private final GraphStamp stamp;

	private final Duration maxAge;

	private final Clock clock;

	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

	private final Map<K, Object> locks = new ConcurrentHashMap<>();

	public StampedCache(GraphStamp stamp, Duration maxAge, Clock clock) {
		this.stamp = stamp;
		this.maxAge = maxAge;
		this.clock = clock;
	}

	/** Whether {@code key} holds a value for the graph as it is now (without loading it). */
	public boolean isCurrent(K key) {
		return fresh(this.entries.get(key), this.stamp.current(), this.clock.instant());
	}

	public V get(K key, Function<K, V> load) {
		synchronized (this.locks.computeIfAbsent(key, k -> new Object())) {
			String current = this.stamp.current();
			Instant now = this.clock.instant();
			Entry<V> entry = this.entries.get(key);
			if (fresh(entry, current, now)) {
				return entry.value();
			}
			// The old value is dropped first: at scale two indexes would not fit in the heap side by side.
			this.entries.remove(key);
			V value = load.apply(key);
			this.entries.put(key, new Entry<>(current, now, value));
			return value;
		}
	}

	private boolean fresh(Entry<V> entry, String current, Instant now) {
		return entry != null && entry.stamp().equals(current) && entry.at().plus(this.maxAge).isAfter(now);
	}

}
