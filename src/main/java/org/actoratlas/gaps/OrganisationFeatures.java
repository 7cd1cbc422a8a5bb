package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Organisations' features (ids only) derived from the programmes they implement, fund or report,
 * by the rules of {@link ProfileQuery}: a programme gives its countries, regions, themes (anywhere
 * and in each of its places) and substantive programme type to every organisation on it; its funders
 * are donors of its implementers and reporters, its implementers grantees of its funders and partners
 * of each other (unless one is part of the other or both are parts of one organisation).
 */
final class OrganisationFeatures implements FeatureQuery.Sink {

	private static final int IMPLEMENTS = 1;

	private static final int FUNDS = 2;

	private static final int REPORTS = 4;

	record Programme(String id, String type, List<String> places, List<String> themes, List<String> funders,
			List<String> implementers) {
	}

	private record Link(Programme programme, int relations) {
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

	private final Map<String, Set<GapScoring.Feature>> features = new LinkedHashMap<>();

	private final Map<String, List<Link>> links = new HashMap<>();

	private final Parents parents = new Parents();

	OrganisationFeatures(Collection<String> ids) {
		ids.forEach(id -> this.features.put(id, new HashSet<>()));
	}

	@Override
	public void partOf(String child, String parent) {
		this.parents.add(child, parent);
	}

	@Override
	public void direct(String actor, FeatureKind kind, String id) {
		this.features.get(actor).add(new GapScoring.Feature(kind, id, null));
	}

	@Override
	public void programme(Programme programme, List<List<String>> holders) {
		relations(holders).forEach((actor, rel) -> {
			Set<GapScoring.Feature> set = this.features.get(actor);
			if (set != null) {
				Link link = new Link(programme, rel);
				this.links.computeIfAbsent(actor, k -> new ArrayList<>()).add(link);
				derive(actor, programme, rel, this.parents, set::add);
			}
		});
	}

	/** Each organisation on a programme with how it is on it (a bit per IMPLEMENTS, FUNDS, REPORTS). */
	static Map<String, Integer> relations(List<List<String>> holders) {
		Map<String, Integer> relations = new LinkedHashMap<>();
		holders.forEach(h -> relations.merge(h.get(0), relation(h.get(1)), (x, y) -> x | y));
		return relations;
	}

	/** Actor id to its features, in the order the ids were given. */
	Map<String, Set<GapScoring.Feature>> features() {
		return this.features;
	}

	/** The programmes that give {@code actor} any of {@code wanted}: where the evidence for them is. */
	Set<String> vias(String actor, Set<GapScoring.Feature> wanted) {
		Set<String> vias = new TreeSet<>();
		for (Link link : this.links.getOrDefault(actor, List.of())) {
			boolean[] hit = { false };
			derive(actor, link.programme(), link.relations(), this.parents, f -> hit[0] |= wanted.contains(f));
			if (hit[0]) {
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
