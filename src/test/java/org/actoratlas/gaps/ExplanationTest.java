package org.actoratlas.gaps;

import java.util.List;

import org.actoratlas.gaps.GapScoring.Feature;
import org.actoratlas.gaps.GapScoring.Shared;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationTest {

	@Test
	void saysWhatBothDoWhereAndWhoFundsThem() {
		var shared = List.of(new Shared(new Feature(FeatureKind.THEME, "theme:cj@country:ML", "criminal justice", "Mali"), 2.0),
				new Shared(new Feature(FeatureKind.THEME, "theme:cj@country:NE", "criminal justice", "Niger"), 2.0),
				new Shared(new Feature(FeatureKind.THEME, "theme:police@country:ML", "police", "Mali"), 1.8),
				new Shared(new Feature(FeatureKind.DONOR, "org:nl", "the Netherlands"), 1.5),
				new Shared(new Feature(FeatureKind.THEME_ANYWHERE, "theme:cj", "criminal justice"), 0.5),
				new Shared(new Feature(FeatureKind.THEME_ANYWHERE, "theme:gender", "gender"), 0.5),
				new Shared(new Feature(FeatureKind.COUNTRY, "country:ML", "Mali"), 0.3),
				new Shared(new Feature(FeatureKind.COUNTRY, "country:NE", "Niger"), 0.3),
				new Shared(new Feature(FeatureKind.COUNTRY, "country:BF", "Burkina Faso"), 0.3));

		String text = Explanation.of(shared, ActorKind.ORGANISATION.noLink());

		assertThat(text).isEqualTo("Both work on criminal justice in Mali and Niger, both work on police in Mali, "
				+ "both also work in Burkina Faso, both also work on gender elsewhere, both are funded by the Netherlands; "
				+ "yet no partnership, joint programme, funding, membership or shared event is recorded between them.");
	}

	@Test
	void aPairSharingNoPlaceSaysWhatTheyWorkOn() {
		var shared = List.of(new Shared(new Feature(FeatureKind.THEME_ANYWHERE, "theme:cj", "criminal justice"), 0.5),
				new Shared(new Feature(FeatureKind.PARTNER, "org:unodc", "UNODC"), 0.5));

		assertThat(Explanation.of(shared, "nothing links them")).isEqualTo(
				"Both work on criminal justice, both work with UNODC; yet nothing links them.");
	}

	@Test
	void shortensLongListsOfNames() {
		assertThat(Explanation.join(List.of("a", "b", "c", "d", "e"))).isEqualTo("a, b, c and 2 more");
		assertThat(Explanation.join(List.of("a", "b", "c"))).isEqualTo("a, b and c");
	}

}
