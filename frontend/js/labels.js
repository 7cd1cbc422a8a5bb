// Chooses which node labels to draw so that they never overlap: candidates are tried in priority
// order and a label is placed only where it collides with none already placed. Zoomed out, fewer
// fit, so the view thins out instead of turning into a smear.

const CELL = 64;

/**
 * @param candidates [{id, x, y, width, height, priority}] boxes in screen pixels (x, y: top left)
 * @param viewport {width, height}
 * @param max most labels to place
 * @returns the ids of the labels to draw
 */
export function placeLabels(candidates, viewport, max = 250) {
	const grid = new Map();
	const placed = [];
	const sorted = [...candidates].sort((a, b) => b.priority - a.priority);
	for (const box of sorted) {
		if (placed.length >= max) break;
		if (box.x + box.width < 0 || box.y + box.height < 0 || box.x > viewport.width || box.y > viewport.height) continue;
		const cells = cellsOf(box);
		const collides = cells.some((key) => (grid.get(key) ?? []).some((other) => overlaps(box, other)));
		if (collides) continue;
		cells.forEach((key) => (grid.get(key) ?? grid.set(key, []).get(key)).push(box));
		placed.push(box.id);
	}
	return placed;
}

function cellsOf(box) {
	const keys = [];
	for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.width) / CELL); cx++) {
		for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.height) / CELL); cy++) {
			keys.push(`${cx},${cy}`);
		}
	}
	return keys;
}

function overlaps(a, b) {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
