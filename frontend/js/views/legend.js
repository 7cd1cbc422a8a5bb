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

function swatch(row) {
	const path = d3.path();
	drawShape(path, row.shape, 10, 10, 6);
	const icon = svg('svg', { width: 20, height: 20, viewBox: '0 0 20 20', 'aria-hidden': 'true' });
	icon.append(svg('path', { d: path.toString(), fill: row.color, stroke: '#1a1a1a', 'stroke-width': 1 }));
	if (row.ring) icon.append(svg('circle', { cx: 10, cy: 10, r: 8.5, fill: 'none', stroke: '#000', 'stroke-width': 2 }));
	return icon;
}

function line(style) {
	const icon = svg('svg', { width: 34, height: 12, viewBox: '0 0 34 12', 'aria-hidden': 'true' });
	icon.append(svg('line', { x1: 1, y1: 6, x2: 33, y2: 6, stroke: style.color, 'stroke-width': style.width + 0.4,
		'stroke-dasharray': style.dash.length ? style.dash.join(' ') : 'none' }));
	return icon;
}

export function renderLegend(root) {
	root.replaceChildren(
		el('h2', { className: 'panel-title', text: 'Legend' }),
		el('ul', { className: 'legend-list' }, nodeLegend().map((row) => el('li', {}, swatch(row), el('span', { text: row.label })))),
		el('ul', { className: 'legend-list' }, linkLegend().map((style) => el('li', {}, line(style), el('span', { text: style.label })))),
		el('p', { className: 'panel-note', text: 'Size grows with the number of relationships. An orange ring marks the focus; a dashed ring the selection.' }));
}
