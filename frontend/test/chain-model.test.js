import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chainHighlight, chainSummary, stepLink, withChain } from '../js/chain-model.js';
import { deriveDisplay } from '../js/graph-model.js';
import { emptyFilters, initialState } from '../js/state.js';

const node = (id, kind = 'organisation') => ({ id, name: id.toUpperCase(), kind, type: null, donor: false, degree: 3, properties: {} });
const link = (source, type, target) => ({ id: `${source}|${type}|${target}`, source, target, type, properties: {}, sourceIds: ['source:s'] });
const ref = (id, kind = 'organisation') => ({ id, name: `Name of ${id}`, kind, placeholder: false });

// who funds IDLO: the Netherlands funds the programme IDLO implements (the seed's chain through an intermediary)
const upstream = {
	focus: ref('org:idlo'),
	entries: [
		{ node: ref('programme:sahel', 'programme'), depth: 1, paths: [{ nodes: ['programme:sahel', 'org:idlo'],
			steps: [{ from: 'programme:sahel', to: 'org:idlo', type: 'IMPLEMENTS', sourceIds: ['source:000'] }] }] },
		{ node: ref('org:nl-mfa'), depth: 2, paths: [{ nodes: ['org:nl-mfa', 'programme:sahel', 'org:idlo'],
			steps: [{ from: 'org:nl-mfa', to: 'programme:sahel', type: 'FUNDS', sourceIds: ['source:000'] },
				{ from: 'programme:sahel', to: 'org:idlo', type: 'IMPLEMENTS', sourceIds: ['source:000'] }] }] },
	],
	breaks: [],
	truncated: false,
};

test('a step follows its relationship as stored: an implementer implements the programme whose money it receives', () => {
	assert.deepEqual(stepLink({ from: 'programme:sahel', to: 'org:idlo', type: 'IMPLEMENTS' }), { source: 'org:idlo', type: 'IMPLEMENTS', target: 'programme:sahel' });
	assert.deepEqual(stepLink({ from: 'org:nl-mfa', to: 'programme:sahel', type: 'FUNDS' }), { source: 'org:nl-mfa', type: 'FUNDS', target: 'programme:sahel' });
	assert.deepEqual(stepLink({ from: 'programme:sahel', to: 'country:ML', type: 'ACTIVE_IN' }), { source: 'programme:sahel', type: 'ACTIVE_IN', target: 'country:ML' });
});

test('the highlight holds the focus, every funder and every step of their chains', () => {
	const { nodes, links } = chainHighlight(upstream);
	assert.deepEqual([...nodes].sort(), ['org:idlo', 'org:nl-mfa', 'programme:sahel']);
	assert.deepEqual([...links].sort(), ['org:idlo|IMPLEMENTS|programme:sahel', 'org:nl-mfa|FUNDS|programme:sahel']);
	assert.equal(chainHighlight(null).nodes.size, 0);
});

test('funders the network has not loaded are added with their links; loaded ones keep their data', () => {
	const graph = { nodes: [node('org:idlo'), node('programme:sahel', 'programme'), node('country:ML', 'country')],
		links: [link('org:idlo', 'IMPLEMENTS', 'programme:sahel'), link('programme:sahel', 'ACTIVE_IN', 'country:ML')], truncated: new Set() };
	const chained = withChain(graph, upstream, { id: 'org:idlo', direction: 'upstream' });
	assert.deepEqual(chained.nodes.map((n) => n.id), ['org:idlo', 'programme:sahel', 'country:ML', 'org:nl-mfa']);
	assert.equal(chained.nodes[0].degree, 3);
	assert.equal(chained.nodes[3].name, 'Name of org:nl-mfa');
	assert.deepEqual(chained.links.map((l) => l.id), [...graph.links.map((l) => l.id), 'org:nl-mfa|FUNDS|programme:sahel']);
	assert.equal(chained.chain.added, 1);
	const lookedUp = withChain(graph, upstream, { id: 'org:idlo', direction: 'upstream' }, [{ ...node('org:nl-mfa'), type: 'government', donor: true }]);
	assert.deepEqual(lookedUp.nodes[3], { ...node('org:nl-mfa'), type: 'government', donor: true });
	assert.equal(chained.chain.direction, 'upstream');
	assert.equal(graph.nodes.length, 3, 'the loaded graph itself is not changed');
});

test('the display highlights the chain, keeps it through filters, and leaves the rest as it was', () => {
	const graph = withChain({ nodes: [node('org:idlo'), node('programme:sahel', 'programme'), node('country:ML', 'country')],
		links: [link('org:idlo', 'IMPLEMENTS', 'programme:sahel'), link('programme:sahel', 'ACTIVE_IN', 'country:ML')], truncated: new Set() },
	upstream, { id: 'org:idlo', direction: 'upstream' });
	const state = { ...initialState(), focus: 'org:idlo', filters: { ...emptyFilters(), kinds: ['organisation'], relationships: ['PARTNERS_WITH'] } };
	const display = deriveDisplay(graph, state);
	assert.deepEqual(display.nodes.map((n) => n.id).sort(), ['org:idlo', 'org:nl-mfa', 'programme:sahel']);
	assert.deepEqual([...display.chain.nodes].sort(), ['org:idlo', 'org:nl-mfa', 'programme:sahel']);
	assert.deepEqual([...display.chain.links].sort(), ['org:idlo|IMPLEMENTS|programme:sahel', 'org:nl-mfa|FUNDS|programme:sahel']);
	const plain = deriveDisplay({ ...graph, chain: undefined }, { ...state, filters: emptyFilters() });
	assert.equal(plain.chain, null);
	assert.equal(plain.nodes.length, 4);
});

test('the bar says how many funders or recipients, how far, and what is missing', () => {
	assert.equal(chainSummary(upstream, 'upstream'), '2 funders of Name of org:idlo, up to 2 steps away.');
	assert.equal(chainSummary({ ...upstream, entries: upstream.entries.slice(0, 1), breaks: [{ kind: 'unpublished-activity' }], truncated: true }, 'downstream'),
		'1 recipient of money from Name of org:idlo, directly; 1 break in the chain (more exist).');
	assert.equal(chainSummary({ focus: ref('org:x'), entries: [] }, 'upstream'), 'No funder of Name of org:x is recorded.');
});
