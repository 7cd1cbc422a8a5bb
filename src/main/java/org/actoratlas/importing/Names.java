package org.actoratlas.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names become comparable keys and ids: the same organisation spelled twice must meet. */
final class Names {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Names() {
	}

	/** Lower case, accents folded, punctuation and whitespace collapsed to single spaces. */
	static String normalise(String name) {
		if (name == null) {
			return "";
		}
		// U+FFFD marks a character lost in a bad encoding; dropping it keeps the rest of the word together.
		String folded = MARKS.matcher(Normalizer.normalize(name.replace("\uFFFD", ""), Normalizer.Form.NFD)).replaceAll("");
		return SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** A normalised name as an id segment: words joined by hyphens. */
	static String slug(String name) {
		return normalise(name).replace(' ', '-');
	}

	/** Trims and collapses inner whitespace; {@code null} for blank text. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
		return cleaned.isEmpty() ? null : cleaned;
	}

}
