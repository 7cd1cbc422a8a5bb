// Wires the stakeholder map builder: a focus gives candidates, the user arranges, annotates and
// saves; a saved map opens from map.html?id=... and says what changed in the graph since.

import { api } from './api.js';
import { featureApi } from './feature-api.js';
import { LAYOUTS, addMember, defaultTitle, describeChanges, emptyMap, fromView, removeMember, setField,
	toDraft, toggleRelationship, updateMember, visibleLinks, withCandidates, relationshipChoices } from './map-model.js';
import { el } from './views/dom.js';
import { createExportMenu } from './views/image-export.js';
import { createMapCanvas } from './views/map-canvas.js';
import { renderMemberPanel } from './views/map-member.js';
import { createSearchBox } from './views/search-box.js';
import { setPaper } from './views/print.js';

const $ = (selector) => document.querySelector(selector);
const app = $('#app');
const FOCUS_KINDS = new Set(['country', 'region', 'theme', 'programme', 'event']);
let map = emptyMap();
let selected = null;
const countries = new Map();

const canvas = createMapCanvas($('#map-canvas'), {
	onSelect: (id) => { selected = id; render(); },
	onMove(id, grid, { keyboard = false } = {}) {
		map = updateMember(map, id, grid);
		render();
		if (keyboard) document.querySelector(`g.glyph[data-id="${CSS.escape(id)}"]`)?.focus();
	},
});

function status(text, state = 'ready') {
	app.dataset.state = state;
	$('#status').textContent = text;
}

function render() {
	$('#map-title').value = map.title;
	$('#map-title').placeholder = defaultTitle(map);
	$('#map-note').value = map.note;
	$('#map-layout').value = map.layout;
	$('#map-focus').replaceChildren(...(map.focusNodes.length ? map.focusNodes : map.focus.map((id) => ({ id, name: id })))
		.map((f) => el('li', { className: 'chip' }, el('span', { text: f.name ?? f.id }))));
	$('#map-relationships').replaceChildren(el('legend', { text: 'Relationships shown' }),
		...relationshipChoices(map).map((c) => el('label', { className: 'check' },
			el('input', { type: 'checkbox', checked: c.shown, onChange: () => { map = toggleRelationship(map, c.type); render(); } }),
			el('span', { text: c.type.toLowerCase().replaceAll('_', ' ') }))));
	$('#map-duplicate').hidden = !map.id;
	$('#map-saved').textContent = map.dirty ? 'Unsaved changes.' : (map.id ? `Saved${map.updatedAt ? ` ${new Date(map.updatedAt).toLocaleString('en-GB')}` : ''}.` : '');
	renderChanges();
	canvas.render(map, { selected, countries });
	renderMemberPanel($('#map-member'), map.members.find((m) => m.id === selected), {
		onNote: (id, note) => { map = updateMember(map, id, { note }); $('#map-saved').textContent = 'Unsaved changes.'; },
		onRemove: (id) => { map = removeMember(map, id); selected = null; render(); },
		onExplore: (id) => { window.location.href = `index.html?focus=${encodeURIComponent(id)}`; },
	});
}

function renderChanges() {
	const box = $('#map-changes');
	const sentence = describeChanges(map.changes);
	box.hidden = !sentence;
	if (!sentence) return;
	box.replaceChildren(el('h2', { className: 'panel-title', text: 'What changed since saved' }), el('p', { text: sentence }),
		...(map.changes.newActors ?? []).map((actor) => el('p', {}, el('span', { text: actor.name ?? actor.id }), ' ',
			el('button', { type: 'button', className: 'secondary', text: 'Add', onClick: () => { map = addMember(map, actor); render(); } }))));
}

async function loadLinks() {
	if (!map.members.length) return;
	const exported = await featureApi.linksAmong(map.members.map((m) => m.id));
	map = { ...map, links: exported.links.map((l) => ({ key: `${l.source}>${l.type}>${l.target}`, source: l.source, target: l.target, type: l.type,
		sourceIds: (l.citations ?? []).map((c) => c.sourceId) })) };
}

async function addFocus(pick) {
	const isFocus = FOCUS_KINDS.has(pick.kind);
	map = setField(map, 'focus', [...new Set([...map.focus, pick.id])]);
	map = { ...map, focusNodes: [...map.focusNodes.filter((f) => f.id !== pick.id), { id: pick.id, name: pick.name, kind: pick.kind }] };
	if (!isFocus) map = addMember(map, pick);
	await refreshCandidates();
}

