package org.actoratlas.editing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.actoratlas.audit.AuditTrail;
import org.actoratlas.audit.Change;
import org.actoratlas.audit.Snapshot;
import org.actoratlas.audit.Snapshots;
import org.actoratlas.system.BadParameterException;
import org.actoratlas.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts back the state before a change, and records the revert as a change of its own. */
@Service
class Reverting {

	private final AuditTrail trail;

	private final Snapshots snapshots;

	private final Restorer restorer;

	Reverting(AuditTrail trail, Snapshots snapshots, Restorer restorer) {
		this.trail = trail;
		this.snapshots = snapshots;
		this.restorer = restorer;
	}

	@Transactional
	EditRecords.Edited revert(String changeId) {
		Change change = this.trail.find(changeId).orElseThrow(() -> new NotFoundException("change", changeId));
		if ("import".equals(change.action())) {
			throw new BadParameterException("id", "an import is not reverted from the trail: its facts are merged into"
					+ " the graph; delete the links that cite " + change.targetId() + " instead");
		}
		Snapshot before = AuditTrail.parse(change.before());
		Snapshot after = AuditTrail.parse(change.after());
		Snapshot current = current(before, after);
		this.restorer.restore(before, after);
		String id = this.trail.record("revert", change.targetId(), change.nodeIds(), current, current(before, after));
		return new EditRecords.Edited(change.targetId(), id);
	}

	/** The present state of everything the change touched, in the change's own shape. */
	private Snapshot current(Snapshot before, Snapshot after) {
		Set<String> nodeIds = new LinkedHashSet<>();
		before.nodes().forEach(node -> nodeIds.add(node.id()));
		after.nodes().forEach(node -> nodeIds.add(node.id()));
		Set<List<String>> linkKeys = new LinkedHashSet<>();
		before.links().forEach(link -> linkKeys.add(List.of(link.type(), link.from(), link.to())));
		after.links().forEach(link -> linkKeys.add(List.of(link.type(), link.from(), link.to())));
		List<Snapshot.LinkState> links = new ArrayList<>();
		linkKeys.forEach(key -> links.addAll(this.snapshots.links(key.get(0), key.get(1), key.get(2)).links()));
		return new Snapshot(this.snapshots.nodes(nodeIds.toArray(String[]::new)).nodes(), links);
	}

}
