import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROLE_ORDER, columnLayout, gridToPoint, plotBox, pointToGrid, quadrant } from '../js/map-layout.js';
import { describeChanges, emptyMap, toDraft, toggleRelationship, visibleLinks, withCandidates, updateMember } from '../js/map-model.js';

const box = plotBox(1000, 700);

test('grid positions round-trip through screen points', () => {
	for (const grid of [{ influence: 0, interest: 0 }, { influence: 1, interest: 1 }, { influence: 0.25, interest: 0.8 }]) {
		assert.deepEqual(pointToGrid(gridToPoint(grid, box), box), grid);
	}
});

test('high influence is drawn at the top, and points off the grid are clamped to it', () => {
	assert.ok(gridToPoint({ influence: 0.9, interest: 0.5 }, box).y < gridToPoint({ influence: 0.1, interest: 0.5 }, box).y);
	assert.deepEqual(pointToGrid({ x: -50, y: 5000 }, box), { influence: 0, interest: 0 });
});

test('quadrants read as the usual advice', () => {
	assert.equal(quadrant({ influence: 0.8, interest: 0.9 }), 'Manage closely');
	assert.equal(quadrant({ influence: 0.8, interest: 0.1 }), 'Keep satisfied');
	assert.equal(quadrant({ influence: 0.2, interest: 0.9 }), 'Keep informed');
	assert.equal(quadrant({ influence: 0.2, interest: 0.2 }), 'Monitor');
});

test('role columns follow the role order and stack members by name', () => {
	const members = [{ id: 'a', name: 'Zeta', group: 'research' }, { id: 'b', name: 'Alpha', group: 'donors' }, { id: 'c', name: 'Beta', group: 'donors' }];
	const { columns, positions } = columnLayout(members, (m) => m.group, (k) => k, box, ROLE_ORDER);
	assert.deepEqual(columns.map((c) => c.key), ['donors', 'research']);
	assert.equal(positions.get('b').x, positions.get('c').x);
	assert.ok(positions.get('b').y < positions.get('c').y);
	assert.ok(positions.get('a').x > positions.get('b').x);
});

test('a map draft keeps positions and notes, rounded', () => {
	let map = withCandidates(emptyMap(['country:ML']), [{ id: 'org:a', name: 'A', group: 'donors' }]);
	map = updateMember(map, 'org:a', { influence: 0.12345, interest: 0.9, note: 'key donor' });
	const draft = toDraft(map);
	assert.deepEqual(draft.members, [{ id: 'org:a', x: null, y: null, influence: 0.123, interest: 0.9, note: 'key donor' }]);
	assert.equal(draft.title, 'Stakeholder map: country:ML');
});

test('hiding a relationship type hides its links; showing every type again means all', () => {
	let map = { ...emptyMap(), members: [{ id: 'a' }, { id: 'b' }],
		links: [{ source: 'a', target: 'b', type: 'FUNDS' }, { source: 'a', target: 'b', type: 'PARTNERS_WITH' }] };
	map = toggleRelationship(map, 'FUNDS');
	assert.deepEqual(visibleLinks(map).map((l) => l.type), ['PARTNERS_WITH']);
	map = toggleRelationship(map, 'FUNDS');
	assert.deepEqual(map.relationshipTypes, []);
	assert.equal(visibleLinks(map).length, 2);
});

test('changes since saved read as a sentence, and nothing changed says nothing', () => {
	assert.equal(describeChanges({ newActors: [{ id: 'x' }], removedLinks: ['k1', 'k2'], addedLinks: [], missingMembers: [] }),
		'1 new actor in the focus · 2 links removed');
	assert.equal(describeChanges({ newActors: [], removedLinks: [], addedLinks: [], missingMembers: [] }), null);
});
