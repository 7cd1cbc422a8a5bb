package org.actoratlas.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.actoratlas.system.SecurityProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Failed logins in a sliding window, per username and per client address, kept in memory: after too
 * many, further attempts are refused (429) until the oldest failure leaves the window. A restart forgets
 * them, which is acceptable for slowing down password guessing on a single server.
 */
@Component
class LoginAttempts {

	private static final int MAX_KEYS = 100_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final int perUser;

	private final int perAddress;

	private final Duration window;

	private final Clock clock;

	@Autowired
	LoginAttempts(SecurityProperties settings) {
		this(settings.loginFailuresPerUser(), settings.loginFailuresPerAddress(), settings.loginWindow(), Clock.systemUTC());
	}

	LoginAttempts(int perUser, int perAddress, Duration window, Clock clock) {
		this.perUser = perUser;
		this.perAddress = perAddress;
		this.window = window;
		this.clock = clock;
	}

	/** How long the caller must wait, or empty when a login may be tried now. */
	Optional<Duration> blockedFor(String username, String address) {
		Instant now = this.clock.instant();
		Optional<Duration> user = wait(userKey(username), this.perUser, now);
		Optional<Duration> ip = wait(addressKey(address), this.perAddress, now);
		if (user.isPresent() && ip.isPresent()) {
			return Optional.of(user.get().compareTo(ip.get()) > 0 ? user.get() : ip.get());
		}
		return user.isPresent() ? user : ip;
	}

	void failed(String username, String address) {
		Instant now = this.clock.instant();
		if (this.failures.size() > MAX_KEYS) {
			this.failures.keySet().removeIf(key -> wait(key, Integer.MAX_VALUE, now).isEmpty() && recent(key, now) == 0);
		}
		add(userKey(username), now);
		add(addressKey(address), now);
	}

	/** A correct password clears the username's failures; the address keeps its count. */
	void succeeded(String username) {
		this.failures.remove(userKey(username));
	}

	void reset() {
		this.failures.clear();
	}

	private void add(String key, Instant now) {
		Deque<Instant> times = this.failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(now);
		}
	}

	private Optional<Duration> wait(String key, int limit, Instant now) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return Optional.empty();
		}
		synchronized (times) {
			prune(times, now);
			if (times.size() < limit) {
				return Optional.empty();
			}
			Duration left = Duration.between(now, times.peekFirst().plus(this.window));
			return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
		}
	}

	private int recent(String key, Instant now) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			prune(times, now);
			return times.size();
		}
	}

	private void prune(Deque<Instant> times, Instant now) {
		Instant oldest = now.minus(this.window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
			times.removeFirst();
		}
	}

	private static String userKey(String username) {
		return "user:" + String.valueOf(username).strip().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
