// Wires the funding view: funding.html?id=...&direction=upstream|downstream[&depth=N]. The chain on
// a network (a table row highlights its chains), a Sankey per measure and currency, the table of
// funders or recipients, the breaks, and the localisation share where a country is involved.

import { api } from './api.js';
import { featureApi } from './feature-api.js';
import { chainGraph, chainOf, periodOf, sankeyNetworks, tableRows } from './funding-model.js';
import { el } from './views/dom.js';
import { renderFundingTable, renderBreaks, renderLocalisation } from './views/funding-parts.js';
import { DASHED_LEGEND, createMiniNetwork } from './views/mini-network.js';
import { renderSankey } from './views/sankey-view.js';

const $ = (s) => document.querySelector(s);
const app = $('#app');
const params = new URLSearchParams(window.location.search);
const id = params.get('id');
const direction = params.get('direction') === 'downstream' ? 'downstream' : 'upstream';
const depth = Math.min(10, Math.max(1, Number.parseInt(params.get('depth') ?? '6', 10) || 6));
let reach = null;
let chosen = null;
let networkIndex = 0;
const chain = createMiniNetwork($('#chain'), { onSelect: (nodeId) => choose(nodeId) });

function status(text, state = 'ready') {
	app.dataset.state = state;
	$('#status').textContent = text;
}

function link(dir, d = depth) {
	return `funding.html?${new URLSearchParams({ id, direction: dir, ...(d !== 6 ? { depth: d } : {}) })}`;
}

function head(name) {
	$('#funding-title').textContent = direction === 'upstream' ? `Who funds ${name}?` : `Where does ${name}’s money go?`;
	document.title = `Actor Atlas · funding · ${name}`;
	for (const dir of ['upstream', 'downstream']) {
		const button = $(`#dir-${dir}`);
		button.setAttribute('aria-selected', String(dir === direction));
		button.onclick = () => { window.location.href = link(dir); };
	}
	$('#funding-depth').replaceChildren(...[1, 2, 3, 4, 5, 6, 8, 10].map((d) => el('option', { value: d, text: d, selected: d === depth })));
	$('#funding-depth').onchange = (event) => { window.location.href = link(direction, Number(event.target.value)); };
	$('#funding-explore').href = `index.html?focus=${encodeURIComponent(id)}`;
}

function choose(nodeId) {
	chosen = chosen === nodeId ? null : nodeId;
	render();
}

function render() {
	const base = chainGraph(reach);
	const graph = { ...base, nodes: base.nodes.map((n) => ({ ...n, ...details.get(n.id) })) };
	const entry = reach.entries.find((e) => e.node.id === chosen);
	const lit = entry ? chainOf(entry) : { nodes: new Set([reach.focus.id]), links: new Set() };
	chain.update(graph, { highlight: lit.nodes, highlightLinks: lit.links, dimOthers: Boolean(entry),
		title: direction === 'upstream' ? `Funders of ${reach.focus.name}` : `Money from ${reach.focus.name}`,
		subtitle: entry ? `Highlighted: the chain to ${entry.node.name}` : 'Select a row or an actor to highlight its chain',
		extraLegend: graph.breaks.length ? [DASHED_LEGEND('break in a chain')] : [] });
	const networks = sankeyNetworks(reach);
	networkIndex = Math.min(networkIndex, Math.max(0, networks.length - 1));
	$('#sankey-controls').replaceChildren(networks.length > 1 ? el('label', { className: 'check' }, 'Measure and currency ',
		el('select', { id: 'sankey-network', onChange: (event) => { networkIndex = Number(event.target.value); render(); } },
			networks.map((n, i) => el('option', { value: i, selected: i === networkIndex, text: n.counted ? 'links (no amounts)' : `${n.measure}, ${n.currency}` })))) : '');
	const kinds = new Map([[reach.focus.id, reach.focus.kind], ...reach.entries.map((e) => [e.node.id, e.node.kind])]);
	if (networks.length) renderSankey($('#sankey'), networks[networkIndex], { kindOf: (n) => kinds.get(n), title: 'Flows' });
	else $('#sankey').replaceChildren(el('p', { className: 'panel-message', text: 'No funding steps to draw.' }));
	renderFundingTable($('#funding-table'), tableRows(reach), { direction, chosen, onChoose: choose, periods });
	renderBreaks($('#breaks'), reach.breaks, (n) => kinds.get(n) ? (reach.entries.find((e) => e.node.id === n)?.node.name ?? n) : n);
}

const periods = new Map();
const details = new Map();

// the funding answer names nodes only; their type (for colours) and period come from their details
async function loadDetails() {
	const ids = [reach.focus.id, ...reach.entries.map((e) => e.node.id)].slice(0, 80);
	await Promise.all(ids.map(async (nodeId) => {
		const node = await api.node(nodeId).catch(() => null);
		if (!node) return;
		const props = node.properties ?? {};
		details.set(nodeId, { type: props.type ?? null, donor: Boolean(node.labels?.includes('Donor')) });
		if (node.kind === 'programme') periods.set(nodeId, periodOf(props));
	}));
}

async function loadLocalisation() {
	const countries = reach.focus.kind === 'country' ? [reach.focus.id]
		: direction === 'downstream' ? reach.entries.filter((e) => e.node.kind === 'country').map((e) => e.node.id).slice(0, 4) : [];
	const answers = await Promise.all(countries.map((c) => featureApi.localisation(c).catch(() => null)));
	renderLocalisation($('#localisation'), answers.filter(Boolean), reach.focus.kind === 'country' ? null : reach.focus.id);
}

async function start() {
	if (!id) {
		status('Open the funding view from an actor in the explorer (“Who funds this?”).', 'empty');
		return;
	}
	status('Following the money…', 'loading');
	try {
		reach = await featureApi.funding(id, direction, { maxDepth: depth });
		head(reach.focus.name ?? id);
		await loadDetails();
		render();
		await loadLocalisation();
		status(`${reach.entries.length} ${direction === 'upstream' ? 'funders and intermediaries' : 'recipients'} within ${depth} steps`
			+ `${reach.breaks.length ? `, ${reach.breaks.length} breaks` : ''}${reach.truncated ? ' (cut at the limit)' : ''}.`);
	}
	catch (error) {
		status(error.status === 404 ? `Nothing in the atlas has the id “${id}”.` : `Could not load the funding: ${error.message}`, 'error');
	}
}

start();
