package org.actoratlas.actors;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns what a user types into a Lucene query for the names full-text index: each word may match
 * exactly (ranked highest), as a prefix (suggestions while typing) or with a typo (fuzzy).
 */
final class LuceneQuery {

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private LuceneQuery() {
	}

	static String of(String userText) {
		return Arrays.stream(userText.toLowerCase(Locale.ROOT).split("[\\s,;]+"))
			.map(LuceneQuery::escape)
			.filter(word -> !word.isBlank())
			.map(LuceneQuery::alternatives)
			.collect(Collectors.joining(" AND "));
	}

	private static String alternatives(String word) {
		StringBuilder clause = new StringBuilder("(").append(word).append("^4 OR ").append(word).append("*^2");
		int letters = word.replace("\\", "").length();
		if (letters >= 4) {
			clause.append(" OR ").append(word).append(letters >= 7 ? "~2" : "~1");
		}
		return clause.append(")").toString();
	}

	private static String escape(String word) {
		StringBuilder escaped = new StringBuilder();
		for (char c : word.toCharArray()) {
			if (SPECIAL.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		String result = escaped.toString();
		// Lucene reads a bare AND/OR/NOT as an operator, not a word.
		return switch (result) {
			case "and", "or", "not" -> "";
			default -> result;
		};
	}

}
