package org.actoratlas.gaps;

import java.util.HashMap;
import java.util.Map;

/** Admits pairs in ranking order while neither actor has been admitted {@code perActor} times. */
final class PerActorCap {

	private final int perActor;

	private final Map<String, Integer> seen = new HashMap<>();

	PerActorCap(int perActor) {
		this.perActor = perActor;
	}

	boolean admit(GapScoring.ScoredPair pair) {
		return admits(pair.a(), pair.b());
	}

	boolean admits(String a, String b) {
		if (this.perActor > 0 && (this.seen.getOrDefault(a, 0) >= this.perActor || this.seen.getOrDefault(b, 0) >= this.perActor)) {
			return false;
		}
		this.seen.merge(a, 1, Integer::sum);
		this.seen.merge(b, 1, Integer::sum);
		return true;
	}

}
