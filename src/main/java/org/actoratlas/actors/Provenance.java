package org.actoratlas.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		List<?> sourceIds = listOf(properties.get(SOURCE_IDS));
		List<?> evidence = listOf(properties.get(EVIDENCE));
		List<NodeDetails.Citation> citations = new ArrayList<>();
		for (int i = 0; i < sourceIds.size(); i++) {
			String sourceId = String.valueOf(sourceIds.get(i));
			String quote = i < evidence.size() && evidence.get(i) != null ? String.valueOf(evidence.get(i)) : null;
			citations.add(new NodeDetails.Citation(sourceId, titles.getOrDefault(sourceId, sourceId), quote));
		}
		return citations;
	}

	/** The ids of the sources that state a relationship. */
	public static List<String> sourceIds(Map<String, Object> properties) {
		return listOf(properties.get(SOURCE_IDS)).stream().map(String::valueOf).toList();
	}

	static List<?> listOf(Object value) {
		return value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
	}

}
