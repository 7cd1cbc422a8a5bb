package org.actoratlas.importing;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.actoratlas.importing.HxlColumns.Role;

class HxlColumnsTest {

	@Test
	void readsTheMali5wHashtagsAndFillsTheUntaggedCommuneColumnByName() {
		List<String> headers = List.of("Organisation Accronyme", "Nom Organisation", "Type Organisation", "Program Organization",
				"Bailleur de fond", "admin1Pcod", "Region", "admin2Pcod", "Cercle", "admin3Pcod", "Commune", "Village", "Cluster");
		List<String> hashtags = Arrays.asList("#org+acronym", "#org+name", "#org+type", null, "#actor", "#adm1+code", "#adm1+name",
				"#adm2+code", "#adm2+name", "#adm3+code", null, null, "#sector");
		var columns = HxlColumns.map(hashtags, headers);
		assertThat(columns).containsEntry(Role.ORG_ACRONYM, 0)
			.containsEntry(Role.ORG_NAME, 1)
			.containsEntry(Role.DONOR, 4)
			.containsEntry(Role.ADM1_CODE, 5)
			.containsEntry(Role.ADM3_NAME, 10)
			.containsEntry(Role.SECTOR, 12)
			.doesNotContainKey(Role.COUNTRY);
	}

	@Test
	void prefersTheImplementerOverAPlainOrg() {
		var columns = HxlColumns.map(List.of("#org", "#org+impl", "#org+funder", "#sector+cluster"), null);
		assertThat(columns).containsEntry(Role.ORG_NAME, 1).containsEntry(Role.DONOR, 2).containsEntry(Role.SECTOR, 3);
	}

	@Test
	void mapsFrenchAndEnglishColumnNamesWithoutHashtags() {
		var columns = HxlColumns.map(null, List.of("Partenaire", "Secteur", "Pays", "Bailleur de fonds"));
		assertThat(columns).containsEntry(Role.ORG_NAME, 0).containsEntry(Role.SECTOR, 1).containsEntry(Role.COUNTRY, 2).containsEntry(Role.DONOR, 3);
	}

	@Test
	void recognisesAHashtagRow() {
		assertThat(HxlColumns.isHashtagRow(Arrays.asList("#sector", null, "#org"))).isTrue();
		assertThat(HxlColumns.isHashtagRow(Arrays.asList("#sector", "Cluster"))).isFalse();
		assertThat(HxlColumns.isHashtagRow(Arrays.asList(null, null))).isFalse();
	}

}
