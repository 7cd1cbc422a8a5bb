// Chooses which node labels to draw so that they never overlap each other or a node: candidates
// are tried in priority order, each at a few positions around its node (right, left, below,
// above, then diagonally), and a label is placed only where it collides with nothing already there. Zoomed out,
// fewer fit, so the view thins out instead of turning into a smear.

const CELL = 64;

/**
 * @param candidates [{id, positions: [{x, y}], width, height, priority, force}] in screen pixels (x, y: top left);
 *   a forced label (the focus, the selection) is drawn even where it covers something
 * @param viewport {width, height}
 * @param options {max: most labels to place, obstacles: boxes [{x, y, width, height}] labels must not cover}
 * @returns [{id, x, y}] the labels to draw and where
 */
export function placeLabels(candidates, viewport, { max = 250, obstacles = [] } = {}) {
	const grid = new Map();
	obstacles.forEach((box) => insert(grid, box));
	const placed = [];
	const sorted = [...candidates].sort((a, b) => b.priority - a.priority);
	for (const candidate of sorted) {
		if (placed.length >= max) break;
		for (const { x, y } of candidate.positions) {
			const box = { x, y, width: candidate.width, height: candidate.height };
			if (x < 0 || y < 0 || x + box.width > viewport.width || y + box.height > viewport.height) continue;
			if (!candidate.force && cellsOf(box).some((key) => (grid.get(key) ?? []).some((other) => overlaps(box, other)))) continue;
			insert(grid, box);
			placed.push({ id: candidate.id, x, y });
			break;
		}
	}
	return placed;
}

function insert(grid, box) {
	cellsOf(box).forEach((key) => (grid.get(key) ?? grid.set(key, []).get(key)).push(box));
}

function cellsOf(box) {
	const keys = [];
	for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.width) / CELL); cx++) {
		for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.height) / CELL); cy++) {
			keys.push(cx * 65536 + cy); // a number, not a string: this runs for every node on every frame
		}
	}
	return keys;
}

function overlaps(a, b) {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
