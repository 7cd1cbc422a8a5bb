package org.actoratlas.importing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A node an import states. {@code props} are the import's own facts and overwrite; {@code defaults}
 * fill only what the graph does not know yet (a hand-curated name wins); {@code onCreate} is set only
 * when the node is new (a placeholder flag must never land on a real programme).
 */
record NodeRow(String label, String id, Map<String, Object> props, Map<String, Object> defaults,
		Map<String, Object> onCreate) {

	NodeRow {
		if (!GraphWriter.LABELS.contains(label)) {
			throw new IllegalArgumentException("Not a node label: " + label);
		}
	}

	static NodeRow of(String label, String id) {
		return new NodeRow(label, id, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
	}

	NodeRow prop(String key, Object value) {
		this.props.put(key, value);
		return this;
	}

	NodeRow byDefault(String key, Object value) {
		if (value != null) {
			this.defaults.putIfAbsent(key, value);
		}
		return this;
	}

	NodeRow whenCreated(String key, Object value) {
		if (value != null) {
			this.onCreate.putIfAbsent(key, value);
		}
		return this;
	}

	/** Two mentions of one node in a batch: later facts win, the first default stays. */
	NodeRow mergedWith(NodeRow later) {
		NodeRow merged = new NodeRow(this.label, this.id, new LinkedHashMap<>(this.props), new LinkedHashMap<>(this.defaults),
				new LinkedHashMap<>(this.onCreate));
		merged.props.putAll(later.props);
		later.defaults.forEach(merged.defaults::putIfAbsent);
		later.onCreate.forEach(merged.onCreate::putIfAbsent);
		return merged;
	}

}
