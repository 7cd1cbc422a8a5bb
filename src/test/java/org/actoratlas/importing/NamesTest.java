package org.actoratlas.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

	@Test
	void normalisesCaseAccentsPunctuationAndSpaces() {
		assertThat(Names.normalise("  Médecins Sans Frontières (MSF) - Belgique ")).isEqualTo("medecins sans frontieres msf belgique");
		assertThat(Names.normalise("United Nations Children's Fund")).isEqualTo(Names.normalise("united nations children s  fund"));
	}

	@Test
	void dropsCharactersLostToABadEncoding() {
		assertThat(Names.normalise("Direction g\uFFFDn\uFFFDrale")).isEqualTo("direction gnrale");
	}

	@Test
	void slugsJoinWordsWithHyphens() {
		assertThat(Names.slug("Sécurité Alimentaire")).isEqualTo("securite-alimentaire");
	}

	@Test
	void cleansBlankTextToNull() {
		assertThat(Names.clean(" \u00A0 ")).isNull();
		assertThat(Names.clean("  a \n b ")).isEqualTo("a b");
	}

}
