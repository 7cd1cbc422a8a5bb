package org.actoratlas.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of the audit trail.
 *
 * @param action e.g. {@code node.create}, {@code link.create}, {@code node.merge}, {@code revert}, {@code import}
 * @param targetId the node (or the link's start node) the change is about
 * @param nodeIds every node whose history shows this change
 * @param before the state before, as JSON ({@link Snapshot}); empty when the thing did not exist
 * @param after the state after, as JSON
 */
public record Change(String id, OffsetDateTime at, String username, String action, String targetId,
		List<String> nodeIds, String before, String after) {
}
