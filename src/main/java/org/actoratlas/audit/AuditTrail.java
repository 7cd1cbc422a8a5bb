package org.actoratlas.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Writes and reads {@code (:Change {id, at, username, action, targetId, nodeIds, before, after})}. A
 * change is not a {@code :Node}: the trail never shows up in search, the graph or exports.
 *
 * <p>Importers record one entry per import with {@link #record(String, String, String, List, Snapshot, Snapshot)}
 * once the import completes (action {@code import}, the import's Source id as target).
 */
@Service
public class AuditTrail {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	private final Neo4jClient neo4j;

	AuditTrail(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Records a change made by the logged-in user; returns the change's id. */
	public String record(String action, String targetId, List<String> nodeIds, Snapshot before, Snapshot after) {
		return record(currentUser(), action, targetId, nodeIds, before, after);
	}

	public String record(String username, String action, String targetId, List<String> nodeIds, Snapshot before,
			Snapshot after) {
		String id = "change:" + UUID.randomUUID();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("at", OffsetDateTime.now(ZoneOffset.UTC).toZonedDateTime());
		parameters.put("username", username);
		parameters.put("action", action);
		parameters.put("targetId", targetId);
		parameters.put("nodeIds", nodeIds);
		parameters.put("before", JSON.writeValueAsString(before));
		parameters.put("after", JSON.writeValueAsString(after));
		this.neo4j.query("""
				CREATE (c:Change {id: $id, at: $at, username: $username, action: $action, targetId: $targetId,
				                  nodeIds: $nodeIds, before: $before, after: $after})""").bindAll(parameters).run();
		return id;
	}

	/** Newest first. */
	public List<Change> history(String nodeId) {
		return List.copyOf(this.neo4j.query("MATCH (c:Change) WHERE $id IN c.nodeIds RETURN c ORDER BY c.at DESC, c.id")
			.bind(nodeId)
			.to("id")
			.fetchAs(Change.class)
			.mappedBy((types, row) -> change(row.get("c").asMap()))
			.all());
	}

	public Optional<Change> find(String id) {
		return this.neo4j.query("MATCH (c:Change {id: $id}) RETURN c")
			.bind(id)
			.to("id")
			.fetchAs(Change.class)
			.mappedBy((types, row) -> change(row.get("c").asMap()))
			.one();
	}

	public static Snapshot parse(String json) {
		return json == null || json.isBlank() ? Snapshot.NOTHING : JSON.readValue(json, Snapshot.class);
	}

	@SuppressWarnings("unchecked")
	private static Change change(Map<String, Object> c) {
		return new Change((String) c.get("id"), ((java.time.ZonedDateTime) c.get("at")).toOffsetDateTime(),
				(String) c.get("username"), (String) c.get("action"), (String) c.get("targetId"),
				(List<String>) c.get("nodeIds"), (String) c.get("before"), (String) c.get("after"));
	}

	private static String currentUser() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null || user instanceof AnonymousAuthenticationToken ? "system" : user.getName();
	}

}
