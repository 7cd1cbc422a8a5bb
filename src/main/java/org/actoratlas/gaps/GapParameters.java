package org.actoratlas.gaps;

import java.util.List;
import java.util.Locale;

import org.actoratlas.system.BadParameterException;

/** Reads country and theme parameters: ids as the model has them, or an ISO code for a country. */
final class GapParameters {

	private GapParameters() {
	}

	/** {@code country:ML}, or {@code ML}; null when absent. */
	static String country(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		if (v.matches("[A-Za-z]{2}")) {
			return "country:" + v.toUpperCase(Locale.ROOT);
		}
		if (!v.matches("country:[A-Z]{2}")) {
			throw new BadParameterException(parameter, "'" + value + "' is not a country id like country:ML or an ISO code like ML");
		}
		return v;
	}

	static List<String> countries(String parameter, List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).map(v -> country(parameter, v)).distinct().toList();
	}

	/** A theme id, {@code theme:...}; null when absent. */
	static String theme(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		if (!v.startsWith("theme:") || v.length() == "theme:".length()) {
			throw new BadParameterException(parameter, "'" + value + "' is not a theme id like theme:dac-15130");
		}
		return v;
	}

	static List<String> themes(String parameter, List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).map(v -> theme(parameter, v)).distinct().toList();
	}

}
