// Where the actors of a stakeholder map go: columns by role or by country, or the influence /
// interest grid whose 0..1 coordinates the user sets by dragging. Pure maths, tested with node.

export const ROLE_ORDER = ['donors', 'multilaterals', 'governments', 'international-implementers', 'local-civil-society',
	'research', 'networks', 'programmes', 'people', 'other'];

/** The plotting box inside the drawing: margins leave room for the title, axes and legend. */
export function plotBox(width, height, { top = 70, right = 24, bottom = 110, left = 70 } = {}) {
	return { x: left, y: top, width: Math.max(1, width - left - right), height: Math.max(1, height - top - bottom) };
}

const clamp01 = (v) => Math.min(1, Math.max(0, v));

/** Grid value (influence up, interest right, both 0..1) to a point in the box. */
export function gridToPoint({ influence, interest }, box) {
	return { x: box.x + clamp01(interest ?? 0.5) * box.width, y: box.y + (1 - clamp01(influence ?? 0.5)) * box.height };
}

/** A point in the box back to grid values, clamped to the grid and rounded to 3 decimals. */
export function pointToGrid({ x, y }, box) {
	const round = (v) => Math.round(clamp01(v) * 1000) / 1000;
	return { interest: round((x - box.x) / box.width), influence: round(1 - (y - box.y) / box.height) };
}

/** "Manage closely", "Keep satisfied", "Keep informed", "Monitor": the usual reading of the grid. */
export function quadrant({ influence, interest }) {
	const high = (v) => (v ?? 0.5) >= 0.5;
	if (high(influence)) return high(interest) ? 'Manage closely' : 'Keep satisfied';
	return high(interest) ? 'Keep informed' : 'Monitor';
}

/** Nudges a new member off the centre so that unplaced actors do not sit on top of each other. */
export function defaultGridPosition(index, count) {
	const angle = (index / Math.max(1, count)) * 2 * Math.PI;
	const radius = 0.14 + 0.14 * ((index % 3) / 2);
	return { influence: Math.round((0.5 + radius * Math.sin(angle)) * 1000) / 1000, interest: Math.round((0.5 + radius * Math.cos(angle)) * 1000) / 1000 };
}

/**
 * Columns: one per key (role group or country), in the given order then alphabetical; members
 * stacked in each column by name. Returns {columns: [{key, title, x, width}], positions: Map id -> {x, y}}.
 */
export function columnLayout(members, keyOf, titleOf, box, order = []) {
	const groups = new Map();
	for (const member of members) {
		const key = keyOf(member) ?? 'other';
		(groups.get(key) ?? groups.set(key, []).get(key)).push(member);
	}
	const rank = (key) => (order.includes(key) ? order.indexOf(key) : order.length);
	const keys = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || String(titleOf(a)).localeCompare(String(titleOf(b))));
	const width = box.width / Math.max(1, keys.length);
	const positions = new Map();
	const columns = keys.map((key, i) => {
		const x = box.x + i * width;
		const inColumn = groups.get(key).sort((a, b) => String(a.name).localeCompare(String(b.name)));
		const step = Math.min(46, (box.height - 20) / Math.max(1, inColumn.length));
		inColumn.forEach((member, j) => positions.set(member.id, { x: x + width / 2, y: box.y + 30 + j * step }));
		return { key, title: titleOf(key), x, width, count: inColumn.length };
	});
	return { columns, positions };
}

/** The country of a member for the by-country layout: its first country, or "No country". */
export function countryKey(member) {
	return member.countries?.[0] ?? member.country ?? 'none';
}
