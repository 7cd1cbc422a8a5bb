package org.actoratlas.importing;

import java.util.List;

import org.actoratlas.audit.AuditTrail;
import org.actoratlas.audit.Snapshot;
import org.actoratlas.audit.Snapshots;

import org.springframework.stereotype.Component;

/**
 * One audit-trail entry per completed import (action {@code import}, target the import's Source): the
 * "after" is the Source node, which names the file and what it wrote. An import is undone by deleting
 * what cites its source, not by a revert.
 */
@Component
class ImportAudit {

	private final AuditTrail trail;

	private final Snapshots snapshots;

	ImportAudit(AuditTrail trail, Snapshots snapshots) {
		this.trail = trail;
		this.snapshots = snapshots;
	}

	void imported(String username, ImportReport report) {
		if (report.succeeded() && report.sourceId() != null) {
			this.trail.record(username, "import", report.sourceId(), List.of(report.sourceId()), Snapshot.NOTHING,
					this.snapshots.nodes(report.sourceId()));
		}
	}

}
