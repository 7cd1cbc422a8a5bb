import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changes, initialState, parseState, serialiseState } from '../js/state.js';

test('a state survives a round trip through the address', () => {
	const state = {
		focus: 'org:idlo', depth: 2, selected: 'programme:x', hidden: ['org:a,b'],
		expanded: [{ id: 'org:un', pages: 1 }, { id: 'programme:iati:XM-1', pages: 3 }],
		filters: { kinds: ['organisation', 'programme'], orgTypes: ['ngo-national'], countries: ['country:ML'],
			themes: ['theme:dac-15130'], relationships: ['FUNDS'], from: '2020-01-01', to: '2024-12-31' },
		chain: { id: 'programme:iati:XM-1/2', direction: 'downstream' },
	};
	assert.deepEqual(parseState(serialiseState(state)), state);
});

test('an empty state is an empty query string and parses back to the default', () => {
	assert.equal(serialiseState(initialState()), '');
	assert.deepEqual(parseState(''), initialState());
});

test('malformed parameters fall back to defaults instead of failing', () => {
	const state = parseState('?focus=org:x&depth=99&from=yesterday&to=2020-13&expand=&expand=org:y*abc');
	assert.equal(state.depth, 4);
	assert.equal(state.filters.from, '');
	assert.equal(state.filters.to, '');
	assert.deepEqual(state.expanded, [{ id: 'org:y*abc', pages: 1 }]);
	assert.equal(state.selected, 'org:x');
});

test('duplicates in the address are dropped', () => {
	const state = parseState('?focus=a&expand=b&expand=b*2&hide=c&hide=c&countries=country:ML&countries=country:ML');
	assert.deepEqual(state.expanded, [{ id: 'b', pages: 1 }]);
	assert.deepEqual(state.hidden, ['c']);
	assert.deepEqual(state.filters.countries, ['country:ML']);
});

test('expanding twice loads a second page, collapsing forgets the node', () => {
	let state = changes.focusOn(initialState(), 'a');
	state = changes.expand(changes.expand(state, 'b'), 'b');
	assert.deepEqual(state.expanded, [{ id: 'b', pages: 2 }]);
	assert.deepEqual(changes.collapse(state, 'b').expanded, []);
});

test('hiding a node collapses it and moves the selection back to the focus; the focus cannot be hidden', () => {
	let state = changes.select(changes.expand(changes.focusOn(initialState(), 'a'), 'b'), 'b');
	state = changes.hide(state, 'b');
	assert.deepEqual(state.hidden, ['b']);
	assert.deepEqual(state.expanded, []);
	assert.equal(state.selected, 'a');
	assert.equal(changes.hide(state, 'a'), state);
});

test('focusing on a new node starts a fresh view but keeps the filters', () => {
	let state = changes.setFilters(changes.expand(changes.focusOn(initialState(), 'a'), 'b'), { countries: ['country:NE'] });
	state = changes.focusOn(state, 'c');
	assert.deepEqual(state.expanded, []);
	assert.equal(state.selected, 'c');
	assert.deepEqual(state.filters.countries, ['country:NE']);
});

test('a highlighted funding chain is kept in the address, dropped by a new focus, and cleared on request', () => {
	const shown = changes.showChain({ ...initialState(), focus: 'org:idlo' }, 'org:idlo', 'upstream');
	assert.equal(serialiseState(shown), '?focus=org%3Aidlo&chain=up%3Aorg%3Aidlo');
	assert.deepEqual(parseState(serialiseState(shown)).chain, { id: 'org:idlo', direction: 'upstream' });
	assert.equal(changes.focusOn(shown, 'org:x').chain, null);
	assert.equal(changes.clearChain(shown).chain, null);
	const plain = changes.clearChain(shown);
	assert.equal(changes.clearChain(plain), plain);
	assert.equal(parseState('?focus=a&chain=sideways:org:x').chain, null);
	assert.equal(parseState('?focus=a&chain=up:').chain, null);
});
