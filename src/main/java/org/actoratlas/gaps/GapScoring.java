package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * The overlap score of two actors, a pure function of their feature sets (see docs/gaps.md):
 * {@code score = sum over shared features f of weight(kind f) * ln(1 + N / df(f))}, N actors in the
 * universe, df(f) of them having f, so a rare theme counts more than the country everyone shares.
 * Pairs are generated from an inverted index (feature to actors) instead of all pairs; features
 * held by more than {@code maxDf} actors do not generate candidates but still add to the score of
 * pairs found through a rarer feature.
 */
final class GapScoring {

	/**
	 * Identity of a feature is kind and id; {@code name} and {@code place} (where a theme is worked
	 * on) are carried for explanations.
	 */
	record Feature(FeatureKind kind, String id, String name, String place) implements Comparable<Feature> {

		Feature(FeatureKind kind, String id, String name) {
			this(kind, id, name, null);
		}

		@Override
		public int compareTo(Feature other) {
			int byKind = this.kind.compareTo(other.kind);
			return byKind != 0 ? byKind : this.id.compareTo(other.id);
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Feature f && f.kind == this.kind && f.id.equals(this.id);
		}

		@Override
		public int hashCode() {
			return this.kind.hashCode() * 31 + this.id.hashCode();
		}

	}

	record Profile(String actorId, SortedSet<Feature> features) {

		static Profile of(String actorId, Collection<Feature> features) {
			return new Profile(actorId, new TreeSet<>(features));
		}

	}

	record Shared(Feature feature, double weight) {
	}

	/** {@code a < b} by id. */
	record ScoredPair(String a, String b, double score, List<Shared> shared) {
	}

	static final Comparator<ScoredPair> RANKING = Comparator.comparingDouble(ScoredPair::score).reversed()
		.thenComparing(ScoredPair::a)
		.thenComparing(ScoredPair::b);

	private GapScoring() {
	}

	/** Every pair sharing a substantive feature, best first; linked or not. */
	static List<ScoredPair> candidates(Collection<Profile> profiles, int maxDf) {
		List<Profile> actors = profiles.stream().sorted(Comparator.comparing(Profile::actorId)).toList();
		Map<Feature, List<Integer>> index = new HashMap<>();
		for (int i = 0; i < actors.size(); i++) {
			for (Feature f : actors.get(i).features()) {
				index.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
			}
		}
		// Pairs as two ints in a long: the a < b order of ids is the order of indexes.
		Set<Long> pairs = new HashSet<>();
		index.forEach((feature, holders) -> {
			if (!feature.kind().substantive() || holders.size() < 2 || holders.size() > maxDf) {
				return;
			}
			for (int i = 0; i < holders.size(); i++) {
				for (int j = i + 1; j < holders.size(); j++) {
					pairs.add(((long) holders.get(i) << 32) | holders.get(j));
				}
			}
		});
		Map<Feature, Double> weights = new HashMap<>();
		index.forEach((f, holders) -> weights.put(f, weight(f.kind(), actors.size(), holders.size())));
		List<ScoredPair> scored = new ArrayList<>(pairs.size());
		for (long pair : pairs) {
			scored.add(score(actors.get((int) (pair >>> 32)), actors.get((int) pair), weights));
		}
		scored.sort(RANKING);
		return scored;
	}

	/**
	 * The best {@code limit} pairs that are not linked, with each actor in at most {@code perActor}
	 * of them (0: no cap) so that one actor with many overlaps does not fill the list.
	 */
	static List<ScoredPair> rank(Collection<Profile> profiles, BiPredicate<String, String> linked, int limit, int maxDf,
			int perActor) {
		PerActorCap cap = new PerActorCap(perActor);
		return candidates(profiles, maxDf).stream()
			.filter(p -> !linked.test(p.a(), p.b()))
			.filter(cap::admit)
			.limit(limit)
			.toList();
	}

	/** Admits pairs in ranking order while neither actor has been admitted {@code perActor} times. */
	static final class PerActorCap {

		private final int perActor;

		private final Map<String, Integer> seen = new HashMap<>();

		PerActorCap(int perActor) {
			this.perActor = perActor;
		}

		boolean admit(ScoredPair pair) {
			if (this.perActor > 0 && (this.seen.getOrDefault(pair.a(), 0) >= this.perActor
					|| this.seen.getOrDefault(pair.b(), 0) >= this.perActor)) {
				return false;
			}
			this.seen.merge(pair.a(), 1, Integer::sum);
			this.seen.merge(pair.b(), 1, Integer::sum);
			return true;
		}

	}

	static double weight(FeatureKind kind, int actors, int actorsWithFeature) {
		return kind.weight() * Math.log(1.0 + (double) actors / actorsWithFeature);
	}

	private static ScoredPair score(Profile a, Profile b, Map<Feature, Double> weights) {
		List<Shared> shared = new ArrayList<>();
		double sum = 0;
		// Both sets are sorted, so the sum is taken in the same order every time and ties stay ties.
		for (Feature f : a.features()) {
			if (b.features().contains(f)) {
				double w = weights.get(f);
				shared.add(new Shared(f, round(w)));
				sum += w;
			}
		}
		shared.sort(Comparator.comparingDouble(Shared::weight).reversed().thenComparing(Shared::feature));
		return new ScoredPair(a.actorId(), b.actorId(), round(sum), List.copyOf(shared));
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
