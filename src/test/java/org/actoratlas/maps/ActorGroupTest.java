package org.actoratlas.maps;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActorGroupTest {

	@Test
	void placesAFundingGovernmentAmongDonorsButAFundingMultilateralAmongMultilaterals() {
		assertThat(ActorGroup.of("organisation", "government", List.of("Node", "Organisation", "Donor"))).isEqualTo(ActorGroup.DONORS);
		assertThat(ActorGroup.of("organisation", "multilateral", List.of("Organisation", "Donor"))).isEqualTo(ActorGroup.MULTILATERALS);
		assertThat(ActorGroup.of("organisation", "government", List.of("Organisation"))).isEqualTo(ActorGroup.GOVERNMENTS);
	}

	@Test
	void groupsCivilSocietyResearchAndNetworks() {
		assertThat(ActorGroup.of("organisation", "ngo-national", List.of("Organisation"))).isEqualTo(ActorGroup.LOCAL_CIVIL_SOCIETY);
		assertThat(ActorGroup.of("organisation", "civil-society", List.of("Organisation"))).isEqualTo(ActorGroup.LOCAL_CIVIL_SOCIETY);
		assertThat(ActorGroup.of("organisation", "ngo-international", List.of("Organisation"))).isEqualTo(ActorGroup.INTERNATIONAL_IMPLEMENTERS);
		assertThat(ActorGroup.of("organisation", "academic", List.of("Organisation"))).isEqualTo(ActorGroup.RESEARCH);
		assertThat(ActorGroup.of("organisation", "network", List.of("Organisation"))).isEqualTo(ActorGroup.NETWORKS);
	}

	@Test
	void keepsPeopleAndUnknownTypesApart() {
		assertThat(ActorGroup.of("person", null, List.of("Person"))).isEqualTo(ActorGroup.PEOPLE);
		assertThat(ActorGroup.of("organisation", null, List.of("Organisation"))).isEqualTo(ActorGroup.OTHER);
		assertThat(ActorGroup.of("organisation", "something-new", List.of("Organisation"))).isEqualTo(ActorGroup.OTHER);
	}

}
