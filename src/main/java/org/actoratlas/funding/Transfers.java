package org.actoratlas.funding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts the money on funding relationships once. Between one giver and one receiver, when both
 * report the same kind of flow (the giver's activity its disbursement, the receiver's activity its
 * incoming funds), the giver's report is counted and the receiver's is kept only as a source: the
 * giver's books are where the money left, and it names the receiver activity it paid. Relationships
 * that share a transaction {@code key} (one transaction stored from the provider organisation and from
 * the provider activity) count once.
 */
final class Transfers {

	private Transfers() {
	}

	/** The relationships between one giver and one receiver whose amounts count. */
	static List<Rel> counted(Collection<Rel> pair) {
		return resolve(pair).counted();
	}

	/** Whether the pair's flow was reported by both sides, so one side was left out. */
	static boolean doubleReported(Collection<Rel> pair) {
		return !resolve(pair).dropped().isEmpty();
	}

	/** Keys of the transactions left out of a pair because the giver reported them too. */
	static Set<String> droppedKeys(Collection<Rel> pair) {
		Set<String> keys = new HashSet<>();
		resolve(pair).dropped().stream().map(Rel::key).filter(Objects::nonNull).forEach(keys::add);
		return keys;
	}

	/** Sums per measure and currency, in a stable order. */
	static List<Amount> sum(Collection<Rel> rels) {
		Map<List<String>, Double> sums = new LinkedHashMap<>();
		rels.stream()
			.filter(rel -> rel.amount() != null)
			.sorted(java.util.Comparator.comparing(Rel::measure).thenComparing(rel -> Objects.toString(rel.currency(), "")))
			.forEach(rel -> sums.merge(java.util.Arrays.asList(rel.measure(), rel.currency()), rel.amount(), Double::sum));
		return sums.entrySet().stream().map(e -> new Amount(e.getKey().get(0), e.getKey().get(1), round(e.getValue()))).toList();
	}

	/**
	 * The total of several pairs (for example everyone who funds one node directly): a transaction
	 * left out in one pair as double-reported is left out everywhere, and a key counts once.
	 */
	static List<Amount> total(Collection<? extends Collection<Rel>> pairs) {
		List<Rel> counted = new ArrayList<>();
		Set<String> droppedKeys = new HashSet<>();
		for (Collection<Rel> pair : pairs) {
			Resolution resolution = resolve(pair);
			counted.addAll(resolution.counted());
			resolution.dropped().stream().map(Rel::key).filter(Objects::nonNull).forEach(droppedKeys::add);
		}
		return sum(uniqueByKey(counted.stream().filter(rel -> rel.key() == null || !droppedKeys.contains(rel.key())).toList()));
	}

	static double round(double value) {
		return Math.round(value * 100.0) / 100.0;
	}

	private static Resolution resolve(Collection<Rel> pair) {
		List<Rel> withAmounts = uniqueByKey(pair.stream().filter(rel -> rel.amount() != null).toList());
		Set<String> providerMeasures = new HashSet<>();
		withAmounts.stream().filter(rel -> "provider".equals(rel.side())).forEach(rel -> providerMeasures.add(rel.measure()));
		List<Rel> counted = new ArrayList<>();
		List<Rel> dropped = new ArrayList<>();
		for (Rel rel : withAmounts) {
			boolean reportedByGiverToo = "receiver".equals(rel.side()) && providerMeasures.contains(rel.measure());
			(reportedByGiverToo ? dropped : counted).add(rel);
		}
		return new Resolution(counted, dropped);
	}

	private static List<Rel> uniqueByKey(List<Rel> rels) {
		Set<String> keys = new LinkedHashSet<>();
		return rels.stream().filter(rel -> rel.key() == null || keys.add(rel.key())).toList();
	}

	private record Resolution(List<Rel> counted, List<Rel> dropped) {
	}

}
