import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_COLOUR, HEAT_COLOURS, heatBin, heatColour, heatLegend, matrixRows, textColourOn } from '../js/heatmap.js';

test('an empty cell is white and the fullest cell the darkest', () => {
	assert.equal(heatColour(0, 6), EMPTY_COLOUR);
	assert.equal(heatColour(6, 6), HEAT_COLOURS.at(-1));
	assert.ok(heatBin(1, 6) < heatBin(3, 6) && heatBin(3, 6) < heatBin(6, 6));
	assert.equal(textColourOn(6, 6), '#ffffff');
	assert.equal(textColourOn(1, 6), '#1b1b1b');
});

test('a matrix with one actor at most still has a scale', () => {
	assert.equal(heatBin(1, 1), 1);
	assert.equal(heatBin(0, 0), 0);
});

test('the legend covers every value from 1 to the maximum without gaps', () => {
	const labels = heatLegend(10).slice(1).map((row) => row.label);
	const covered = labels.flatMap((label) => {
		const [low, high = low] = label.split('–').map(Number);
		return Array.from({ length: high - low + 1 }, (_, i) => low + i);
	});
	assert.deepEqual(covered, Array.from({ length: 10 }, (_, i) => i + 1));
});

test('missing cells of the matrix are zero (white spots), not left out', () => {
	const rows = matrixRows({ countries: [{ id: 'c:1' }, { id: 'c:2' }], themes: [{ id: 't:1' }, { id: 't:2' }],
		cells: [{ country: 'c:1', theme: 't:2', actors: 3, programmes: 1, funding: {} }] });
	assert.deepEqual(rows.map((r) => r.cells.map((c) => c.actors)), [[0, 3], [0, 0]]);
});
