package org.actoratlas.gaps;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Pairs are generated from an inverted index (feature to actors) instead of all pairs, rarest
 * features first; features held by more than {@code maxDf} actors do not generate candidates but
 * still add to the score of pairs found through a rarer feature.
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

	private static final long MIX = 0x9E3779B97F4A7C15L;

	private static final long UNMIX = inverse(MIX);

	private GapScoring() {
	}

	/** Every pair sharing a substantive feature, best first; linked or not. */
	static List<ScoredPair> candidates(Collection<Profile> profiles, int maxDf) {
		return candidates(profiles, maxDf, Integer.MAX_VALUE);
	}

	/**
	 * As {@link #candidates(Collection, int)}, but pairs are formed from the rarest features first and
	 * no more pairs are formed once {@code maxPairs} exist, which bounds time and memory when many
	 * actors share mid-frequency features; the pairs kept are scored in full.
	 */
	static Ranked candidates(Collection<Profile> profiles, int maxDf, int maxPairs) {
		List<Profile> actors = profiles.stream().sorted(Comparator.comparing(Profile::actorId)).toList();
		// Features get int ids in their natural order, so each actor's features become a sorted int array.
		TreeSet<Feature> all = new TreeSet<>();
		actors.forEach(p -> all.addAll(p.features()));
		List<Feature> features = new ArrayList<>(all);
		Map<Feature, Integer> featureId = new HashMap<>();
		for (int f = 0; f < features.size(); f++) {
			featureId.put(features.get(f), f);
		}
		int[][] profileOf = new int[actors.size()][];
		for (int i = 0; i < actors.size(); i++) {
			profileOf[i] = actors.get(i).features().stream().mapToInt(featureId::get).toArray();
		}
		return candidates(actors.stream().map(Profile::actorId).toList(), profileOf, features, maxDf, maxPairs);
	}

	/**
	 * As {@link #candidates(Collection, int, int)} on features already numbered: {@code actorIds}
	 * sorted, {@code featuresOf[i]} the sorted ids of actor i's features, ids being indexes into
	 * {@code features} in the features' natural order. df and weights are counted among these actors.
	 */
	static Ranked candidates(List<String> actorIds, int[][] featuresOf, List<Feature> features, int maxDf, int maxPairs) {
		int[] df = new int[features.size()];
		for (int[] profile : featuresOf) {
			for (int f : profile) {
				df[f]++;
			}
		}
		int[][] holders = new int[features.size()][];
		int[] filled = new int[features.size()];
		for (int f = 0; f < features.size(); f++) {
			holders[f] = df[f] >= 2 ? new int[df[f]] : null;
		}
		// A feature only one actor has is never shared: leaving it out makes scoring a pair a merge of shorter arrays.
		int[][] profileOf = new int[featuresOf.length][];
		for (int i = 0; i < featuresOf.length; i++) {
			profileOf[i] = Arrays.stream(featuresOf[i]).filter(f -> df[f] >= 2).toArray();
			for (int f : profileOf[i]) {
				holders[f][filled[f]++] = i;
			}
		}
		double[] weight = new double[features.size()];
		for (int f = 0; f < features.size(); f++) {
			weight[f] = df[f] == 0 ? 0 : weight(features.get(f).kind(), featuresOf.length, df[f]);
		}
		List<Integer> generators = new ArrayList<>();
		for (int f = 0; f < features.size(); f++) {
			if (features.get(f).kind().substantive() && df[f] >= 2 && df[f] <= maxDf) {
				generators.add(f);
			}
		}
		generators.sort(Comparator.comparingInt((Integer f) -> df[f]).thenComparingInt(f -> f));
		// Pairs as two ints in a long: the a < b order of ids is the order of indexes. The long is
		// multiplied by an odd constant (undone below) because Long.hashCode of two small ints collides a lot.
		Set<Long> pairs = new HashSet<>();
		for (int f : generators) {
			int[] h = holders[f];
			for (int i = 0; i < h.length && pairs.size() < maxPairs; i++) {
				for (int j = i + 1; j < h.length && pairs.size() < maxPairs; j++) {
					pairs.add((((long) h[i] << 32) | h[j]) * MIX);
				}
			}
			if (pairs.size() >= maxPairs) {
				break;
			}
		}
		Overlap overlap = new Overlap(profileOf, weight);
		// Only scores are computed for every pair; a pair's shared features are listed when it is read,
		// as callers read just the best few of many thousands.
		int n = pairs.size();
		int[] first = new int[n];
		int[] second = new int[n];
		double[] scores = new double[n];
		int k = 0;
		for (long mixed : pairs) {
			long pair = mixed * UNMIX;
			first[k] = (int) (pair >>> 32);
			second[k] = (int) pair;
			scores[k] = round(overlap.sum(first[k], second[k]));
			k++;
		}
		// RANKING on indexes: actors are sorted by id, so index order is id order.
		Integer[] order = new Integer[n];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (x, y) -> {
			int byScore = Double.compare(scores[y], scores[x]);
			return byScore != 0 ? byScore : first[x] != first[y] ? Integer.compare(first[x], first[y]) : Integer.compare(second[x], second[y]);
		});
		return new Ranked() {

			@Override
			public ScoredPair get(int index) {
				int i = order[index];
				return score(actorIds.get(first[i]), profileOf[first[i]], actorIds.get(second[i]), profileOf[second[i]],
						features, weight);
			}

			@Override
			String a(int index) {
				return actorIds.get(first[order[index]]);
			}

			@Override
			String b(int index) {
				return actorIds.get(second[order[index]]);
			}

			@Override
			public int size() {
				return n;
			}

		};
	}

	/**
	 * Candidate pairs best first, each scored in full only when read; its two actors can be had
	 * without that, to skip the linked ones cheaply.
	 */
	abstract static class Ranked extends AbstractList<ScoredPair> {

		abstract String a(int index);

		abstract String b(int index);

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

	static double weight(FeatureKind kind, int actors, int actorsWithFeature) {
		return kind.weight() * Math.log(1.0 + (double) actors / actorsWithFeature);
	}

	private static ScoredPair score(String a, int[] fa, String b, int[] fb, List<Feature> features, double[] weight) {
		List<Shared> shared = new ArrayList<>();
		// Summed in the merge's order, as sum() and Overlap do, so the pair keeps the score it was ranked by.
		double sum = 0;
		for (int i = 0, j = 0; i < fa.length && j < fb.length;) {
			if (fa[i] < fb[j]) {
				i++;
			}
			else if (fa[i] > fb[j]) {
				j++;
			}
			else {
				shared.add(new Shared(features.get(fa[i]), round(weight[fa[i]])));
				sum += weight[fa[i]];
				i++;
				j++;
			}
		}
		shared.sort(Comparator.comparingDouble(Shared::weight).reversed().thenComparing(Shared::feature));
		return new ScoredPair(a, b, round(sum), List.copyOf(shared));
	}

	private static double sum(int[] fa, int[] fb, double[] weight) {
		double sum = 0;
		// Both arrays are sorted: a merge finds the shared features, always summed in the same order so ties stay ties.
		for (int i = 0, j = 0; i < fa.length && j < fb.length;) {
			if (fa[i] < fb[j]) {
				i++;
			}
			else if (fa[i] > fb[j]) {
				j++;
			}
			else {
				sum += weight[fa[i]];
				i++;
				j++;
			}
		}
		return sum;
	}

	/**
	 * Sums the weights of the features two actors share, in ascending feature order whichever way it
	 * goes (so a pair always gets the same score). Actors with many features (a donor on hundreds of
	 * programmes has thousands) also get a bit set, so that two of them are compared a word at a time
	 * and a short profile against a long one costs the short one's length; a merge of two long arrays
	 * made most of the cost of a request at scale.
	 */
	private static final class Overlap {

		private static final int LONG_PROFILE = 128;

		private final int[][] profileOf;

		private final double[] weight;

		/** A long profile's features as bits, from word {@code base} (its first feature's) to its last feature's. */
		private final long[][] bits;

		private final int[] base;

		Overlap(int[][] profileOf, double[] weight) {
			this.profileOf = profileOf;
			this.weight = weight;
			this.bits = new long[profileOf.length][];
			this.base = new int[profileOf.length];
			for (int i = 0; i < profileOf.length; i++) {
				int[] profile = profileOf[i];
				if (profile.length > LONG_PROFILE) {
					this.base[i] = profile[0] >>> 6;
					this.bits[i] = new long[(profile[profile.length - 1] >>> 6) - this.base[i] + 1];
					for (int f : profile) {
						this.bits[i][(f >>> 6) - this.base[i]] |= 1L << f;
					}
				}
			}
		}

		/** Every path adds the shared features' weights in feature order, so all give the same sum to the last bit. */
		double sum(int a, int b) {
			long[] ba = this.bits[a];
			long[] bb = this.bits[b];
			if (ba != null && bb != null) {
				int[] pa = this.profileOf[a];
				int[] pb = this.profileOf[b];
				int from = Math.max(pa[0], pb[0]) >>> 6;
				int to = Math.min(pa[pa.length - 1], pb[pb.length - 1]) >>> 6;
				// The words both profiles span can be far more than the features of the shorter one, in a
				// graph with hundreds of thousands of features: then testing those features is cheaper.
				if (to - from + 1 > Math.min(pa.length, pb.length)) {
					return pa.length <= pb.length ? sumIn(b, pa) : sumIn(a, pb);
				}
				double sum = 0;
				int offsetA = this.base[a];
				int offsetB = this.base[b];
				for (int w = from; w <= to; w++) {
					long both = ba[w - offsetA] & bb[w - offsetB];
					while (both != 0) {
						sum += this.weight[(w << 6) + Long.numberOfTrailingZeros(both)];
						both &= both - 1;
					}
				}
				return sum;
			}
			if (ba != null || bb != null) {
				return ba != null ? sumIn(a, this.profileOf[b]) : sumIn(b, this.profileOf[a]);
			}
			return GapScoring.sum(this.profileOf[a], this.profileOf[b], this.weight);
		}

		/** The weights of the features of {@code profile} that long profile {@code actor} has too. */
		private double sumIn(int actor, int[] profile) {
			long[] set = this.bits[actor];
			int offset = this.base[actor];
			double sum = 0;
			for (int f : profile) {
				int word = (f >>> 6) - offset;
				if (word >= 0 && word < set.length && (set[word] & (1L << f)) != 0) {
					sum += this.weight[f];
				}
			}
			return sum;
		}

	}

	/** The multiplicative inverse of an odd number modulo 2^64 (Newton's iteration). */
	private static long inverse(long odd) {
		long x = odd;
		for (int i = 0; i < 5; i++) {
			x *= 2 - odd * x;
		}
		return x;
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
