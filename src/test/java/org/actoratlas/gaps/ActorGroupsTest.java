package org.actoratlas.gaps;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActorGroupsTest {

	@Test
	void mapsOrganisationTypesDonorsAndRegionalBodiesToGroups() {
		assertThat(ActorGroups.of("government", true, "Ministry of Foreign Affairs of the Netherlands")).isEqualTo(ActorGroups.DONORS);
		assertThat(ActorGroups.of("government", false, "Ministère de la Justice du Mali")).isEqualTo(ActorGroups.STATE);
		assertThat(ActorGroups.of("multilateral", false, "UNODC")).isEqualTo(ActorGroups.UN_MULTILATERAL);
		assertThat(ActorGroups.of("multilateral", true, "European Union")).isEqualTo(ActorGroups.DONORS);
		assertThat(ActorGroups.of("multilateral", false, "G5 Sahel")).isEqualTo(ActorGroups.REGIONAL);
		assertThat(ActorGroups.of("network", false, "West African Network of Central Authorities and Prosecutors (WACAP)"))
			.isEqualTo(ActorGroups.REGIONAL);
		assertThat(ActorGroups.of("ngo-national", false, "Association malienne")).isEqualTo(ActorGroups.CIVIL_SOCIETY);
		assertThat(ActorGroups.of("research", false, "Clingendael")).isEqualTo(ActorGroups.RESEARCH);
		assertThat(ActorGroups.of(null, false, "Someone")).isEqualTo(ActorGroups.OTHER);
	}

}
