package org.actoratlas.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads the provenance every relationship carries: parallel lists {@code sourceIds} and
 * {@code evidence}, one entry per source that states the fact.
 */
public final class Provenance {

	public static final String SOURCE_IDS = "sourceIds";

	public static final String EVIDENCE = "evidence";

	private Provenance() {
	}

	/** The relationship's own properties, without the provenance lists. */
	public static Map<String, Object> withoutProvenance(Map<String, Object> properties) {
		Map<String, Object> plain = new HashMap<>(properties);
		plain.remove(SOURCE_IDS);
		plain.remove(EVIDENCE);
		return plain;
	}

	static List<NodeDetails.Citation> citations(Map<String, Object> properties, Map<String, String> titles) {
		List<NodeDetails.Citation> citations = new ArrayList<>();
		forEachCitation(properties, (sourceId, quote) -> citations
			.add(new NodeDetails.Citation(sourceId, titles.getOrDefault(sourceId, sourceId), quote)));
		return citations;
	}

	/**
	 * Calls {@code citation} with each source id of a relationship and the evidence it gives, in
	 * order; the evidence is {@code null} where the list holds none for that source.
	 */
	public static void forEachCitation(Map<String, Object> properties, BiConsumer<String, String> citation) {
		List<?> sourceIds = listOf(properties.get(SOURCE_IDS));
		List<?> evidence = listOf(properties.get(EVIDENCE));
		for (int i = 0; i < sourceIds.size(); i++) {
			Object quote = i < evidence.size() ? evidence.get(i) : null;
			citation.accept(String.valueOf(sourceIds.get(i)), quote == null ? null : String.valueOf(quote));
		}
	}

	/** The ids of the sources that state a relationship. */
	public static List<String> sourceIds(Map<String, Object> properties) {
		return listOf(properties.get(SOURCE_IDS)).stream().map(String::valueOf).toList();
	}

	static List<?> listOf(Object value) {
		return value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
	}

}
