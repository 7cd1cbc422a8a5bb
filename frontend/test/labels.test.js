import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeLabels } from '../js/labels.js';

const label = (id, x, y, priority, width = 50, height = 14) => ({ id, positions: [{ x, y }], width, height, priority });
const viewport = { width: 800, height: 600 };
const ids = (placed) => placed.map((p) => p.id).sort();

test('of two overlapping labels only the one with higher priority is drawn', () => {
	assert.deepEqual(ids(placeLabels([label('low', 10, 10, 1), label('high', 30, 15, 5)], viewport)), ['high']);
});

test('labels that do not overlap are all drawn, labels that would leave the view are not', () => {
	const placed = placeLabels([label('a', 0, 0, 1), label('b', 100, 0, 1), label('c', 0, 100, 1), label('off', 780, 10, 9)], viewport);
	assert.deepEqual(ids(placed), ['a', 'b', 'c']);
});

test('a label moves to its next position when the first is taken, and never covers a node', () => {
	const first = label('first', 100, 100, 9);
	const second = { id: 'second', positions: [{ x: 110, y: 100 }, { x: 20, y: 100 }], width: 50, height: 14, priority: 1 };
	assert.deepEqual(placeLabels([first, second], viewport), [{ id: 'first', x: 100, y: 100 }, { id: 'second', x: 20, y: 100 }]);
	const node = { x: 300, y: 300, width: 20, height: 20 };
	assert.deepEqual(placeLabels([label('over', 290, 305, 5)], viewport, { obstacles: [node] }), []);
});

test('a forced label is drawn even over a node, and others then avoid it', () => {
	const node = { x: 300, y: 300, width: 20, height: 20 };
	const focus = { ...label('focus', 290, 305, 1e9), force: true };
	assert.deepEqual(ids(placeLabels([focus, label('near', 300, 310, 5)], viewport, { obstacles: [node] })), ['focus']);
});

test('a crowded view is thinned to at most the cap', () => {
	const crowded = Array.from({ length: 2000 }, (_, i) => label(`n${i}`, (i * 7) % 740, (i * 13) % 580, i % 10));
	const placed = placeLabels(crowded, viewport, { max: 100 });
	assert.ok(placed.length <= 100);
	assert.ok(placed.length > 10);
});
