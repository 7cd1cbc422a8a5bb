package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The sentence a person reads for an unconnected pair, built from what the two share (pure). */
final class Explanation {

	private static final int NAMES_PER_KIND = 3;

	private Explanation() {
	}

	/**
	 * @param shared what both have, best first
	 * @param noLink what was looked for and not found, e.g. "no partnership ... is recorded between them"
	 */
	static String of(List<GapScoring.Shared> shared, String noLink) {
		Map<FeatureKind, List<String>> names = new TreeMap<>();
		shared.forEach(s -> names.computeIfAbsent(s.feature().kind(), k -> new ArrayList<>()).add(label(s.feature())));
		List<String> clauses = new ArrayList<>();
		String where = join(concat(names.get(FeatureKind.COUNTRY), names.get(FeatureKind.REGION)));
		String what = join(names.get(FeatureKind.THEME));
		if (what != null) {
			clauses.add("work on " + what + (where == null ? "" : " in " + where));
		}
		else if (where != null) {
			clauses.add("work in " + where);
		}
		phrase(clauses, "run ", join(names.get(FeatureKind.PROGRAMME_TYPE)), " programmes");
		phrase(clauses, "are funded by ", join(names.get(FeatureKind.DONOR)), "");
		phrase(clauses, "fund ", join(names.get(FeatureKind.GRANTEE)), "");
		phrase(clauses, "work with ", join(names.get(FeatureKind.PARTNER)), "");
		phrase(clauses, "belong to ", join(names.get(FeatureKind.NETWORK)), "");
		if (clauses.isEmpty()) {
			return "Nothing in common was found; " + noLink + ".";
		}
		return "Both " + String.join(", both ", clauses) + "; yet " + noLink + ".";
	}

	private static void phrase(List<String> clauses, String verb, String names, String tail) {
		if (names != null) {
			clauses.add(verb + names + tail);
		}
	}

	private static String label(GapScoring.Feature feature) {
		return feature.name() == null || feature.name().isBlank() ? feature.id() : feature.name();
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>();
		if (first != null) {
			all.addAll(first);
		}
		if (second != null) {
			all.addAll(second);
		}
		return all;
	}

	/** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
	static String join(List<String> names) {
		if (names == null || names.isEmpty()) {
			return null;
		}
		if (names.size() == 1) {
			return names.get(0);
		}
		if (names.size() > NAMES_PER_KIND) {
			return String.join(", ", names.subList(0, NAMES_PER_KIND)) + " and " + (names.size() - NAMES_PER_KIND) + " more";
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

}
