// The legend: each kind's shape and colour, and each relationship's line style, drawn with the
// same shape code and styles as the network so the two never disagree.

/* global d3 */
import { linkLegend, nodeLegend } from '../visual-encoding.js';
import { el } from './dom.js';
import { drawShape } from './shapes.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes) {
	const element = document.createElementNS(SVG, tag);
	Object.entries(attributes).forEach(([key, value]) => element.setAttribute(key, String(value)));
	return element;
}

/** A small SVG of a node's shape and colour ({shape, color, ring}). */
export function swatch(row) {
	const path = d3.path();
	drawShape(path, row.shape, 10, 10, 6);
	const icon = svg('svg', { width: 20, height: 20, viewBox: '0 0 20 20', 'aria-hidden': 'true' });
	icon.append(svg('path', { d: path.toString(), fill: row.color, stroke: '#1a1a1a', 'stroke-width': 1 }));
	if (row.ring) icon.append(svg('circle', { cx: 10, cy: 10, r: 8.5, fill: 'none', stroke: '#000', 'stroke-width': 2 }));
	return icon;
}

/** A small SVG of a relationship's line style. */
export function line(style) {
	const icon = svg('svg', { width: 34, height: 12, viewBox: '0 0 34 12', 'aria-hidden': 'true' });
	icon.append(svg('line', { x1: 1, y1: 6, x2: 33, y2: 6, stroke: style.color, 'stroke-width': style.width + 0.4,
		'stroke-dasharray': style.dash.length ? style.dash.join(' ') : 'none' }));
	return icon;
}

/** The legend box over the network: open where there is room for it, a click away elsewhere. */
export function renderLegend(root) {
	root.open = root.parentElement.clientWidth >= 900;
	root.replaceChildren(
		el('summary', { text: 'Legend' }),
		el('div', { className: 'legend-columns' },
			el('ul', { className: 'legend-list', 'aria-label': 'Kinds of actor' }, nodeLegend().map((row) => el('li', {}, swatch(row), el('span', { text: row.label })))),
			el('ul', { className: 'legend-list', 'aria-label': 'Kinds of relationship' }, linkLegend().map((style) => el('li', {}, line(style), el('span', { text: style.label }))))),
		el('p', { className: 'panel-note', text: 'Size: number of relationships. Orange ring: the focus; dashed ring: the selection.' }));
}
