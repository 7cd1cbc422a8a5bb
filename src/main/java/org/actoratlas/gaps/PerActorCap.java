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
		if (this.perActor > 0 && (this.seen.getOrDefault(pair.a(), 0) >= this.perActor
				|| this.seen.getOrDefault(pair.b(), 0) >= this.perActor)) {
			return false;
		}
		this.seen.merge(pair.a(), 1, Integer::sum);
		this.seen.merge(pair.b(), 1, Integer::sum);
		return true;
	}

}
