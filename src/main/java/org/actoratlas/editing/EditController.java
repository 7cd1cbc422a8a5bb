package org.actoratlas.editing;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The editing API (editor role; reverts need an admin). Each answer names the audit-trail entry. */
@RestController
class EditController {

	private final Editing editing;

	private final Reverting reverting;

	EditController(Editing editing, Reverting reverting) {
		this.editing = editing;
		this.reverting = reverting;
	}

	@Operation(summary = "Create an organisation, programme, event or person",
			description = "kind: organisation|programme|event|person; optional source {id} or {title, kind: user|meeting|document|url, url, date, quote}")
	@PostMapping("/api/nodes")
	@ResponseStatus(HttpStatus.CREATED)
	EditRecords.Edited create(@RequestBody EditRecords.NodeDraft draft) {
		return this.editing.create(draft);
	}

	@Operation(summary = "Change a node's name, aliases, description or properties (only the fields given)")
	@PatchMapping("/api/nodes/{id}")
	EditRecords.Edited update(@PathVariable String id, @RequestBody EditRecords.NodePatch patch) {
		return this.editing.update(id, patch);
	}

	@Operation(summary = "Delete an organisation, programme, event or person with its links (recorded, revertible)")
	@DeleteMapping("/api/nodes/{id}")
	EditRecords.Edited delete(@PathVariable String id) {
		return this.editing.delete(id);
	}

	@Operation(summary = "Merge a duplicate into this node: links, aliases, sources and map memberships move; the duplicate goes")
	@PostMapping("/api/nodes/{id}/merge")
	EditRecords.Edited merge(@PathVariable String id, @RequestBody EditRecords.MergeRequest request) {
		return this.editing.merge(id, request.duplicateId());
	}

	@Operation(summary = "Add a link of a model type with its source (or add a source to an existing link)",
			description = "source is required: {id, quote} of an existing Source, or {title, kind, url, date, quote} for a new one")
	@PostMapping("/api/links")
	@ResponseStatus(HttpStatus.CREATED)
	EditRecords.Edited link(@RequestBody EditRecords.LinkDraft draft) {
		return this.editing.link(draft);
	}

	@Operation(summary = "Change a link's properties; like every changed link, it needs a source")
	@PutMapping("/api/links")
	EditRecords.Edited changeLink(@RequestBody EditRecords.LinkDraft draft) {
		return this.editing.link(draft);
	}

	@Operation(summary = "Delete the links of a type from one node to another")
	@DeleteMapping("/api/links")
	EditRecords.Edited unlink(@RequestParam String type, @RequestParam String from, @RequestParam String to) {
		return this.editing.unlink(type, from, to);
	}

	@Operation(summary = "Revert a change of the audit trail to the state before it (admin)")
	@PostMapping("/api/changes/{id}/revert")
	EditRecords.Edited revert(@PathVariable String id) {
		return this.reverting.revert(id);
	}

}
