package org.actoratlas.editing;

import java.util.List;
import java.util.Map;

/** Request bodies of the editing API. */
final class EditRecords {

	private EditRecords() {
	}

	/**
	 * A source for a fact: an existing Source ({@code id}) or a new one described here. The {@code quote}
	 * (the sentence that states the fact, or the note of what was said) becomes the link's evidence.
	 */
	record SourceRef(String id, String title, String kind, String url, String date, String quote) {
	}

	/** A new organisation, programme, event or person. */
	record NodeDraft(String kind, String name, List<String> aliases, String description, Map<String, Object> properties,
			SourceRef source) {
	}

	/** Changes to a node: only the fields given change. */
	record NodePatch(String name, List<String> aliases, String description, Map<String, Object> properties,
			SourceRef source) {
	}

	/** A link, or a further source for an existing one. */
	record LinkDraft(String type, String from, String to, Map<String, Object> properties, SourceRef source) {
	}

	record MergeRequest(String duplicateId) {
	}

	record Edited(String id, String changeId) {
	}

}
