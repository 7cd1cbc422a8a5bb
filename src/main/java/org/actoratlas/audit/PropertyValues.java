package org.actoratlas.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Converts Neo4j property values to JSON-safe values and back, keeping dates as dates. */
public final class PropertyValues {

	private PropertyValues() {
	}

	public static Map<String, Object> toJson(Map<String, Object> properties) {
		Map<String, Object> json = new TreeMap<>();
		properties.forEach((key, value) -> json.put(key, toJson(value)));
		return json;
	}

	static Object toJson(Object value) {
		if (value instanceof LocalDate date) {
			return Map.of("$date", date.toString());
		}
		if (value instanceof ZonedDateTime time) {
			return Map.of("$datetime", time.toOffsetDateTime().toString());
		}
		if (value instanceof OffsetDateTime time) {
			return Map.of("$datetime", time.toString());
		}
		if (value instanceof LocalDateTime time) {
			return Map.of("$localdatetime", time.toString());
		}
		if (value instanceof List<?> list) {
			return list.stream().map(PropertyValues::toJson).toList();
		}
		return value;
	}

	/** The values to bind as Cypher parameters when writing a snapshot back. */
	public static Map<String, Object> fromJson(Map<String, Object> json) {
		Map<String, Object> properties = new LinkedHashMap<>();
		json.forEach((key, value) -> properties.put(key, fromJson(value)));
		return properties;
	}

	static Object fromJson(Object value) {
		if (value instanceof Map<?, ?> map && map.size() == 1) {
			Object text = map.values().iterator().next();
			return switch (String.valueOf(map.keySet().iterator().next())) {
				case "$date" -> LocalDate.parse(String.valueOf(text));
				case "$datetime" -> OffsetDateTime.parse(String.valueOf(text)).toZonedDateTime();
				case "$localdatetime" -> LocalDateTime.parse(String.valueOf(text));
				default -> value;
			};
		}
		if (value instanceof List<?> list) {
			return list.stream().map(PropertyValues::fromJson).toList();
		}
		return value;
	}

}
