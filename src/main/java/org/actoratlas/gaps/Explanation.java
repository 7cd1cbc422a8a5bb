package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
		// Theme name to the places both work on it, in the order of the shared list (heaviest first).
		Map<String, List<String>> placesOfTheme = new LinkedHashMap<>();
		for (GapScoring.Shared s : shared) {
			GapScoring.Feature f = s.feature();
			if (f.kind() == FeatureKind.THEME) {
				placesOfTheme.computeIfAbsent(label(f), k -> new ArrayList<>()).add(f.place());
			}
			else {
				names.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(label(f));
			}
		}
		List<String> clauses = new ArrayList<>();
		clauses.addAll(themeClauses(placesOfTheme));
		List<String> where = concat(names.get(FeatureKind.COUNTRY), names.get(FeatureKind.REGION));
		placesOfTheme.values().forEach(where::removeAll);
		if (!where.isEmpty()) {
			clauses.add((placesOfTheme.isEmpty() ? "work in " : "also work in ") + join(where));
		}
		List<String> elsewhere = new ArrayList<>(names.getOrDefault(FeatureKind.THEME_ANYWHERE, List.of()));
		elsewhere.removeAll(placesOfTheme.keySet());
		phrase(clauses, placesOfTheme.isEmpty() ? "work on " : "also work on ", join(elsewhere), placesOfTheme.isEmpty() ? "" : " elsewhere");
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

	/** "work on A and B in Mali", grouping themes that share the same places. */
	private static List<String> themeClauses(Map<String, List<String>> placesOfTheme) {
		Map<List<String>, List<String>> themesByPlaces = new LinkedHashMap<>();
		placesOfTheme.forEach((theme, places) -> themesByPlaces.computeIfAbsent(places, k -> new ArrayList<>()).add(theme));
		List<String> clauses = new ArrayList<>();
		themesByPlaces.forEach((places, themes) -> clauses.add("work on " + join(themes) + " in " + join(places)));
		return clauses;
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
