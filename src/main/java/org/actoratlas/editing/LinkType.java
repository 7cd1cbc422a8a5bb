package org.actoratlas.editing;

import java.util.Arrays;
import java.util.Set;

import org.actoratlas.system.BadParameterException;

/**
 * The relationship types of the model (cypher/README.md) with the kinds each may join. The type is
 * written into Cypher from this list only, never from what the client sent.
 */
enum LinkType {

	FUNDS(Set.of("Organisation", "Programme"), Set.of("Programme", "Organisation")),
	IMPLEMENTS(Set.of("Organisation"), Set.of("Programme")),
	REPORTS(Set.of("Organisation"), Set.of("Programme")),
	PARTNERS_WITH(Set.of("Organisation"), Set.of("Organisation")),
	MEMBER_OF(Set.of("Organisation", "Person"), Set.of("Organisation")),
	PART_OF(Set.of("Organisation", "Programme", "Event", "Theme", "Country"), Set.of("Organisation", "Programme", "Event", "Theme", "Region")),
	ACTIVE_IN(Set.of("Programme", "Organisation"), Set.of("Country", "Region")),
	BASED_IN(Set.of("Organisation"), Set.of("Country")),
	ADDRESSES(Set.of("Programme", "Organisation", "Event"), Set.of("Theme")),
	PARTICIPATED_IN(Set.of("Organisation", "Person", "Country"), Set.of("Event")),
	HELD_IN(Set.of("Event"), Set.of("Country")),
	WORKS_FOR(Set.of("Person"), Set.of("Organisation"));

	/** Properties a link may carry besides its provenance. */
	static final Set<String> PROPERTIES = Set.of("role", "title", "amount", "currency", "startDate", "endDate",
			"valueDate", "percentage", "vocabulary");

	private final Set<String> from;

	private final Set<String> to;

	LinkType(Set<String> from, Set<String> to) {
		this.from = from;
		this.to = to;
	}

	static LinkType parse(String value) {
		return Arrays.stream(values())
			.filter(type -> value != null && type.name().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> new BadParameterException("type", "'" + value + "' is not a relationship type; use one of "
					+ Arrays.stream(values()).map(Enum::name).toList()));
	}

	/** 400 unless the kinds fit, e.g. HELD_IN joins an event to a country, in that direction. */
	void check(String fromKind, String toKind) {
		if (!this.from.contains(fromKind) || !this.to.contains(toKind)) {
			throw new BadParameterException("type", name() + " cannot join a " + fromKind + " to a " + toKind
					+ "; it joins " + this.from + " to " + this.to);
		}
	}

	/** The only place a type name enters a Cypher text: from this enum. */
	String cypher() {
		return "`" + name() + "`";
	}

	static boolean isKnown(String name) {
		return Arrays.stream(values()).anyMatch(type -> type.name().equals(name)) || "INCLUDES".equals(name);
	}

}
