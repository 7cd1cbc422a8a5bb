package org.actoratlas.gaps;

import java.util.Arrays;
import java.util.Locale;

import org.actoratlas.system.BadParameterException;

/** Which nodes the gaps API pairs up: organisations, only donors, or programmes. */
enum ActorKind {

	ORGANISATION, DONOR, PROGRAMME;

	static ActorKind parse(String value) {
		if (value == null || value.isBlank()) {
			return ORGANISATION;
		}
		return Arrays.stream(values())
			.filter(kind -> kind.name().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> new BadParameterException("kind",
					"'" + value + "' cannot be paired; use organisation, donor or programme"));
	}

	String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** What "linked" means for this kind, as the explanation says it. */
	String noLink() {
		return this == PROGRAMME ? "they share no implementer, neither funds nor is part of the other, and they are not parts of one programme"
				: "no partnership, joint programme, funding, membership or shared event is recorded between them";
	}

}
