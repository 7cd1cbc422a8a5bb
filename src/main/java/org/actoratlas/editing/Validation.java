package org.actoratlas.editing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.actoratlas.system.BadParameterException;

/** Checks what an editor sent before anything is written; each failure names the field at fault. */
final class Validation {

	static final Map<String, String> KINDS = Map.of("organisation", "Organisation", "programme", "Programme", "event",
			"Event", "person", "Person");

	static final Map<String, String> ID_PREFIXES = Map.of("Organisation", "org", "Programme", "programme", "Event",
			"event", "Person", "person");

	private static final Map<String, Set<String>> NODE_PROPERTIES = Map.of(
			"Organisation", Set.of("type", "url", "iatiRef"),
			"Programme", Set.of("programmeType", "startDate", "endDate", "budget", "currency", "status", "url"),
			"Event", Set.of("date", "dateNote", "place", "eventType", "url"),
			"Person", Set.of("title", "url"));

	static final Set<String> ORGANISATION_TYPES = Set.of("government", "multilateral", "ngo-international", "ngo-national",
			"ngo-regional", "civil-society", "network", "research", "academic", "foundation", "private", "public-private", "other");

	private static final Set<String> DATES = Set.of("startDate", "endDate", "date", "valueDate");

	private static final Set<String> SOURCE_KINDS = Set.of("user", "meeting", "document", "url");

	private Validation() {
	}

	static String kindLabel(String kind) {
		String label = kind == null ? null : KINDS.get(kind.strip().toLowerCase(Locale.ROOT));
		if (label == null) {
			throw new BadParameterException("kind", "'" + kind + "' cannot be created here; use one of " + KINDS.keySet()
					+ " (countries, regions and themes are reference data: link to them)");
		}
		return label;
	}

	static String name(String name) {
		if (name == null || name.isBlank()) {
			throw new BadParameterException("name", "must not be blank");
		}
		if (name.length() > 300) {
			throw new BadParameterException("name", "at most 300 characters");
		}
		return name.strip();
	}

	static List<String> aliases(List<String> aliases) {
		return aliases == null ? List.of() : aliases.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).distinct().toList();
	}

	/** Only the model's property names, with plain values; dates become Neo4j dates. */
	static Map<String, Object> nodeProperties(String label, Map<String, Object> properties) {
		return properties(properties, NODE_PROPERTIES.getOrDefault(label, Set.of()), label);
	}

	static Map<String, Object> linkProperties(Map<String, Object> properties) {
		return properties(properties, LinkType.PROPERTIES, "a link");
	}

	private static Map<String, Object> properties(Map<String, Object> properties, Set<String> allowed, String what) {
		Map<String, Object> checked = new HashMap<>();
		if (properties == null) {
			return checked;
		}
		properties.forEach((key, value) -> {
			if (!allowed.contains(key)) {
				throw new BadParameterException("properties", "'" + key + "' is not a property of " + what + "; use " + allowed);
			}
			if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
				throw new BadParameterException("properties." + key, "must be text, a number or true/false");
			}
			checked.put(key, DATES.contains(key) && value != null ? date("properties." + key, String.valueOf(value)) : value);
		});
		Object type = checked.get("type");
		if (type != null && !ORGANISATION_TYPES.contains(type)) {
			throw new BadParameterException("properties.type", "'" + type + "' is not an organisation type; use " + ORGANISATION_TYPES);
		}
		return checked;
	}

	static LocalDate date(String field, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadParameterException(field, "'" + value + "' is not a date (YYYY-MM-DD)");
		}
	}

	/** A new or changed link needs a source: an existing one, or a new one with title, kind and quote. */
	static void source(EditRecords.SourceRef source, boolean required) {
		if (source == null) {
			if (required) {
				throw new BadParameterException("source", "every new or changed link needs a source: {\"id\": an existing source}"
						+ " or {\"title\", \"kind\": user|meeting|document|url, \"quote\"}");
			}
			return;
		}
		if (source.quote() == null || source.quote().isBlank()) {
			throw new BadParameterException("source.quote", "give the sentence that states the fact, or a note of what was said");
		}
		if (source.id() != null && !source.id().isBlank()) {
			return;
		}
		if (source.title() == null || source.title().isBlank()) {
			throw new BadParameterException("source.title", "a new source needs a title (or give the id of an existing source)");
		}
		if (source.kind() == null || !SOURCE_KINDS.contains(source.kind())) {
			throw new BadParameterException("source.kind", "'" + source.kind() + "' is not a source kind; use " + SOURCE_KINDS);
		}
		if (source.url() != null && !source.url().isBlank() && !source.url().matches("(?i)https?://\\S+")) {
			throw new BadParameterException("source.url", "must start with http:// or https://");
		}
		if ("url".equals(source.kind()) && (source.url() == null || source.url().isBlank())) {
			throw new BadParameterException("source.url", "a source of kind url needs the url");
		}
		if (source.date() != null && !source.date().isBlank()) {
			date("source.date", source.date());
		}
	}

}