async function refreshCandidates() {
	status('Finding the actors in this focus…', 'loading');
	const candidates = await featureApi.candidates(map.focus);
	map = map.members.length ? candidates.reduce(addMember, map) : withCandidates(map, candidates);
	await loadLinks();
	render();
	status(`${map.members.length} actors on the map.`);
}

async function ensureCountries() {
	const missing = map.members.filter((m) => !countries.has(m.id));
	await Promise.all(missing.map(async (m) => {
		const node = await api.node(m.id).catch(() => null);
		const rels = (node?.relationships ?? []).filter((r) => r.other?.kind === 'country' && (r.type === 'BASED_IN' || r.type === 'ACTIVE_IN'))
			.sort((a, b) => (a.type === 'BASED_IN' ? 0 : 1) - (b.type === 'BASED_IN' ? 0 : 1));
		rels.forEach((r) => countries.set(`name:${r.other.id}`, r.other.name ?? r.other.id));
		countries.set(m.id, rels.map((r) => r.other.id));
	}));
}

async function save() {
	status('Saving…', 'loading');
	const view = map.id ? await featureApi.saveMap(map.id, toDraft(map)) : await featureApi.createMap(toDraft(map));
	map = fromView(view);
	history.replaceState(null, '', `map.html?id=${encodeURIComponent(map.id)}`);
	render();
	status('Saved. This address opens the map.', 'saved');
}

async function start() {
	const params = new URLSearchParams(window.location.search);
	$('#map-layout').replaceChildren(...LAYOUTS.map(([value, label]) => el('option', { value, text: label })));
	try {
		if (params.get('id')) {
			map = fromView(await featureApi.map(params.get('id')));
			if (map.layout === 'country') await ensureCountries();
			render();
			status(`${map.members.length} actors on “${map.title}”.`);
		}
		else {
			map = emptyMap(params.getAll('focus'));
			if (LAYOUTS.some(([value]) => value === params.get('layout'))) map.layout = params.get('layout');
			if (map.focus.length) {
				const names = await Promise.all(map.focus.map((id) => api.node(id).then((n) => ({ id, name: n.name ?? id, kind: n.kind })).catch(() => ({ id, name: id }))));
				map = { ...map, focusNodes: names };
				await refreshCandidates();
			}
			else {
				render();
				status('Pick a focus with the search box: a country, a theme, a programme, an event, or actors.', 'empty');
			}
		}
	}
	catch (error) {
		status(error.status === 404 ? 'This map does not exist (it may have been deleted).' : `Could not load the map: ${error.message}`, 'error');
	}
}

const guard = (action) => () => action().catch((error) => status(`Failed: ${error.message}`, 'error'));
createSearchBox($('.search'), { onPick: (pick) => guard(() => addFocus(pick))() });
$('#map-title').addEventListener('input', (event) => { map = setField(map, 'title', event.target.value); });
$('#map-note').addEventListener('input', (event) => { map = setField(map, 'note', event.target.value); });
$('#map-layout').addEventListener('change', guard(async () => {
	map = setField(map, 'layout', $('#map-layout').value);
	if (map.layout === 'country') await ensureCountries();
	render();
}));
$('#map-save').addEventListener('click', guard(save));
$('#map-duplicate').addEventListener('click', guard(async () => {
	const copy = await featureApi.duplicateMap(map.id);
	window.location.href = `map.html?id=${encodeURIComponent(copy.id)}`;
}));
$('#map-paper').addEventListener('change', (event) => setPaper(event.target.value));
setPaper('A4');
createExportMenu($('#map-export'), () => ({ title: map.title || defaultTitle(map), svg: canvas.svg, ids: map.members.map((m) => m.id),
	relationships: map.relationshipTypes.length ? map.relationshipTypes : null,
	links: visibleLinks(map), names: new Map(map.members.map((m) => [m.id, m.name])) }),
{ onError: (message) => status(message, 'error'), printSources: $('#print-sources') });
window.addEventListener('beforeunload', (event) => { if (map.dirty) event.preventDefault(); });
start();

// A read-only window for the browser tests.
window.atlasMap = Object.freeze({
	id: () => map.id,
	dirty: () => map.dirty,
	member: (id) => structuredClone(map.members.find((m) => m.id === id) ?? null),
	memberIds: () => map.members.map((m) => m.id),
	positionOf: (id) => canvas.positionOf(id),
});
