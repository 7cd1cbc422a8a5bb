// SVG pieces shared by the map builder, the funding and gaps networks and the image exports: node
// glyphs, link lines, a title and a legend, all styled with attributes (not CSS classes) so that a
// serialised SVG or PNG looks like the page. Shapes and colours come from the explorer's encoding.

/* global d3 */
import { linkLegend, linkStyle, nodeLegend, nodeStyle, shortLabel } from '../visual-encoding.js';
import { drawShape } from './shapes.js';

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function svgEl(tag, attributes = {}, text) {
	const element = document.createElementNS(SVG_NS, tag);
	for (const [key, value] of Object.entries(attributes)) {
		if (value !== undefined && value !== null) element.setAttribute(key, String(value));
	}
	if (text !== undefined) element.textContent = String(text);
	return element;
}

/** A node: its shape and colour, a ring for donors, an optional highlight, its label under it. */
export function nodeGlyph(node, { r = 9, colour, highlight = false, dimmed = false, label = true, labelMax = 30 } = {}) {
	const style = nodeStyle(node);
	const group = svgEl('g', { class: 'glyph', 'data-id': node.id, transform: `translate(${node.x},${node.y})`, opacity: dimmed ? 0.3 : 1 });
	if (highlight) group.append(svgEl('circle', { r: r + 6, fill: '#F0E442', stroke: '#D55E00', 'stroke-width': 2.5 }));
	const path = d3.path();
	drawShape(path, style.shape, 0, 0, r);
	group.append(svgEl('path', { d: path.toString(), fill: colour ?? style.color, stroke: node.placeholder ? '#D55E00' : '#1a1a1a',
		'stroke-width': node.placeholder ? 2 : 1, 'stroke-dasharray': node.placeholder ? '3 2' : null }));
	if (style.ring) group.append(svgEl('circle', { r: r + 2.5, fill: 'none', stroke: '#000', 'stroke-width': 1.6 }));
	if (label) {
		group.append(svgEl('text', { y: r + 13, 'text-anchor': 'middle', 'font-family': FONT, 'font-size': 11, fill: '#1b1b1b',
			stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke' }, shortLabel(String(node.name ?? node.id), labelMax)));
	}
	group.append(svgEl('title', {}, String(node.name ?? node.id)));
	return group;
}

/** A link between two placed nodes in the explorer's style; `missing` draws it dashed and orange. */
export function linkLine(link, a, b, { highlight = false, missing = false, dimmed = false } = {}) {
	const style = linkStyle(link.type);
	// data-link names the link, so that an export can write its source numbers beside it
	return svgEl('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'data-type': link.type, 'data-link': link.key ?? link.id,
		stroke: missing ? '#D55E00' : style.color, 'stroke-width': missing ? 3 : style.width + (highlight ? 2 : 0),
		'stroke-dasharray': missing ? '8 6' : (style.dash.length ? style.dash.join(' ') : null),
		opacity: dimmed ? 0.2 : 0.85, class: missing ? 'missing-link' : (highlight ? 'highlighted-link' : null) });
}

export function titleBlock(title, subtitle, x = 16, y = 28) {
	const group = svgEl('g', { class: 'export-title' });
	group.append(svgEl('text', { x, y, 'font-family': FONT, 'font-size': 20, 'font-weight': 700, fill: '#1b1b1b' }, title));
	if (subtitle) group.append(svgEl('text', { x, y: y + 20, 'font-family': FONT, 'font-size': 12, fill: '#555' }, subtitle));
	return group;
}

/** The legend for the kinds and relationship types present, in rows across the given width. */
export function legendBlock({ kinds = null, types = null, extra = [] }, x, y, width) {
	const rows = [
		...nodeLegend().filter((row) => !kinds || kinds.has(row.label)).map((row) => ({ ...row, glyph: 'node' })),
		...linkLegend().filter((row) => !types || types.has(row.type)).map((row) => ({ ...row, glyph: 'line' })),
		...extra,
	];
	const group = svgEl('g', { class: 'export-legend', transform: `translate(${x},${y})` });
	group.append(svgEl('text', { x: 0, y: 0, 'font-family': FONT, 'font-size': 12, 'font-weight': 700, fill: '#1b1b1b' }, 'Legend'));
	const cell = 210;
	const perRow = Math.max(1, Math.floor(width / cell));
	rows.forEach((row, i) => {
		const cx = (i % perRow) * cell;
		const cy = 18 + Math.floor(i / perRow) * 20;
		if (row.glyph === 'node') {
			const path = d3.path();
			drawShape(path, row.shape, cx + 7, cy - 4, 6);
			group.append(svgEl('path', { d: path.toString(), fill: row.color, stroke: '#1a1a1a', 'stroke-width': 1 }));
			if (row.ring) group.append(svgEl('circle', { cx: cx + 7, cy: cy - 4, r: 8.5, fill: 'none', stroke: '#000', 'stroke-width': 1.6 }));
		}
		else {
			group.append(svgEl('line', { x1: cx, y1: cy - 4, x2: cx + 22, y2: cy - 4, stroke: row.color, 'stroke-width': (row.width ?? 1) + 0.5,
				'stroke-dasharray': row.dash?.length ? row.dash.join(' ') : null }));
		}
		group.append(svgEl('text', { x: cx + 28, y: cy, 'font-family': FONT, 'font-size': 11, fill: '#1b1b1b' }, shortLabel(String(row.label), 30)));
	});
	return group;
}

/** Legend height for a number of rows at a width, to size the drawing. */
export function legendHeight(count, width) {
	return 26 + Math.ceil(count / Math.max(1, Math.floor(width / 210))) * 20;
}

/** The legend labels of the kinds among some nodes (for `legendBlock`'s filter). */
export function kindsOf(nodes) {
	return new Set(nodes.map((n) => nodeStyle(n).label).concat(nodes.some((n) => nodeStyle(n).ring) ? ['Donor (ringed)'] : []));
}
