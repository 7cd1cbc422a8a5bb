package org.actoratlas.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginAttemptsTest {

	private final MutableClock clock = new MutableClock();

	private final LoginAttempts attempts = new LoginAttempts(5, 20, Duration.ofMinutes(5), this.clock);

	@Test
	void blocksAUsernameAfterFiveFailuresUntilTheOldestLeavesTheWindow() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.attempts.blockedFor("alice", "10.0.0." + i)).isEmpty();
			this.attempts.failed("alice", "10.0.0." + i);
			this.clock.advance(Duration.ofSeconds(10));
		}
		assertThat(this.attempts.blockedFor("Alice ", "10.9.9.9")).contains(Duration.ofSeconds(300 - 50));
		assertThat(this.attempts.blockedFor("bob", "10.9.9.9")).isEmpty();
		this.clock.advance(Duration.ofSeconds(250));
		assertThat(this.attempts.blockedFor("alice", "10.9.9.9")).isEmpty();
	}

	@Test
	void blocksAnAddressTryingManyUsernames() {
		for (int i = 0; i < 20; i++) {
			this.attempts.failed("user" + i, "10.0.0.1");
		}
		assertThat(this.attempts.blockedFor("someone-new", "10.0.0.1")).isPresent();
		assertThat(this.attempts.blockedFor("someone-new", "10.0.0.2")).isEmpty();
	}

	@Test
	void aCorrectPasswordClearsTheUsernamesFailuresButNotTheAddresses() {
		for (int i = 0; i < 4; i++) {
			this.attempts.failed("carol", "10.0.0.1");
		}
		this.attempts.succeeded("carol");
		this.attempts.failed("carol", "10.0.0.1");
		assertThat(this.attempts.blockedFor("carol", "10.0.0.3")).isEmpty();
		for (int i = 0; i < 15; i++) {
			this.attempts.failed("dave" + i, "10.0.0.1");
		}
		assertThat(this.attempts.blockedFor("carol", "10.0.0.1")).isPresent();
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
