// Wires the gaps view: gaps.html?tab=pairs|coverage|communities[&country=country:ML]. A pair shows
// both actors and what they share on the network with the missing link dashed; a coverage cell lists
// its actors; brokers and communities colour the network of organisations.

import { featureApi } from './feature-api.js';
import { communityColours, pairGraph, pairTitle } from './gaps-model.js';
import { el } from './views/dom.js';
import { renderHeatmap } from './views/heatmap-view.js';
import { DASHED_LEGEND, createMiniNetwork } from './views/mini-network.js';
import { renderCellActors, renderCommunities, renderPairDetail } from './views/gaps-parts.js';

const $ = (s) => document.querySelector(s);
const app = $('#app');
const params = new URLSearchParams(window.location.search);
const tab = ['pairs', 'coverage', 'communities'].includes(params.get('tab')) ? params.get('tab') : 'pairs';
const country = params.get('country') ?? '';
const network = createMiniNetwork($('#gaps-network'), { onSelect: (id) => { window.location.href = `index.html?focus=${encodeURIComponent(id)}`; } });
let selectedPair = null;
let selectedCell = null;

function status(text, state = 'ready') {
	app.dataset.state = state;
	$('#status').textContent = text;
}

const go = (patch) => {
	const next = new URLSearchParams({ tab, ...(country ? { country } : {}), ...patch });
	[...next.entries()].filter(([, v]) => !v).forEach(([k]) => next.delete(k));
	window.location.href = `gaps.html?${next}`;
};

async function pairs() {
	const answer = await featureApi.unconnected({ country, limit: 20 });
	const list = el('ol', { className: 'pair-list', 'aria-label': 'Unconnected pairs, best first' });
	const show = (pair, index) => {
		selectedPair = index;
		list.querySelectorAll('button').forEach((b, i) => b.setAttribute('aria-pressed', String(i === index)));
		const graph = pairGraph(pair);
		$('#gaps-network .panel-message')?.remove();
		network.update(graph, { highlight: new Set([pair.a.id, pair.b.id]), title: `Unconnected pair ${index + 1}`,
			subtitle: `${pairTitle(pair)}: what they share; the dashed line is the link no source records`,
			extraLegend: [DASHED_LEGEND('no recorded link')], missing: graph.missing });
		renderPairDetail($('#gaps-detail'), pair);
	};
	answer.pairs.forEach((pair, index) => list.append(el('li', {}, el('button', { type: 'button', 'aria-pressed': 'false', 'data-a': pair.a.id, 'data-b': pair.b.id,
		onClick: () => show(pair, index) },
	el('div', { className: 'pair-names', text: `${index + 1}. ${pairTitle(pair)}` }),
	el('div', { text: pair.explanation }),
	el('div', { className: 'pair-score', text: `score ${pair.score.toFixed(2)}` })))));
	$('#gaps-list').replaceChildren(el('p', { className: 'panel-note', text: answer.scoring }), list);
	if (!answer.pairs.length) $('#gaps-list').append(el('p', { className: 'panel-message', text: 'No unconnected pair found here.' }));
	else if (selectedPair === null) $('#gaps-network').replaceChildren(network.svg(), el('p', { className: 'panel-message', text: 'Pick a pair to see both actors and what they share.' }));
	status(`${answer.pairs.length} unconnected pairs among ${answer.actorsConsidered} actors.`);
}

async function coverage() {
	const answer = await featureApi.coverage(country ? { countries: [country] } : {});
	const draw = () => renderHeatmap($('#gaps-list'), answer, { selected: selectedCell, onCell: openCell });
	async function openCell(c, theme) {
		selectedCell = { country: c.id, theme: theme.id };
		draw();
		$(`rect.cell[data-country="${CSS.escape(c.id)}"][data-theme="${CSS.escape(theme.id)}"]`)?.focus();
		const cell = await featureApi.coverageCell(c.id, theme.id);
		renderCellActors($('#gaps-detail'), cell, `${theme.name} in ${c.name}`);
		network.update({ nodes: [{ id: c.id, name: c.name, kind: 'country' }, { id: theme.id, name: theme.name, kind: 'theme' }, ...cell.actors],
			links: cell.actors.flatMap((a) => [{ id: `${a.id}>c`, source: a.id, target: c.id, type: 'ACTIVE_IN' }, { id: `${a.id}>t`, source: a.id, target: theme.id, type: 'ADDRESSES' }]) },
		{ highlight: new Set([c.id, theme.id]), title: `${theme.name} in ${c.name}`, subtitle: `${cell.actors.length} actors` });
	}
	draw();
	$('#gaps-detail').replaceChildren(el('p', { className: 'panel-note', text: answer.fundingNote }));
	status(`${answer.countries.length} countries × ${answer.themes.length} themes; select a cell to see its actors.`);
}

async function communities() {
	const [found, brokers] = await Promise.all([featureApi.communities(country ? { country } : {}), featureApi.brokers({ ...(country ? { country } : {}), limit: 10 })]);
	const { colourOf, memberOf, ordered } = communityColours(found);
	const members = ordered.flatMap((c) => c.members);
	const exported = members.length ? await featureApi.linksAmong(members.map((m) => m.id)) : { links: [] };
	const brokerIds = new Set(brokers.brokers.slice(0, 5).map((b) => b.actor.id));
	network.update({ nodes: members, links: exported.links.map((l, i) => ({ id: `l${i}`, source: l.source, target: l.target, type: l.type })) },
		{ colourOf: (n) => colourOf.get(memberOf.get(n.id)), highlight: brokerIds, kindsInLegend: false, title: 'Communities and brokers',
			subtitle: 'Colour: community (label propagation); ringed in yellow: the five strongest brokers',
			extraLegend: ordered.slice(0, 7).map((c) => ({ glyph: 'node', shape: 'circle', color: colourOf.get(c.id), label: `${c.label} (${c.size})` })) });
	renderCommunities($('#gaps-list'), ordered, colourOf, brokers);
	$('#gaps-detail').replaceChildren(el('p', { className: 'panel-note', text: `${found.algorithm}. Brokers: betweenness ${brokers.exact ? 'exact' : 'sampled'}.` }));
	status(`${ordered.length} communities among ${found.actors} organisations.`);
}

async function start() {
	for (const name of ['pairs', 'coverage', 'communities']) {
		const button = $(`#tab-${name}`);
		button.setAttribute('aria-selected', String(name === tab));
		button.addEventListener('click', () => go({ tab: name }));
	}
	status('Looking for gaps…', 'loading');
	try {
		const all = await featureApi.coverage();
		$('#gaps-country').append(...all.countries.map((c) => el('option', { value: c.id, text: c.name, selected: c.id === country })));
		$('#gaps-country').addEventListener('change', (event) => go({ country: event.target.value }));
		await ({ pairs, coverage, communities })[tab]();
	}
	catch (error) {
		status(`Could not load the gaps: ${error.message}`, 'error');
	}
}

start();
