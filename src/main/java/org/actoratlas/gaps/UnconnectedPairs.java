package org.actoratlas.gaps;

import java.util.List;

/**
 * Pairs of actors whose work overlaps and who have no recorded link, best first.
 *
 * @param actorsConsidered how many actors matched the filters (N in the score)
 * @param candidatePairs how many pairs share a substantive feature held by at most
 * {@code maxActorsPerFeature} actors, linked or not
 * @param candidatesCapped whether candidates stopped at the budget (rarest features first), so a pair
 * sharing only commoner features may be missing
 * @param perActor the most pairs one actor appears in (0: no cap)
 * @param scoring the formula, for people reading the response
 */
record UnconnectedPairs(String kind, String country, String theme, int actorsConsidered, int candidatePairs,
		boolean candidatesCapped, int maxActorsPerFeature, int perActor, String scoring, List<Pair> pairs) {

	/** {@code a.id < b.id}. */
	record Pair(Actor a, Actor b, double score, String explanation, Evidence evidence) {
	}

	/**
	 * @param shared what both have, heaviest first, at most the first twelve (as the explanation)
	 * @param sharedTotal how many features they share in all, all of them in the score
	 * @param sourceIds the sources stating the facts behind the shared features shown
	 */
	record Evidence(List<SharedFeature> shared, int sharedTotal, List<String> sourceIds) {
	}

	/**
	 * @param kind {@code theme} (id {@code <theme id>@<place id>}, in {@code place}), {@code theme-anywhere},
	 * {@code country}, {@code region}, {@code donor}, {@code grantee},
	 * {@code partner}, {@code network} or {@code programme-type}
	 * @param weight this feature's part of the score
	 * @param viaA the programmes or events that give actor a this feature (empty when it is a direct link)
	 */
	record SharedFeature(String kind, String id, String name, String place, double weight, List<Ref> viaA, List<Ref> viaB) {
	}

	record Ref(String id, String name) {
	}

}
