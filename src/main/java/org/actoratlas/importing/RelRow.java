package org.actoratlas.importing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A relationship an import states, with the record that states it ({@code evidence}). {@code merge}
 * says what makes two statements the same fact; {@code mergeValue} is that property's value.
 */
record RelRow(String type, Merge merge, String mergeValue, String from, String to, Map<String, Object> props,
		String evidence) {

	/** What identifies the relationship between two nodes. */
	enum Merge {

		/** One such relationship per pair of nodes. */
		PAIR(""),
		/** One per role (an organisation both accountable and implementing). */
		ROLE(" {role: row.mergeValue}"),
		/** One per record (a transaction, an FTS flow): re-importing finds it again by key. */
		KEY(" {key: row.mergeValue}");

		final String pattern;

		Merge(String pattern) {
			this.pattern = pattern;
		}

	}

	RelRow {
		if (!GraphWriter.TYPES.contains(type)) {
			throw new IllegalArgumentException("Not a relationship type: " + type);
		}
	}

	static RelRow pair(String type, String from, String to, String evidence) {
		return new RelRow(type, Merge.PAIR, null, from, to, new LinkedHashMap<>(), evidence);
	}

	static RelRow role(String type, String role, String from, String to, String evidence) {
		RelRow row = new RelRow(type, Merge.ROLE, role, from, to, new LinkedHashMap<>(), evidence);
		row.props.put("role", role);
		return row;
	}

	static RelRow keyed(String type, String key, String from, String to, String evidence) {
		RelRow row = new RelRow(type, Merge.KEY, key, from, to, new LinkedHashMap<>(), evidence);
		row.props.put("key", key);
		return row;
	}

	RelRow prop(String key, Object value) {
		this.props.put(key, value);
		return this;
	}

	String identity() {
		return this.type + '|' + this.merge + '|' + this.mergeValue + '|' + this.from + '|' + this.to;
	}

}
