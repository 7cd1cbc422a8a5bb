package org.actoratlas.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the user narrowed the view to. Empty lists mean "no restriction". Country and theme filters
 * keep a node that is linked to one of them directly or through one programme, event or
 * organisation, so that a person or a donor stays in view with the work that places them there.
 * Themes are expanded to their sub-themes by the caller.
 */
public record NodeFilter(List<String> labels, List<String> organisationTypes, List<String> countries,
		List<String> themes, List<String> relationshipTypes, LocalDate from, LocalDate to) {

	public static final NodeFilter NONE = new NodeFilter(List.of(), List.of(), List.of(), List.of(), List.of(), null, null);

	/** A Cypher predicate over the node variable {@code var}, reading the parameters of {@link #parameters()}. */
	public static String predicate(String var) {
		return """
				($labels IS NULL OR any(l IN labels(%1$s) WHERE l IN $labels))
				AND ($orgTypes IS NULL OR NOT %1$s:Organisation OR %1$s.type IN $orgTypes)
				AND ($countries IS NULL OR %1$s:Theme OR %1$s:Region OR %1$s:Source OR %1$s.id IN $countries
				     OR (NOT %1$s:Country AND (
				         EXISTS { (%1$s)-[:ACTIVE_IN|BASED_IN|HELD_IN]->(c:Country) WHERE c.id IN $countries }
				         OR EXISTS { (%1$s)--(:Programme|Event|Organisation)-[:ACTIVE_IN|BASED_IN|HELD_IN]->(c:Country) WHERE c.id IN $countries })))
				AND ($themes IS NULL OR %1$s:Country OR %1$s:Region OR %1$s:Source OR %1$s.id IN $themes
				     OR (NOT %1$s:Theme AND (
				         EXISTS { (%1$s)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $themes }
				         OR EXISTS { (%1$s)--(:Programme|Event|Organisation)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $themes })))
				AND ($from IS NULL OR coalesce(%1$s.endDate, %1$s.date) IS NULL OR coalesce(%1$s.endDate, %1$s.date) >= $from)
				AND ($to IS NULL OR coalesce(%1$s.startDate, %1$s.date) IS NULL OR coalesce(%1$s.startDate, %1$s.date) <= $to)
				""".formatted(var);
	}

	/** A Cypher predicate over the relationship variable {@code var}. */
	public static String relationshipPredicate(String var) {
		return "($relTypes IS NULL OR type(%1$s) IN $relTypes)".formatted(var);
	}

	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("labels", orNull(this.labels));
		parameters.put("orgTypes", orNull(this.organisationTypes));
		parameters.put("countries", orNull(this.countries));
		parameters.put("themes", orNull(this.themes));
		parameters.put("relTypes", orNull(this.relationshipTypes));
		parameters.put("from", this.from);
		parameters.put("to", this.to);
		return parameters;
	}

	public NodeFilter withThemes(List<String> expandedThemes) {
		return new NodeFilter(this.labels, this.organisationTypes, this.countries, expandedThemes, this.relationshipTypes,
				this.from, this.to);
	}

	private static List<String> orNull(List<String> values) {
		return values == null || values.isEmpty() ? null : values;
	}

}
