// The stakeholder map being edited, as plain data: built from candidates or a saved map, changed by
// pure functions, and turned back into the API's draft. Tested with node.

export const LAYOUTS = [['role', 'By role'], ['country', 'By country'], ['grid', 'Influence / interest grid']];

export function emptyMap(focus = []) {
	return { id: null, title: '', note: '', focus: [...focus], focusNodes: [], layout: 'role', relationshipTypes: [], members: [], links: [], changes: null, dirty: false };
}

function member(from) {
	return { id: from.id, name: from.name ?? from.id, kind: from.kind, type: from.type ?? null, group: from.group ?? 'other',
		groupTitle: from.groupTitle ?? 'Other', influence: from.influence ?? null, interest: from.interest ?? null,
		x: from.x ?? null, y: from.y ?? null, note: from.note ?? '', reasons: from.reasons ?? [], donor: from.group === 'donors' };
}

/** A map from a saved MapView. */
export function fromView(view) {
	return { id: view.id, title: view.title ?? '', note: view.note ?? '', focus: view.focus ?? [], focusNodes: view.focusNodes ?? [],
		layout: view.layout ?? 'role', relationshipTypes: view.relationshipTypes ?? [], members: (view.members ?? []).map(member),
		links: view.links ?? [], changes: view.changes ?? null, author: view.author, updatedAt: view.updatedAt, dirty: false };
}

/** A new map's members from the candidates of its focus. */
export function withCandidates(map, candidates) {
	return { ...map, members: candidates.map(member), dirty: true };
}

export function addMember(map, actor) {
	if (map.members.some((m) => m.id === actor.id)) return map;
	return { ...map, members: [...map.members, member(actor)], dirty: true };
}

export function removeMember(map, id) {
	return { ...map, members: map.members.filter((m) => m.id !== id), links: map.links.filter((l) => l.source !== id && l.target !== id), dirty: true };
}

export function updateMember(map, id, patch) {
	return { ...map, members: map.members.map((m) => (m.id === id ? { ...m, ...patch } : m)), dirty: true };
}

export function setField(map, key, value) {
	return { ...map, [key]: value, dirty: true };
}

/** Relationship types on the map, and whether each shows (all show when none is chosen). */
export function relationshipChoices(map) {
	const types = [...new Set(map.links.map((l) => l.type))].sort();
	return types.map((type) => ({ type, shown: !map.relationshipTypes.length || map.relationshipTypes.includes(type) }));
}

export function visibleLinks(map) {
	const ids = new Set(map.members.map((m) => m.id));
	return map.links.filter((l) => ids.has(l.source) && ids.has(l.target)
		&& (!map.relationshipTypes.length || map.relationshipTypes.includes(l.type)));
}

/** Toggles one type; choosing every type again is the same as choosing none (all show). */
export function toggleRelationship(map, type) {
	const all = relationshipChoices(map).map((c) => c.type);
	const shown = new Set(map.relationshipTypes.length ? map.relationshipTypes : all);
	if (shown.has(type)) shown.delete(type);
	else shown.add(type);
	const chosen = all.filter((t) => shown.has(t));
	return { ...map, relationshipTypes: chosen.length === all.length ? [] : chosen, dirty: true };
}

const round = (v) => (v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 1000) / 1000);

/** The body of POST/PUT /api/maps. */
export function toDraft(map) {
	return {
		title: map.title.trim() || defaultTitle(map), note: map.note || null, focus: map.focus, layout: map.layout,
		relationshipTypes: map.relationshipTypes,
		members: map.members.map((m) => ({ id: m.id, x: round(m.x), y: round(m.y), influence: round(m.influence), interest: round(m.interest), note: m.note || null })),
	};
}

export function defaultTitle(map) {
	const names = map.focusNodes?.length ? map.focusNodes.map((f) => f.name) : map.focus;
	return names.length ? `Stakeholder map: ${names.join(', ')}` : 'Stakeholder map';
}

/** "3 new actors in the focus · 1 link removed": the API's changes in a sentence, or null. */
export function describeChanges(changes) {
	if (!changes) return null;
	const parts = [
		[changes.newActors?.length, 'new actor in the focus', 'new actors in the focus'],
		[changes.addedLinks?.length, 'link added', 'links added'],
		[changes.removedLinks?.length, 'link removed', 'links removed'],
		[changes.missingMembers?.length, 'member no longer in the atlas', 'members no longer in the atlas'],
	].filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
	return parts.length ? parts.join(' · ') : null;
}
