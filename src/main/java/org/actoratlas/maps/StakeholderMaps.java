package org.actoratlas.maps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.actoratlas.actors.Kind;
import org.actoratlas.graph.Subgraph;
import org.actoratlas.graph.SubgraphQuery;
import org.actoratlas.system.BadParameterException;
import org.actoratlas.system.NotFoundException;

import org.springframework.stereotype.Service;

/** Builds, saves and reads maps, and says what changed in the graph since a map was saved. */
@Service
class StakeholderMaps {

	static final int MAX_CANDIDATES = 150;

	private static final Set<String> LAYOUTS = Set.of("role", "country", "grid");

	private final MapStore store;

	private final MapCandidatesQuery candidatesQuery;

	private final SubgraphQuery subgraphQuery;

	StakeholderMaps(MapStore store, MapCandidatesQuery candidatesQuery, SubgraphQuery subgraphQuery) {
		this.store = store;
		this.candidatesQuery = candidatesQuery;
		this.subgraphQuery = subgraphQuery;
	}

	List<MapRecords.Candidate> candidates(List<String> focus) {
		requireExisting("focus", focus);
		return this.candidatesQuery.candidates(focus, MAX_CANDIDATES);
	}

	MapRecords.MapView create(MapRecords.MapDraft draft) {
		String id = UUID.randomUUID().toString();
		save(id, draft);
		return view(id);
	}

	MapRecords.MapView replace(String id, MapRecords.MapDraft draft) {
		if (this.store.find(id).isEmpty()) {
			throw new NotFoundException("map", id);
		}
		save(id, draft);
		return view(id);
	}

	MapRecords.MapView duplicate(String id) {
		MapRecords.MapView original = view(id);
		List<MapRecords.Member> members = original.members().stream()
			.map(m -> new MapRecords.Member(m.id(), m.x(), m.y(), m.influence(), m.interest(), m.note()))
			.toList();
		return create(new MapRecords.MapDraft(original.title() + " (copy)", original.note(), original.focus(), original.layout(),
				original.relationshipTypes(), members, original.author()));
	}

	void delete(String id) {
		if (!this.store.delete(id)) {
			throw new NotFoundException("map", id);
		}
	}

	List<MapRecords.MapSummary> list() {
		return this.store.list().stream().map(map -> new MapRecords.MapSummary((String) map.get("id"), (String) map.get("title"),
				strings(map.get("focus")), (String) map.get("layout"), (String) map.get("author"),
				MapStore.time(map.get("createdAt")), MapStore.time(map.get("updatedAt")), ((Number) map.get("members")).longValue()))
			.toList();
	}

	MapRecords.MapView view(String id) {
		MapStore.Stored stored = this.store.find(id).orElseThrow(() -> new NotFoundException("map", id));
		Map<String, Object> map = stored.map();
		List<String> focus = strings(map.get("focus"));
		List<String> relationshipTypes = strings(map.get("relationshipTypes"));
		List<MapRecords.MemberView> members = stored.members().stream().map(StakeholderMaps::member).toList();
		List<String> memberIds = members.stream().map(MapRecords.MemberView::id).toList();
		Subgraph current = this.subgraphQuery.induced(memberIds, relationshipTypes, false);
		List<MapRecords.LinkView> links = current.links().stream()
			.map(link -> new MapRecords.LinkView(link.id(), link.source(), link.target(), link.type(), link.sourceIds()))
			.toList();
		Subgraph focusNodes = this.subgraphQuery.induced(focus, List.of(), false);
		List<MapRecords.FocusRef> focusRefs = focusNodes.nodes().stream()
			.map(node -> new MapRecords.FocusRef(node.id(), node.name(), node.kind()))
			.toList();
		return new MapRecords.MapView(id, (String) map.get("title"), (String) map.get("note"), focus, focusRefs,
				(String) map.get("layout"), relationshipTypes, (String) map.get("author"), MapStore.time(map.get("createdAt")),
				MapStore.time(map.get("updatedAt")), members, links, changes(map, focus, memberIds, links));
	}

	private MapRecords.Changes changes(Map<String, Object> map, List<String> focus, List<String> memberIds,
			List<MapRecords.LinkView> links) {
		Set<String> savedActors = new HashSet<>(strings(map.get("snapshotActors")));
		List<MapRecords.FocusRef> newActors = focus.isEmpty() ? List.of()
				: this.candidatesQuery.candidates(focus, MAX_CANDIDATES).stream()
					.filter(candidate -> !savedActors.contains(candidate.id()))
					.map(candidate -> new MapRecords.FocusRef(candidate.id(), candidate.name(), candidate.kind()))
					.toList();
		Set<String> savedLinks = new LinkedHashSet<>(strings(map.get("snapshotLinks")));
		Set<String> currentLinks = new LinkedHashSet<>(links.stream().map(MapRecords.LinkView::key).toList());
		List<String> removed = savedLinks.stream().filter(key -> !currentLinks.contains(key)).toList();
		List<String> added = currentLinks.stream().filter(key -> !savedLinks.contains(key)).toList();
		List<String> missing = strings(map.get("memberIds")).stream().filter(id -> !memberIds.contains(id)).toList();
		return new MapRecords.Changes(newActors, removed, added, missing);
	}

	private void save(String id, MapRecords.MapDraft draft) {
		List<String> focus = draft.focus() == null ? List.of() : draft.focus();
		requireExisting("focus", focus);
		if (draft.layout() != null && !LAYOUTS.contains(draft.layout())) {
			throw new BadParameterException("layout", "'" + draft.layout() + "' is not a layout; use one of " + LAYOUTS);
		}
		List<String> snapshotActors = focus.isEmpty() ? List.of()
				: this.candidatesQuery.candidates(focus, MAX_CANDIDATES).stream().map(MapRecords.Candidate::id).toList();
		List<MapRecords.Member> members = draft.members() == null || draft.members().isEmpty()
				? snapshotActors.stream().map(actor -> new MapRecords.Member(actor, null, null, null, null, null)).toList()
				: draft.members();
		requireExisting("members", members.stream().map(MapRecords.Member::id).toList());
		List<String> relationshipTypes = draft.relationshipTypes() == null ? List.of() : draft.relationshipTypes();
		List<String> snapshotLinks = this.subgraphQuery
			.induced(members.stream().map(MapRecords.Member::id).toList(), relationshipTypes, false)
			.links().stream().map(Subgraph.Link::id).toList();
		this.store.save(id, draft, members, snapshotActors, snapshotLinks);
	}

	private void requireExisting(String parameter, List<String> ids) {
		Set<String> unknown = new LinkedHashSet<>(ids);
		unknown.removeAll(this.store.existing(ids));
		if (!unknown.isEmpty()) {
			throw new BadParameterException(parameter, "no node with id " + unknown);
		}
	}

	@SuppressWarnings("unchecked")
	private static MapRecords.MemberView member(Map<String, Object> row) {
		List<String> labels = (List<String>) row.get("labels");
		String kind = Kind.apiNameOf(labels);
		ActorGroup group = ActorGroup.of(kind, (String) row.get("type"), labels);
		return new MapRecords.MemberView((String) row.get("id"), (String) row.get("name"), kind, (String) row.get("type"),
				group.name().toLowerCase(Locale.ROOT), group.title, number(row.get("x")), number(row.get("y")),
				number(row.get("influence")), number(row.get("interest")), (String) row.get("note"));
	}

	private static Double number(Object value) {
		return value instanceof Number number ? number.doubleValue() : null;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return value instanceof List<?> list ? new ArrayList<>((List<String>) list) : List.of();
	}

}
