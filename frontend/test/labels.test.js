import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeLabels } from '../js/labels.js';

const box = (id, x, y, priority, width = 50, height = 14) => ({ id, x, y, width, height, priority });
const viewport = { width: 800, height: 600 };

test('of two overlapping labels only the one with higher priority is drawn', () => {
	assert.deepEqual(placeLabels([box('low', 10, 10, 1), box('high', 30, 15, 5)], viewport), ['high']);
});

test('labels that do not overlap are all drawn, labels off screen are not', () => {
	const placed = placeLabels([box('a', 0, 0, 1), box('b', 100, 0, 1), box('c', 0, 100, 1), box('off', 900, 10, 9)], viewport);
	assert.deepEqual(placed.sort(), ['a', 'b', 'c']);
});

test('a crowded view is thinned to at most the cap', () => {
	const crowded = Array.from({ length: 2000 }, (_, i) => box(`n${i}`, (i * 7) % 780, (i * 13) % 590, i % 10));
	const placed = placeLabels(crowded, viewport, 100);
	assert.ok(placed.length <= 100);
	assert.ok(placed.length > 10);
});
