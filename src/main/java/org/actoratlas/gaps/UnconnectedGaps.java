package org.actoratlas.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Finds unconnected pairs: candidates from shared features, then links checked for the best ones only. */
@Component
class UnconnectedGaps {

	private static final Logger log = LoggerFactory.getLogger(UnconnectedGaps.class);

	static final int MAX_ACTORS_PER_FEATURE = 250;

	static final int MAX_CANDIDATE_PAIRS = 50_000;

	/**
	 * Shared features explained and shown with evidence per pair, heaviest first: two large donors can
	 * share hundreds, and a list of all of them with their programmes is megabytes nobody reads.
	 */
	static final int SHARED_SHOWN = 12;

	/** Programmes shown as evidence of one shared feature, per actor. */
	static final int EVIDENCE_PER_FEATURE = 3;

	static final String SCORING = "score = sum over shared features f of weight(kind of f) * ln(1 + N / df(f)); "
			+ "weights theme (in a shared country or region) 1.0, theme-anywhere 0.4, donor 1.0, grantee 1.0, partner 1.2, "
			+ "network 0.8, programme-type 0.4, country 0.5, region 0.3; N actors considered, df(f) of them with f; "
			+ "pairs must share a theme in a place, a donor, grantee, partner or network";

	private final ActorQuery actorQuery;

	private final ProfileQuery profileQuery;

	private final FeatureIndex featureIndex;

	private final LinkQuery linkQuery;

	UnconnectedGaps(ActorQuery actorQuery, ProfileQuery profileQuery, FeatureIndex featureIndex,
			LinkQuery linkQuery) {
		this.actorQuery = actorQuery;
		this.profileQuery = profileQuery;
		this.featureIndex = featureIndex;
		this.linkQuery = linkQuery;
	}

	UnconnectedPairs find(ActorKind kind, String country, String theme, int limit, int perActor) {
		List<String> themes = theme == null ? List.of() : this.actorQuery.withSubThemes(theme);
		long start = System.nanoTime();
		FeatureIndex.Snapshot index = kind == ActorKind.PROGRAMME ? null : this.featureIndex.current();
		// The index knows every organisation's countries and themes, not which organisations are donors,
		// nor the organisations without any link that count among all organisations.
		SortedSet<String> actorIds = kind == ActorKind.ORGANISATION && country != null ? index.organisationsIn(country, themes)
				: this.actorQuery.ids(kind, country, themes);
		long read = System.nanoTime();
		var programmes = kind == ActorKind.PROGRAMME ? this.profileQuery.programmes(actorIds) : null;
		GapScoring.Ranked candidates = programmes != null
				? GapScoring.candidates(programmes.entrySet().stream().map(e -> GapScoring.Profile.of(e.getKey(), e.getValue().keySet())).toList(),
						MAX_ACTORS_PER_FEATURE, MAX_CANDIDATE_PAIRS)
				: organisationCandidates(index, actorIds);
		long scored = System.nanoTime();
		List<GapScoring.ScoredPair> chosen = index != null ? unlinked(candidates, index, limit, perActor)
				: unlinked(candidates, limit, perActor);
		long checked = System.nanoTime();
		var profiles = programmes != null ? programmes : evidence(kind, chosen, index);
		Map<String, Actor> actors = this.actorQuery
			.byIds(kind, chosen.stream().flatMap(pair -> Stream.of(pair.a(), pair.b())).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Actor::id, Function.identity()));
		List<UnconnectedPairs.Pair> pairs = chosen.stream().map(pair -> toPair(kind, pair, actors, profiles)).toList();
		log.debug("Unconnected {} in {}: {} actors read in {} ms, {} candidates in {} ms, links checked in {} ms, evidence and names in {} ms",
				kind.apiName(), country, actorIds.size(), (read - start) / 1_000_000, candidates.size(), (scored - read) / 1_000_000,
				(checked - scored) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
		return new UnconnectedPairs(kind.apiName(), country, theme, actorIds.size(), candidates.size(),
				candidates.size() >= MAX_CANDIDATE_PAIRS, MAX_ACTORS_PER_FEATURE, perActor, SCORING, pairs);
	}

	/** Organisations are scored on the feature index (ids alone); the evidence is read afterwards for the pairs shown. */
	private static GapScoring.Ranked organisationCandidates(FeatureIndex.Snapshot index, SortedSet<String> actorIds) {
		int[][] featuresOf = actorIds.stream().map(index::featuresOf).toArray(int[][]::new);
		return GapScoring.candidates(List.copyOf(actorIds), featuresOf, index.features, MAX_ACTORS_PER_FEATURE, MAX_CANDIDATE_PAIRS);
	}

