package org.actoratlas.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the literal values the seed files write by hand (lists, maps, strings, numbers, booleans,
 * {@code null}, {@code date('...')}) into Java values, so that a statement's big literal list can
 * be sent as a parameter: Neo4j then compiles a short query instead of rewriting a tree of
 * thousands of literals, which was most of the seed's load time on a cold start.
 */
final class CypherLiteral {

	private final String text;

	private int pos;

	private CypherLiteral(String text, int pos) {
		this.text = text;
		this.pos = pos;
	}

	/** The value starting at {@code start} and the index just after it, or empty if it is not a plain literal. */
	static Optional<Parsed> parse(String text, int start) {
		try {
			CypherLiteral parser = new CypherLiteral(text, start);
			Object value = parser.value();
			return Optional.of(new Parsed(value, parser.pos));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

	record Parsed(Object value, int end) {
	}

	private Object value() {
		skipBlanks();
		char c = this.text.charAt(this.pos);
		if (c == '[') {
			return list();
		}
		if (c == '{') {
			return map();
		}
		if (c == '\'' || c == '"') {
			return string();
		}
		if (c == '-' || Character.isDigit(c)) {
			return number();
		}
		String word = word();
		return switch (word.toLowerCase()) {
			case "true" -> true;
			case "false" -> false;
			case "null" -> null;
			case "date" -> date();
			default -> throw new IllegalArgumentException("not a literal: " + word);
		};
	}

	private List<Object> list() {
		List<Object> list = new ArrayList<>();
		this.pos++;
		while (!next(']')) {
			list.add(value());
			next(',');
		}
		return list;
	}

	private Map<String, Object> map() {
		Map<String, Object> map = new LinkedHashMap<>();
		this.pos++;
		while (!next('}')) {
			skipBlanks();
			String key = this.text.charAt(this.pos) == '`' ? quoted('`') : word();
			expect(':');
			map.put(key, value());
			next(',');
		}
		return map;
	}

	private String string() {
		return quoted(this.text.charAt(this.pos));
	}

	private String quoted(char quote) {
		StringBuilder out = new StringBuilder();
		this.pos++;
		for (char c = this.text.charAt(this.pos++); c != quote; c = this.text.charAt(this.pos++)) {
			if (c == '\\') {
				char escaped = this.text.charAt(this.pos++);
				switch (escaped) {
					case 'n' -> out.append('\n');
					case 't' -> out.append('\t');
					case 'r' -> out.append('\r');
					case 'u' -> {
						out.append((char) Integer.parseInt(this.text.substring(this.pos, this.pos + 4), 16));
						this.pos += 4;
					}
					default -> out.append(escaped);
				}
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private Object number() {
		int start = this.pos;
		this.pos++;
		while (this.pos < this.text.length() && "0123456789.eE+-".indexOf(this.text.charAt(this.pos)) >= 0) {
			this.pos++;
		}
		String number = this.text.substring(start, this.pos);
		return number.matches("-?\\d+") ? Long.parseLong(number) : Double.parseDouble(number);
	}

	private LocalDate date() {
		expect('(');
		skipBlanks();
		LocalDate date = LocalDate.parse(string());
		expect(')');
		return date;
	}

	private String word() {
		int start = this.pos;
		while (this.pos < this.text.length() && Character.isJavaIdentifierPart(this.text.charAt(this.pos))) {
			this.pos++;
		}
		if (start == this.pos) {
			throw new IllegalArgumentException("unexpected " + this.text.charAt(this.pos) + " at " + this.pos);
		}
		return this.text.substring(start, this.pos);
	}

	private void expect(char c) {
		if (!next(c)) {
			throw new IllegalArgumentException("expected " + c + " at " + this.pos);
		}
	}

	private boolean next(char c) {
		skipBlanks();
		if (this.text.charAt(this.pos) == c) {
			this.pos++;
			return true;
		}
		return false;
	}

	private void skipBlanks() {
		while (true) {
			while (Character.isWhitespace(this.text.charAt(this.pos))) {
				this.pos++;
			}
			if (!this.text.startsWith("//", this.pos)) {
				return;
			}
			this.pos = this.text.indexOf('\n', this.pos);
		}
	}

}
