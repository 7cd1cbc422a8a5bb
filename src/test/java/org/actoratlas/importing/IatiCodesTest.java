package org.actoratlas.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IatiCodesTest {

	@Test
	void bringsIati1TextCodesToIati2Codes() {
		assertThat(IatiCodes.transactionType("C")).isEqualTo("2");
		assertThat(IatiCodes.transactionType("IF")).isEqualTo("1");
		assertThat(IatiCodes.transactionType("E")).isEqualTo("4");
		assertThat(IatiCodes.transactionType("03")).isEqualTo("3");
		assertThat(IatiCodes.transactionType("XX")).isNull();
		assertThat(IatiCodes.role("Implementing")).isEqualTo("implementing");
		assertThat(IatiCodes.role("1")).isEqualTo("funding");
		assertThat(IatiCodes.dateType("start-actual")).isEqualTo("2");
		assertThat(IatiCodes.sectorVocabulary("DAC")).isEqualTo("1");
		assertThat(IatiCodes.sectorVocabulary(null)).isEqualTo("1");
		assertThat(IatiCodes.sectorVocabulary("DAC-3")).isEqualTo("2");
	}

	@Test
	void treatsIncomingAndOutgoingTransactionsApart() {
		assertThat(IatiCodes.incoming("11")).isTrue();
		assertThat(IatiCodes.outgoing("4")).isTrue();
		assertThat(IatiCodes.incoming("13")).isFalse();
		assertThat(IatiCodes.outgoing("12")).isFalse();
	}

	@Test
	void mapsOrganisationTypesToTheModel() {
		assertThat(IatiCodes.organisationType("40")).isEqualTo("multilateral");
		assertThat(IatiCodes.organisationType("21")).isEqualTo("ngo-international");
		assertThat(IatiCodes.organisationType("24")).isEqualTo("ngo-national");
		assertThat(IatiCodes.organisationType("99")).isNull();
	}

}
