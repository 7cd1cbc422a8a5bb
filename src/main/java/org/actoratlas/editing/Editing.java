package org.actoratlas.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.actoratlas.audit.AuditTrail;
import org.actoratlas.audit.Snapshot;
import org.actoratlas.audit.Snapshots;
import org.actoratlas.system.BadParameterException;
import org.actoratlas.system.NotFoundException;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each edit in one transaction: validate, take the state before, write, take the state after, record. */
@Service
class Editing {

	private final GraphWriter writer;

	private final Merger merger;

	private final Snapshots snapshots;

	private final AuditTrail trail;

	Editing(GraphWriter writer, Merger merger, Snapshots snapshots, AuditTrail trail) {
		this.writer = writer;
		this.merger = merger;
		this.snapshots = snapshots;
		this.trail = trail;
	}

	@Transactional
	EditRecords.Edited create(EditRecords.NodeDraft draft) {
		String label = Validation.kindLabel(draft.kind());
		Map<String, Object> properties = new HashMap<>(Validation.nodeProperties(label, draft.properties()));
		properties.put("name", Validation.name(draft.name()));
		properties.put("aliases", Validation.aliases(draft.aliases()));
		properties.put("description", blankToNull(draft.description()));
		Validation.source(draft.source(), false);
		String id = this.writer.newId(label, draft.name());
		this.writer.createNode(id, label, properties);
		if (draft.source() != null) {
			this.writer.addNodeSource(id, this.writer.source(draft.source(), user()));
		}
		return record("node.create", id, List.of(id), Snapshot.NOTHING, this.snapshots.nodes(id));
	}

	@Transactional
	EditRecords.Edited update(String id, EditRecords.NodePatch patch) {
		String label = this.writer.kindOf(id);
		Map<String, Object> properties = new HashMap<>(Validation.nodeProperties(label, patch.properties()));
		if (patch.name() != null) {
			properties.put("name", Validation.name(patch.name()));
		}
		if (patch.aliases() != null) {
			properties.put("aliases", Validation.aliases(patch.aliases()));
		}
		if (patch.description() != null) {
			properties.put("description", blankToNull(patch.description()));
		}
		Validation.source(patch.source(), false);
		Snapshot before = this.snapshots.nodes(id);
		this.writer.updateNode(id, properties);
		if (patch.source() != null) {
			this.writer.addNodeSource(id, this.writer.source(patch.source(), user()));
		}
		return record("node.update", id, List.of(id), before, this.snapshots.nodes(id));
	}

	@Transactional
	EditRecords.Edited delete(String id) {
		editable(id);
		Snapshot before = this.snapshots.nodes(id);
		this.writer.deleteNode(id);
		return record("node.delete", id, List.of(id), before, Snapshot.NOTHING);
	}

	@Transactional
	EditRecords.Edited link(EditRecords.LinkDraft draft) {
		LinkType type = LinkType.parse(draft.type());
		String from = required("from", draft.from());
		String to = required("to", draft.to());
		if (from.equals(to)) {
			throw new BadParameterException("to", "a link joins two different nodes");
		}
		type.check(kind("from", from), kind("to", to));
		Map<String, Object> properties = Validation.linkProperties(draft.properties());
		Validation.source(draft.source(), true);
		Snapshot before = this.snapshots.links(type.name(), from, to);
		String sourceId = this.writer.source(draft.source(), user());
		this.writer.link(type, from, to, properties, sourceId, draft.source().quote().strip());
		return record(before.isEmpty() ? "link.create" : "link.update", from, List.of(from, to), before,
				this.snapshots.links(type.name(), from, to));
	}

	@Transactional
	EditRecords.Edited unlink(String typeName, String from, String to) {
		LinkType type = LinkType.parse(typeName);
		Snapshot before = this.snapshots.links(type.name(), required("from", from), required("to", to));
		if (before.isEmpty()) {
			throw new NotFoundException("link", type.name() + " from " + from + " to " + to);
		}
		this.writer.unlink(type, from, to);
		return record("link.delete", from, List.of(from, to), before, Snapshot.NOTHING);
	}

	@Transactional
	EditRecords.Edited merge(String survivorId, String duplicateId) {
		String duplicate = required("duplicateId", duplicateId);
		if (survivorId.equals(duplicate)) {
			throw new BadParameterException("duplicateId", "a node cannot be merged into itself");
		}
		String kind = editable(survivorId);
		if (!kind.equals(this.writer.kindOf(duplicate))) {
			throw new BadParameterException("duplicateId", duplicate + " is not a " + kind + "; only the same kind of actor can be merged");
		}
		Snapshot before = this.snapshots.nodes(survivorId, duplicate);
		this.merger.merge(before.nodes().get(0), before.nodes().get(1));
		return record("node.merge", survivorId, List.of(survivorId, duplicate), before, this.snapshots.nodes(survivorId));
	}

	private String editable(String id) {
		String kind = this.writer.kindOf(id);
		if (!Validation.KINDS.containsValue(kind)) {
			throw new BadParameterException("id", id + " is a " + kind + ": reference data is not edited here, only linked to");
		}
		return kind;
	}

	private String kind(String field, String id) {
		if (!this.writer.exists(id)) {
			throw new BadParameterException(field, "no node with id '" + id + "'");
		}
		return this.writer.kindOf(id);
	}

	private EditRecords.Edited record(String action, String id, List<String> nodeIds, Snapshot before, Snapshot after) {
		return new EditRecords.Edited(id, this.trail.record(action, id, nodeIds, before, after));
	}

	private static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new BadParameterException(field, "must not be blank");
		}
		return value.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String user() {
		var user = SecurityContextHolder.getContext().getAuthentication();
		return user == null ? "system" : user.getName();
	}

}