	/** The best unlinked pairs, links looked up in the index: the best-scored pairs are often linked, by the thousand. */
	private static List<GapScoring.ScoredPair> unlinked(GapScoring.Ranked candidates, FeatureIndex.Snapshot index, int limit, int perActor) {
		List<GapScoring.ScoredPair> chosen = new ArrayList<>();
		var cap = new PerActorCap(perActor);
		for (int i = 0; i < candidates.size() && chosen.size() < limit; i++) {
			if (!index.linked(candidates.a(i), candidates.b(i)) && cap.admits(candidates.a(i), candidates.b(i))) {
				chosen.add(candidates.get(i));
			}
		}
		return chosen;
	}

	/** The best unlinked programme pairs, links checked in the graph a batch of candidates at a time. */
	private List<GapScoring.ScoredPair> unlinked(GapScoring.Ranked candidates, int limit, int perActor) {
		List<GapScoring.ScoredPair> chosen = new ArrayList<>();
		var cap = new PerActorCap(perActor);
		int batch = Math.max(100, 3 * limit);
		for (int from = 0; from < candidates.size() && chosen.size() < limit; from += batch) {
			List<GapScoring.ScoredPair> slice = candidates.subList(from, Math.min(candidates.size(), from + batch));
			Set<String> linked = this.linkQuery.linked(slice);
			for (GapScoring.ScoredPair pair : slice) {
				if (chosen.size() < limit && !linked.contains(pair.a() + '\n' + pair.b()) && cap.admits(pair.a(), pair.b())) {
					chosen.add(pair);
				}
			}
		}
		return chosen;
	}

	/** The profiles of the actors in {@code chosen}, read only through the programmes behind the features they share. */
	private Map<String, Map<GapScoring.Feature, ProfileQuery.FeatureEvidence>> evidence(ActorKind kind,
			List<GapScoring.ScoredPair> chosen, FeatureIndex.Snapshot index) {
		Map<String, Set<GapScoring.Feature>> wanted = new TreeMap<>();
		for (GapScoring.ScoredPair pair : chosen) {
			shown(pair).forEach(s -> {
				wanted.computeIfAbsent(pair.a(), k -> new HashSet<>()).add(s.feature());
				wanted.computeIfAbsent(pair.b(), k -> new HashSet<>()).add(s.feature());
			});
		}
		Map<String, Set<String>> vias = new TreeMap<>();
		long start = System.nanoTime();
		wanted.forEach((actor, features) -> vias.put(actor, index.vias(actor, features, EVIDENCE_PER_FEATURE)));
		long found = System.nanoTime();
		var profiles = this.profileQuery.profiles(kind, vias, wanted);
		log.debug("Evidence: programmes found in {} ms, read in {} ms", (found - start) / 1_000_000, (System.nanoTime() - found) / 1_000_000);
		return profiles;
	}

	private static UnconnectedPairs.Pair toPair(ActorKind kind, GapScoring.ScoredPair pair, Map<String, Actor> actors,
			Map<String, Map<GapScoring.Feature, ProfileQuery.FeatureEvidence>> profiles) {
		var a = profiles.get(pair.a());
		var b = profiles.get(pair.b());
		// The features as the profile query names them (scoring may have had ids only).
		Map<GapScoring.Feature, GapScoring.Feature> named = new HashMap<>();
		a.keySet().forEach(f -> named.put(f, f));
		List<GapScoring.Shared> sharedNamed = shown(pair).stream()
			.map(s -> new GapScoring.Shared(named.getOrDefault(s.feature(), s.feature()), s.weight()))
			.toList();
		Set<String> sources = new TreeSet<>();
		List<UnconnectedPairs.SharedFeature> shared = sharedNamed.stream().map(s -> {
			var ea = a.get(s.feature());
			var eb = b.get(s.feature());
			sources.addAll(ea.sourceIds);
			sources.addAll(eb.sourceIds);
			return new UnconnectedPairs.SharedFeature(s.feature().kind().apiName(), s.feature().id(), s.feature().name(), s.feature().place(),
					s.weight(), refs(ea), refs(eb));
		}).toList();
		return new UnconnectedPairs.Pair(actors.get(pair.a()), actors.get(pair.b()), pair.score(),
				Explanation.of(sharedNamed, kind.noLink()),
				new UnconnectedPairs.Evidence(shared, pair.shared().size(), List.copyOf(sources)));
	}

	private static List<GapScoring.Shared> shown(GapScoring.ScoredPair pair) {
		return pair.shared().subList(0, Math.min(SHARED_SHOWN, pair.shared().size()));
	}

	private static List<UnconnectedPairs.Ref> refs(ProfileQuery.FeatureEvidence evidence) {
		return evidence.via.entrySet().stream()
			.map(e -> new UnconnectedPairs.Ref(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(UnconnectedPairs.Ref::id))
			.toList();
	}

}
