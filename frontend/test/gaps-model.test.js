import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COMMUNITY_COLOURS, communityColours, featureNode, pairGraph } from '../js/gaps-model.js';

const pair = {
	a: { id: 'org:a', name: 'A' }, b: { id: 'org:b', name: 'B' },
	evidence: { shared: [
		{ kind: 'theme', id: 'theme:j@country:ML', name: 'Justice', place: 'Mali', viaA: [{ id: 'programme:p', name: 'P' }], viaB: [] },
		{ kind: 'theme-anywhere', id: 'theme:j', name: 'Justice', place: null, viaA: [], viaB: [] },
		{ kind: 'country', id: 'country:ML', name: 'Mali', viaA: [], viaB: [{ id: 'event:e', name: 'E' }] },
	] },
};

test('a feature in a place is drawn as its theme', () => {
	assert.deepEqual(featureNode(pair.evidence.shared[0]), { id: 'theme:j', name: 'Justice (in Mali)', kind: 'theme' });
});

test('a pair graph joins both actors to what they share, through their programmes, and has the missing link apart', () => {
	const graph = pairGraph(pair);
	const ids = graph.nodes.map((n) => n.id);
	assert.deepEqual(ids, ['org:a', 'org:b', 'theme:j', 'programme:p', 'country:ML', 'event:e']);
	assert.ok(graph.links.some((l) => l.source === 'org:a' && l.target === 'programme:p'));
	assert.ok(graph.links.some((l) => l.source === 'programme:p' && l.target === 'theme:j'));
	assert.ok(graph.links.some((l) => l.source === 'org:b' && l.target === 'theme:j'));
	assert.ok(!graph.links.some((l) => [l.source, l.target].includes('org:a') && [l.source, l.target].includes('org:b')));
	assert.deepEqual(graph.missing, [{ source: 'org:a', target: 'org:b' }]);
	assert.equal(new Set(graph.links.map((l) => l.id)).size, graph.links.length);
});

test('the largest community gets the first colour; ties are broken by id', () => {
	const { colourOf, memberOf } = communityColours({ communities: [
		{ id: 'c2', size: 2, members: [{ id: 'x' }] }, { id: 'c1', size: 2, members: [{ id: 'y' }] }, { id: 'c3', size: 5, members: [{ id: 'z' }] }] });
	assert.equal(colourOf.get('c3'), COMMUNITY_COLOURS[0]);
	assert.equal(colourOf.get('c1'), COMMUNITY_COLOURS[1]);
	assert.equal(memberOf.get('x'), 'c2');
});
