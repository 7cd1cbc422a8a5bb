package org.actoratlas.actors;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.actoratlas.system.BadParameterException;

/** What a node is, named as the API and UI name it; each kind is one Neo4j label. */
public enum Kind {

	ORGANISATION("Organisation"), DONOR("Donor"), PROGRAMME("Programme"), COUNTRY("Country"), REGION("Region"),
	THEME("Theme"), EVENT("Event"), PERSON("Person"), SOURCE("Source");

	private final String label;

	Kind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind a node is shown as; a donor is shown as the organisation it is. */
	public static Optional<Kind> ofLabels(Collection<String> labels) {
		return Arrays.stream(values())
			.filter(kind -> kind != DONOR && labels.contains(kind.label))
			.findFirst();
	}

	public static String apiNameOf(Collection<String> labels) {
		return ofLabels(labels).map(Kind::apiName).orElse("other");
	}

	public static Kind parse(String parameter, String value) {
		return Arrays.stream(values())
			.filter(kind -> kind.apiName().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> new BadParameterException(parameter,
					"'" + value + "' is not a kind; use one of " + Arrays.stream(values()).map(Kind::apiName).toList()));
	}

}
