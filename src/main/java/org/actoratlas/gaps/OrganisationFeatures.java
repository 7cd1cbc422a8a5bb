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
final class OrganisationFeatures {

	private static final int IMPLEMENTS = 1;

	private static final int FUNDS = 2;

	private static final int REPORTS = 4;

	private record Programme(String id, String type, List<String> places, List<String> themes, List<String> funders,
			List<String> implementers) {
	}

	private record Link(Programme programme, int relations) {
	}

	private final Map<String, Set<GapScoring.Feature>> features = new LinkedHashMap<>();

	private final Map<String, List<Link>> links = new HashMap<>();

	private final Map<String, Set<String>> parents = new HashMap<>();

	OrganisationFeatures(Collection<String> ids) {
		ids.forEach(id -> this.features.put(id, new HashSet<>()));
	}

	void partOf(String child, String parent) {
		this.parents.computeIfAbsent(child, k -> new HashSet<>()).add(parent);
	}

	void direct(String actor, FeatureKind kind, String id) {
		this.features.get(actor).add(new GapScoring.Feature(kind, id, null));
	}

	void programme(String id, String type, List<List<String>> holders, List<String> places, List<String> themes,
			List<String> funders, List<String> implementers) {
		var programme = new Programme(id, type, places, themes, funders, implementers);
		Map<String, Integer> relations = new LinkedHashMap<>();
		holders.forEach(h -> relations.merge(h.get(0), relation(h.get(1)), (x, y) -> x | y));
		relations.forEach((actor, rel) -> {
			Link link = new Link(programme, rel);
			this.links.computeIfAbsent(actor, k -> new ArrayList<>()).add(link);
			Set<GapScoring.Feature> set = this.features.get(actor);
			derive(actor, link, set::add);
		});
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
			derive(actor, link, f -> hit[0] |= wanted.contains(f));
			if (hit[0]) {
				vias.add(link.programme().id());
			}
		}
		return vias;
	}

	private void derive(String actor, Link link, Consumer<GapScoring.Feature> out) {
		Programme p = link.programme();
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
		if ((link.relations() & (IMPLEMENTS | REPORTS)) != 0) {
			others(actor, p.funders()).forEach(f -> out.accept(new GapScoring.Feature(FeatureKind.DONOR, f, null)));
		}
		if ((link.relations() & FUNDS) != 0) {
			others(actor, p.implementers()).forEach(f -> out.accept(new GapScoring.Feature(FeatureKind.GRANTEE, f, null)));
		}
		if ((link.relations() & IMPLEMENTS) != 0) {
			others(actor, p.implementers()).stream()
				.filter(f -> !related(actor, f))
				.forEach(f -> out.accept(new GapScoring.Feature(FeatureKind.PARTNER, f, null)));
		}
	}

	private static List<String> others(String actor, List<String> ids) {
		return ids.stream().filter(id -> !id.equals(actor)).toList();
	}

	/** One is part of the other, or both are parts of one organisation. */
	private boolean related(String a, String b) {
		Set<String> pa = this.parents.getOrDefault(a, Set.of());
		Set<String> pb = this.parents.getOrDefault(b, Set.of());
		return pa.contains(b) || pb.contains(a) || pa.stream().anyMatch(pb::contains);
	}

	private static int relation(String type) {
		return switch (type) {
			case "IMPLEMENTS" -> IMPLEMENTS;
			case "FUNDS" -> FUNDS;
			default -> REPORTS;
		};
	}

}
