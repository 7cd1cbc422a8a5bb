package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The rules that derive an organisation's features (ids only) from the programmes it implements,
 * funds or reports, as {@link ProfileQuery} states them with evidence: a programme gives its
 * countries, regions, themes (anywhere and in each of its places) and substantive programme type to
 * every organisation on it; its funders are donors of its implementers and reporters, its
 * implementers grantees of its funders and partners of each other (unless one is part of the other
 * or both are parts of one organisation).
 */
final class OrganisationFeatures {

	static final int IMPLEMENTS = 1;

	static final int FUNDS = 2;

	static final int REPORTS = 4;

	/** @param grantees the organisations the programme itself funds */
	record Programme(String id, String type, List<String> places, List<String> themes, List<String> funders,
			List<String> implementers, List<String> grantees) {
	}

	/** An organisation on a programme, with how (a bit per IMPLEMENTS, FUNDS, REPORTS). */
	record Link(Programme programme, int relations) {
	}

	/** Child to parents by PART_OF, for the partner rule. */
	static final class Parents {

		private final Map<String, Set<String>> parents = new HashMap<>();

		void add(String child, String parent) {
			this.parents.computeIfAbsent(child, k -> new HashSet<>()).add(parent);
		}

		/** One is part of the other, or both are parts of one organisation. */
		boolean related(String a, String b) {
			Set<String> pa = this.parents.getOrDefault(a, Set.of());
			Set<String> pb = this.parents.getOrDefault(b, Set.of());
			return pa.contains(b) || pb.contains(a) || pa.stream().anyMatch(pb::contains);
		}

	}

	private OrganisationFeatures() {
	}

	/** Each organisation on a programme with how it is on it. */
	static Map<String, Integer> relations(List<List<String>> holders) {
		Map<String, Integer> relations = new LinkedHashMap<>();
		holders.forEach(h -> relations.merge(h.get(0), relation(h.get(1)), (x, y) -> x | y));
		return relations;
	}

	/**
	 * The programmes among {@code links} that give {@code actor} any of {@code wanted}, at most
	 * {@code perFeature} for each feature (the first by id): where the evidence for them is. A donor
	 * on thousands of programmes would otherwise bring all of them, and every row they give, into one answer.
	 */
	static Set<String> vias(String actor, List<Link> links, Parents parents, Set<GapScoring.Feature> wanted, int perFeature) {
		Set<String> vias = new TreeSet<>();
		Map<GapScoring.Feature, Integer> shown = new HashMap<>();
		List<Link> byId = new ArrayList<>(links);
		byId.sort(Comparator.comparing(link -> link.programme().id()));
		for (Link link : byId) {
			Set<GapScoring.Feature> hits = new HashSet<>();
			derive(actor, link.programme(), link.relations(), parents, f -> {
				if (wanted.contains(f) && shown.getOrDefault(f, 0) < perFeature) {
					hits.add(f);
				}
			});
			if (!hits.isEmpty()) {
				hits.forEach(f -> shown.merge(f, 1, Integer::sum));
				vias.add(link.programme().id());
			}
		}
		return vias;
	}

	/** The features that being on programme {@code p} (as {@code relations}) gives {@code actor}. */
	static void derive(String actor, Programme p, int relations, Parents parents, Consumer<GapScoring.Feature> out) {
		for (String place : p.places()) {
			out.accept(new GapScoring.Feature(place.charAt(0) == 'c' ? FeatureKind.COUNTRY : FeatureKind.REGION, place.substring(1), null));
		}
		for (String theme : p.themes()) {
			out.accept(new GapScoring.Feature(FeatureKind.THEME_ANYWHERE, theme, null));
			for (String place : p.places()) {
				out.accept(new GapScoring.Feature(FeatureKind.THEME, theme + '@' + place.substring(1), null));
			}
		}
		if (p.type() != null && !ProfileQuery.IMPORT_PROGRAMME_TYPES.contains(p.type())) {
			out.accept(new GapScoring.Feature(FeatureKind.PROGRAMME_TYPE, p.type(), null));
		}
		if ((relations & (IMPLEMENTS | REPORTS)) != 0) {
			others(actor, p.funders()).forEach(f -> out.accept(new GapScoring.Feature(FeatureKind.DONOR, f, null)));
		}
		if ((relations & FUNDS) != 0) {
			others(actor, p.implementers()).forEach(f -> out.accept(new GapScoring.Feature(FeatureKind.GRANTEE, f, null)));
		}
		if ((relations & IMPLEMENTS) != 0) {
			others(actor, p.implementers()).stream()
				.filter(f -> !parents.related(actor, f))
				.forEach(f -> out.accept(new GapScoring.Feature(FeatureKind.PARTNER, f, null)));
		}
	}

	private static List<String> others(String actor, List<String> ids) {
		return ids.stream().filter(id -> !id.equals(actor)).toList();
	}

	private static int relation(String type) {
		return switch (type) {
			case "IMPLEMENTS" -> IMPLEMENTS;
			case "FUNDS" -> FUNDS;
			default -> REPORTS;
		};
	}

}
