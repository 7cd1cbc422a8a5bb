package org.actoratlas.gaps;

import java.util.List;
import java.util.Set;

import org.actoratlas.gaps.GapScoring.Feature;
import org.actoratlas.gaps.GapScoring.Profile;
import org.actoratlas.gaps.GapScoring.ScoredPair;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GapScoringTest {

	private static final Feature MALI = new Feature(FeatureKind.COUNTRY, "country:ML", "Mali");

	private static final Feature NIGER = new Feature(FeatureKind.COUNTRY, "country:NE", "Niger");

	private static final Feature JUSTICE = new Feature(FeatureKind.THEME, "theme:criminal-justice@country:ML", "criminal justice", "Mali");

	private static final Feature HEALTH = new Feature(FeatureKind.THEME, "theme:health@country:ML", "health", "Mali");

	private static final Feature DUTCH = new Feature(FeatureKind.DONOR, "org:nl-mfa", "Netherlands");

	private static List<ScoredPair> rank(List<Profile> profiles, Set<String> linked) {
		return GapScoring.rank(profiles, (a, b) -> linked.contains(a + "|" + b), 10, 100, 0);
	}

	@Test
	void sharingOnlyACountryIsNotAGap() {
		var pairs = rank(List.of(Profile.of("org:a", List.of(MALI, NIGER)), Profile.of("org:b", List.of(MALI, NIGER))), Set.of());

		assertThat(pairs).isEmpty();
	}

	@Test
	void aRareSharedThemeOutweighsAThemeEveryoneShares() {
		var profiles = List.of(Profile.of("org:a", List.of(MALI, JUSTICE, HEALTH)), Profile.of("org:b", List.of(MALI, HEALTH)),
				Profile.of("org:c", List.of(MALI, HEALTH)), Profile.of("org:d", List.of(NIGER, JUSTICE, HEALTH)));

		var pairs = rank(profiles, Set.of());

		assertThat(pairs.get(0)).extracting(ScoredPair::a, ScoredPair::b).containsExactly("org:a", "org:d");
		assertThat(pairs.get(0).shared().get(0).feature()).isEqualTo(JUSTICE);
		assertThat(pairs.get(1).score()).isLessThan(pairs.get(0).score());
	}

	@Test
	void linkedPairsNeverAppear() {
		var profiles = List.of(Profile.of("org:a", List.of(JUSTICE, DUTCH)), Profile.of("org:b", List.of(JUSTICE, DUTCH)),
				Profile.of("org:c", List.of(JUSTICE)));

		var pairs = rank(profiles, Set.of("org:a|org:b"));

		assertThat(pairs).extracting(p -> p.a() + "|" + p.b()).containsExactly("org:a|org:c", "org:b|org:c");
	}

	@Test
	void tiesAreBrokenByIdsAndEachPairAppearsOnceInIdOrder() {
		var profiles = List.of(Profile.of("org:z", List.of(JUSTICE)), Profile.of("org:m", List.of(JUSTICE)),
				Profile.of("org:a", List.of(JUSTICE)));

		var pairs = rank(profiles, Set.of());

		assertThat(pairs).extracting(p -> p.a() + "|" + p.b()).containsExactly("org:a|org:m", "org:a|org:z", "org:m|org:z");
		assertThat(pairs).extracting(ScoredPair::score).containsOnly(pairs.get(0).score());
	}

	@Test
	void actorsWithNoCountryArePairedOnWhatTheyShare() {
		var profiles = List.of(Profile.of("org:a", List.of(JUSTICE, DUTCH)), Profile.of("org:b", List.of(MALI, JUSTICE, DUTCH)),
				Profile.of("org:c", List.of()));

		var pairs = rank(profiles, Set.of());

		assertThat(pairs).singleElement().satisfies(p -> {
			assertThat(p.a()).isEqualTo("org:a");
			assertThat(p.shared()).extracting(s -> s.feature().id()).containsExactlyInAnyOrder("theme:criminal-justice@country:ML", "org:nl-mfa");
		});
	}

	@Test
	void scoreIsTheSumOfWeightsOfSharedFeatures() {
		var profiles = List.of(Profile.of("org:a", List.of(MALI, JUSTICE)), Profile.of("org:b", List.of(MALI, JUSTICE)),
				Profile.of("org:c", List.of(MALI)));

		var pair = rank(profiles, Set.of()).get(0);

		double expected = GapScoring.weight(FeatureKind.THEME, 3, 2) + GapScoring.weight(FeatureKind.COUNTRY, 3, 3);
		assertThat(pair.score()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.0001));
	}

	@Test
	void featuresHeldByTooManyActorsFindNoPairsButStillCount() {
		var profiles = List.of(Profile.of("org:a", List.of(JUSTICE, HEALTH)), Profile.of("org:b", List.of(JUSTICE, HEALTH)),
				Profile.of("org:c", List.of(JUSTICE)));

		var pairs = GapScoring.candidates(profiles, 2);

		assertThat(pairs).singleElement().satisfies(p -> assertThat(p.shared()).hasSize(2));
	}

	@Test
	void capsHowOftenOneActorAppears() {
		var profiles = List.of(Profile.of("org:hub", List.of(JUSTICE, HEALTH, DUTCH)), Profile.of("org:a", List.of(JUSTICE, HEALTH)),
				Profile.of("org:b", List.of(JUSTICE, DUTCH)), Profile.of("org:c", List.of(JUSTICE)));

		var capped = GapScoring.rank(profiles, (a, b) -> false, 10, 100, 1);

		assertThat(capped).hasSize(2);
		assertThat(capped.stream().flatMap(p -> java.util.stream.Stream.of(p.a(), p.b())).distinct().count()).isEqualTo(4);
		assertThat(GapScoring.rank(profiles, (a, b) -> false, 10, 100, 0)).hasSize(6);
	}

	@Test
	void aPairBudgetKeepsThePairsOfTheRarestFeatures() {
		var rare = new Feature(FeatureKind.PARTNER, "org:rare", "rare");
		var profiles = List.of(Profile.of("org:a", List.of(JUSTICE, rare)), Profile.of("org:b", List.of(JUSTICE)),
				Profile.of("org:c", List.of(JUSTICE)), Profile.of("org:d", List.of(JUSTICE, rare)));

		var pairs = GapScoring.candidates(profiles, 100, 1);

		assertThat(pairs).singleElement().satisfies(p -> assertThat(p.a() + "|" + p.b()).isEqualTo("org:a|org:d"));
		assertThat(GapScoring.candidates(profiles, 100)).hasSize(6);
	}

	@Test
	void actorsWithThousandsOfFeaturesAreRankedAsTheirSharedFeaturesAddUp() {
		// Two donors on hundreds of themes in places (compared a word at a time), one small actor
		// (compared against them one feature at a time), and a small pair (merged): every way of
		// adding up must give the score the pair's listed shared features add up to.
		List<Feature> many = new java.util.ArrayList<>();
		for (int i = 0; i < 400; i++) {
			many.add(new Feature(FeatureKind.THEME, "theme:t" + i + "@country:ML", "t" + i, "Mali"));
		}
		var profiles = List.of(Profile.of("org:donor-a", many.subList(0, 300)), Profile.of("org:donor-b", many.subList(100, 400)),
				Profile.of("org:small", List.of(many.get(150), many.get(350), DUTCH)), Profile.of("org:tiny", List.of(many.get(150), DUTCH)));

		var candidates = GapScoring.candidates(profiles, 100);

		assertThat(candidates).hasSize(6);
		assertThat(candidates.get(0)).extracting(ScoredPair::a, ScoredPair::b).containsExactly("org:donor-a", "org:donor-b");
		assertThat(candidates.get(0).shared()).hasSize(200);
		for (ScoredPair pair : candidates) {
			double listed = pair.shared().stream().mapToDouble(GapScoring.Shared::weight).sum();
			assertThat(pair.score()).as(pair.a() + " and " + pair.b()).isCloseTo(listed, org.assertj.core.data.Offset.offset(0.01));
		}
		assertThat(candidates).extracting(ScoredPair::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void longProfilesSpreadThinOverManyFeaturesAddUpTheSameWay() {
		// Among 20,000 features, two actors with 150 each spread over the whole range: their bits span
		// more words than either has features, so one is walked against the other's bits.
		List<Feature> all = new java.util.ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			all.add(new Feature(FeatureKind.THEME, "theme:t" + String.format("%05d", i) + "@country:ML", "t" + i, "Mali"));
		}
		List<Feature> wideA = new java.util.ArrayList<>();
		List<Feature> wideB = new java.util.ArrayList<>();
		for (int i = 0; i < 150; i++) {
			wideA.add(all.get(i * 133));
			wideB.add(all.get(i * 133 + (i % 3 == 0 ? 0 : 1)));
		}
		var profiles = List.of(Profile.of("org:everything", all), Profile.of("org:wide-a", wideA), Profile.of("org:wide-b", wideB));

		var candidates = GapScoring.candidates(profiles, 100);

		ScoredPair wide = candidates.stream().filter(p -> p.a().equals("org:wide-a") && p.b().equals("org:wide-b")).findFirst().orElseThrow();
		assertThat(wide.shared()).hasSize(50);
		for (ScoredPair pair : candidates) {
			double listed = pair.shared().stream().mapToDouble(GapScoring.Shared::weight).sum();
			assertThat(pair.score()).as(pair.a() + " and " + pair.b()).isCloseTo(listed, org.assertj.core.data.Offset.offset(0.01));
		}
	}

}
