package org.actoratlas.funding;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransfersTest {

	@Test
	void countsTheGiversReportWhenBothSidesReportTheSameFlow() {
		List<Rel> pair = List.of(rel(2900000.0, "EUR", "3", "provider", "A#3"), rel(64238.0, "EUR", "1", "receiver", "B#1"),
				rel(2885762.0, "EUR", "1", "receiver", "B#5"));
		assertThat(Transfers.sum(Transfers.counted(pair))).containsExactly(new Amount("disbursed", "EUR", 2900000.0));
		assertThat(Transfers.doubleReported(pair)).isTrue();
	}

	@Test
	void keepsTheReceiversReportOfAnotherMeasure() {
		List<Rel> pair = List.of(rel(1000.0, "EUR", "2", "provider", "A#1"), rel(900.0, "EUR", "1", "receiver", "B#1"));
		assertThat(Transfers.sum(Transfers.counted(pair))).containsExactly(new Amount("committed", "EUR", 1000.0),
				new Amount("disbursed", "EUR", 900.0));
		assertThat(Transfers.doubleReported(pair)).isFalse();
	}

	@Test
	void neverAddsAcrossCurrenciesOrMissingCurrency() {
		List<Rel> pair = List.of(rel(1000.0, "GBP", "1", "receiver", "k1"), rel(1000.0, "USD", "1", "receiver", "k2"),
				rel(1000.0, null, "1", "receiver", "k3"));
		assertThat(Transfers.sum(pair)).containsExactly(new Amount("disbursed", null, 1000.0), new Amount("disbursed", "GBP", 1000.0),
				new Amount("disbursed", "USD", 1000.0));
	}

	@Test
	void totalCountsATransactionStoredTwiceOnceAndDropsADoubleReportEverywhere() {
		// B reported incoming funds from activity A and organisation O (one transaction, key B#1); A reported paying B.
		List<Rel> fromActivity = List.of(rel(1000.0, "EUR", "1", "receiver", "B#1"), rel(1000.0, "EUR", "3", "provider", "A#7"));
		List<Rel> fromOrganisation = List.of(rel(1000.0, "EUR", "1", "receiver", "B#1"));
		List<Rel> other = List.of(rel(50.0, "EUR", "1", "receiver", "B#2"));
		assertThat(Transfers.total(List.of(fromActivity, fromOrganisation, other))).containsExactly(new Amount("disbursed", "EUR", 1050.0));
	}

	@Test
	void readsBothEndsOfAnImportedTransactionAsOneTransaction() {
		assertThat(Rel.transaction("iati:XE-B#1:provider-org")).isEqualTo(Rel.transaction("iati:XE-B#1:provider-activity-id"))
			.isEqualTo("iati:XE-B#1");
		assertThat(Rel.transaction("iati:XE-A#7:receiver-activity-id")).isEqualTo("iati:XE-A#7");
		assertThat(Rel.transaction("fts:123")).isEqualTo("fts:123");
	}

	@Test
	void readsMeasuresFromIatiTransactionTypesAndFtsStatus() {
		assertThat(Rel.measureOf("11", null)).isEqualTo("committed");
		assertThat(Rel.measureOf("4", null)).isEqualTo("disbursed");
		assertThat(Rel.measureOf(null, "pledge")).isEqualTo("pledged");
		assertThat(Rel.measureOf(null, "paid")).isEqualTo("disbursed");
		assertThat(Rel.measureOf(null, null)).isEqualTo("committed");
	}

	static Rel rel(Double amount, String currency, String transactionType, String side, String key) {
		return new Rel("FUNDS", amount, currency, Rel.measureOf(transactionType, null), side, key, "2020-03-23", null, null,
				List.of("source:test"));
	}

}
