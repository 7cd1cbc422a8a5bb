package org.actoratlas.gaps;

import java.util.List;
import java.util.SortedSet;

import org.actoratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unconnected pairs take the organisations of a country from the feature index; they must be the
 * ones the graph query picks, for every country of the Sahel dataset, with and without each theme.
 */
@AtlasIntegrationTest
class OrganisationsOfACountryTest {

	@Autowired
	ActorQuery actorQuery;

	@Autowired
	FeatureIndex featureIndex;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void theFeatureIndexFindsTheOrganisationsTheGraphQueryFinds() {
		List<String> countries = this.neo4j.query("MATCH (c:Country) RETURN c.id ORDER BY c.id").fetchAs(String.class).all().stream().toList();
		List<String> themes = this.neo4j.query("MATCH (t:Theme) RETURN t.id ORDER BY t.id").fetchAs(String.class).all().stream().toList();
		FeatureIndex.Snapshot index = this.featureIndex.current();
		int nonEmpty = 0;
		int narrowedByTheme = 0;
		for (String country : countries) {
			SortedSet<String> inCountry = index.organisationsIn(country, List.of());
			assertThat(inCountry).as(country).containsExactlyElementsOf(this.actorQuery.ids(ActorKind.ORGANISATION, country, List.of()));
			nonEmpty += inCountry.isEmpty() ? 0 : 1;
			for (String theme : themes) {
				List<String> withSubThemes = this.actorQuery.withSubThemes(theme);
				SortedSet<String> onTheme = index.organisationsIn(country, withSubThemes);
				assertThat(onTheme).as(country + " and " + theme)
					.containsExactlyElementsOf(this.actorQuery.ids(ActorKind.ORGANISATION, country, withSubThemes));
				narrowedByTheme += (!onTheme.isEmpty() && onTheme.size() < inCountry.size()) ? 1 : 0;
			}
		}
		assertThat(nonEmpty).as("countries with organisations").isGreaterThan(3);
		assertThat(narrowedByTheme).as("country and theme pairs that keep some of the country's organisations").isGreaterThan(10);
		assertThat(index.organisationsIn("country:nowhere", List.of())).isEmpty();
	}

}
