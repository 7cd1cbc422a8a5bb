package org.actoratlas.funding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ExchangeRatesTest {

	@Test
	void convertsWithTheRatesOfTheAmountsOwnYear() {
		ExchangeRates rates = new ExchangeRates("year,currency,perUsd\n2020,USD,1\n2020,EUR,0.8\n2021,EUR,0.5\n2020,GBP,0.75\n");
		assertThat(rates.convert(80.0, "EUR", "USD", 2020)).hasValue(100.0);
		assertThat(rates.convert(80.0, "EUR", "USD", 2021)).hasValue(160.0);
		assertThat(rates.convert(80.0, "EUR", "GBP", 2020).orElseThrow()).isCloseTo(75.0, within(1e-9));
	}

	@Test
	void neverGuessesAMissingYearCurrencyOrDate() {
		ExchangeRates rates = new ExchangeRates("2020,USD,1\n2020,EUR,0.8\n");
		assertThat(rates.convert(80.0, "EUR", "USD", 2019)).isEmpty();
		assertThat(rates.convert(80.0, "XOF", "USD", 2020)).isEmpty();
		assertThat(rates.convert(80.0, null, "USD", 2020)).isEmpty();
		assertThat(rates.convert(80.0, "EUR", "USD", null)).isEmpty();
	}

	@Test
	void shipsRatesForTheCurrenciesAndYearsInTheData() {
		ExchangeRates rates = new ExchangeRates();
		for (int year = 2012; year <= 2022; year++) {
			for (String currency : new String[] { "EUR", "GBP", "CHF", "SEK", "NOK", "DKK", "CAD", "JPY" }) {
				assertThat(rates.convert(1.0, currency, "USD", year)).as(currency + " " + year).isPresent();
			}
		}
		assertThat(rates.convert(0.8932842, "EUR", "USD", 2019).orElseThrow()).isCloseTo(1.0, within(1e-4));
	}

	@Test
	void namesTheLineOfABrokenRate() {
		assertThatThrownBy(() -> new ExchangeRates("year,currency,perUsd\n2020;EUR;0.8\n")).hasMessageContaining("line 2");
	}

}
