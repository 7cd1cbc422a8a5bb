import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPANSION_PAGE, deriveDisplay, filterOptions, mergeSubgraphs, moreCounts, passesFilters, requestsFor } from '../js/graph-model.js';
import { emptyFilters, initialState } from '../js/state.js';

const node = (id, kind, extra = {}) => ({ id, name: id.toUpperCase(), kind, type: null, donor: false, degree: 1, properties: {}, ...extra });
const link = (source, type, target) => ({ id: `${source}|${type}|${target}`, source, target, type, properties: {}, sourceIds: [] });

test('no focus asks for nothing; a focus and an expanded hub ask for the focus and each page', () => {
	assert.deepEqual(requestsFor(initialState()), []);
	const state = { ...initialState(), focus: 'a', depth: 2, expanded: [{ id: 'hub', pages: 2 }],
		filters: { ...emptyFilters(), countries: ['country:ML'] } };
	const requests = requestsFor(state);
	assert.equal(requests.length, 3);
	assert.deepEqual(requests[0].params, { id: 'a', depth: 2, limit: 250, countries: ['country:ML'] });
	assert.equal(requests[2].params.offset, EXPANSION_PAGE);
	assert.equal(requests[2].params.limit, EXPANSION_PAGE + 1);
	assert.equal(requests[2].owner, 'hub');
});

test('merging answers keeps each node and link once and remembers which owners have more', () => {
	const answers = [
		{ request: { owner: 'a', page: 0 }, subgraph: { nodes: [node('a', 'organisation'), node('b', 'programme')], links: [link('a', 'FUNDS', 'b')], truncated: false } },
		{ request: { owner: 'b', page: 0 }, subgraph: { nodes: [node('b', 'programme'), node('c', 'country')], links: [link('a', 'FUNDS', 'b'), link('b', 'ACTIVE_IN', 'c')], truncated: true } },
		{ request: { owner: 'b', page: 1 }, subgraph: { nodes: [node('d', 'country')], links: [], truncated: false } },
		{ request: { owner: 'e', page: 0 }, subgraph: { nodes: [], links: [], truncated: true } },
	];
	const graph = mergeSubgraphs(answers);
	assert.deepEqual(graph.nodes.map((n) => n.id), ['a', 'b', 'c', 'd']);
	assert.equal(graph.links.length, 2);
	assert.deepEqual([...graph.truncated], ['e']);
});

test('filters judge kind, donor, organisation type and period; nodes without dates pass a time filter', () => {
	const filters = { ...emptyFilters(), kinds: ['donor', 'programme'] };
	assert.equal(passesFilters(node('x', 'organisation', { donor: true }), filters), true);
	assert.equal(passesFilters(node('y', 'organisation'), filters), false);
	const types = { ...emptyFilters(), orgTypes: ['ngo-national'] };
	assert.equal(passesFilters(node('n', 'organisation', { type: 'government' }), types), false);
	assert.equal(passesFilters(node('p', 'programme'), types), true);
	const period = { ...emptyFilters(), from: '2021-01-01', to: '2022-12-31' };
	assert.equal(passesFilters(node('old', 'programme', { properties: { startDate: '2015-01-01', endDate: '2019-12-31' } }), period), false);
	assert.equal(passesFilters(node('late', 'programme', { properties: { startDate: '2023-02-01' } }), period), false);
	assert.equal(passesFilters(node('now', 'programme', { properties: { startDate: '2020-01-01', endDate: '2025-01-01' } }), period), true);
	assert.equal(passesFilters(node('event', 'event', { properties: { date: '2022-05-04' } }), period), true);
	assert.equal(passesFilters(node('undated', 'organisation'), period), true);
});

test('the display drops hidden and filtered nodes and their links but always keeps the focus', () => {
	const graph = mergeSubgraphs([{ request: { owner: 'a', page: 0 }, subgraph: {
		nodes: [node('a', 'organisation'), node('b', 'programme'), node('c', 'country'), node('d', 'theme')],
		links: [link('a', 'IMPLEMENTS', 'b'), link('b', 'ACTIVE_IN', 'c'), link('b', 'ADDRESSES', 'd')], truncated: false } }]);
	const state = { ...initialState(), focus: 'a', hidden: ['d'], filters: { ...emptyFilters(), kinds: ['programme', 'country'] } };
	const display = deriveDisplay(graph, state);
	assert.deepEqual(display.nodes.map((n) => n.id), ['a', 'b', 'c']);
	assert.deepEqual(display.links.map((l) => l.id), ['a|IMPLEMENTS|b', 'b|ACTIVE_IN|c']);
	const onlyActive = deriveDisplay(graph, { ...state, filters: { ...emptyFilters(), relationships: ['ACTIVE_IN'] } });
	assert.deepEqual(onlyActive.links.map((l) => l.id), ['b|ACTIVE_IN|c']);
});

test('a funding outside the filtered period is not drawn, an undated relationship is', () => {
	const graph = mergeSubgraphs([{ request: { owner: 'd', page: 0 }, subgraph: {
		nodes: [node('d', 'organisation'), node('p', 'programme')],
		links: [{ ...link('d', 'FUNDS', 'p'), properties: { startDate: '2012-01-01', endDate: '2014-12-31' } },
			{ ...link('d', 'IMPLEMENTS', 'p') }], truncated: false } }]);
	const state = { ...initialState(), focus: 'd', filters: { ...emptyFilters(), from: '2019-01-01' } };
	assert.deepEqual(deriveDisplay(graph, state).links.map((l) => l.type), ['IMPLEMENTS']);
});

test('"+N more" counts the relationships a truncated node has beyond those loaded', () => {
	const graph = { nodes: [node('hub', 'organisation', { degree: 120 }), node('b', 'programme', { degree: 3 })],
		links: [link('hub', 'FUNDS', 'b')] };
	const more = moreCounts(graph, new Set(['hub']));
	assert.equal(more.get('hub'), 119);
	assert.equal(more.has('b'), false);
	assert.equal(moreCounts({ nodes: [node('f', 'country', { degree: 0 })], links: [] }, new Set(['f'])).get('f'), 1);
});

test('filter options list the countries and themes in view by name', () => {
	const options = filterOptions([node('country:NE', 'country', { name: 'Niger' }), node('country:ML', 'country', { name: 'Mali' }), node('t', 'theme', { name: 'Justice' })]);
	assert.deepEqual(options.countries.map((c) => c.name), ['Mali', 'Niger']);
	assert.deepEqual(options.themes, [{ id: 't', name: 'Justice' }]);
});
