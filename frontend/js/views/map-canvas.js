// The stakeholder map drawing (SVG): columns by role or country, or the influence / interest grid
// where actors are dragged (mouse) or moved with the arrow keys. The same SVG, title and legend
// included, is what the PNG and SVG exports serialise.

/* global d3 */
import { ROLE_ORDER, columnLayout, countryKey, defaultGridPosition, gridToPoint, plotBox, pointToGrid, quadrant } from '../map-layout.js';
import { defaultTitle, visibleLinks } from '../map-model.js';
import { shortLabel } from '../visual-encoding.js';
import { kindsOf, legendBlock, legendHeight, linkLine, nodeGlyph, svgEl, titleBlock } from './svg-draw.js';

const FONT = 'system-ui, sans-serif';

export function createMapCanvas(container, { onSelect, onMove }) {
	const svg = svgEl('svg', { class: 'map-svg', role: 'group', 'aria-label': 'Stakeholder map' });
	container.append(svg);
	let WIDTH = 1200;
	let PLOT_HEIGHT = 640;
	let box = plotBox(WIDTH, PLOT_HEIGHT, { bottom: 20 });
	let columnWidth = WIDTH;
	let positions = new Map();

	function render(map, { selected, countries = new Map() }) {
		// drawn at the size of its box, so that text stays readable on screen and in the exports
		WIDTH = Math.max(760, container.clientWidth - 4);
		PLOT_HEIGHT = Math.max(480, Math.min(900, container.clientHeight - 120));
		const links = visibleLinks(map);
		const legendRows = kindsOf(map.members).size + new Set(links.map((l) => l.type)).size;
		const height = PLOT_HEIGHT + legendHeight(legendRows, WIDTH - 32) + 10;
		svg.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
		svg.setAttribute('width', WIDTH);
		svg.setAttribute('height', height);
		svg.replaceChildren(svgEl('rect', { width: WIDTH, height, fill: '#ffffff' }));
		const focusNames = map.focusNodes?.length ? map.focusNodes.map((f) => f.name).join(' · ') : map.focus.join(' · ');
		svg.append(titleBlock(map.title || defaultTitle(map), `Focus: ${focusNames || 'hand-picked actors'} · ${map.members.length} actors · Actor Atlas`));
		box = plotBox(WIDTH, PLOT_HEIGHT, { bottom: 20 });
		positions = layout(map, countries);
		// in narrow columns labels are cut to the column, so that neighbours do not overwrite each other
		const labelMax = map.layout === 'grid' ? 30 : Math.max(8, Math.floor(columnWidth / 6.6));
		const layer = svgEl('g', { class: 'map-links' });
		for (const link of links) {
			const a = positions.get(link.source);
			const b = positions.get(link.target);
			if (a && b) layer.append(linkLine(link, a, b, { highlight: selected && (link.source === selected || link.target === selected) }));
		}
		svg.append(layer);
		const nodes = svgEl('g', { class: 'map-nodes' });
		for (const member of map.members) {
			const at = positions.get(member.id);
			const glyph = nodeGlyph({ ...member, ...at, donor: member.donor }, { r: 10, highlight: member.id === selected, labelMax });
			glyph.setAttribute('tabindex', '0');
			glyph.setAttribute('role', 'button');
			glyph.setAttribute('aria-label', `${member.name}${map.layout === 'grid' ? `, ${quadrant(gridOf(member, map))}; arrow keys move it` : ''}`);
			glyph.addEventListener('click', () => onSelect(member.id));
			glyph.addEventListener('keydown', (event) => keyed(event, member, map));
			if (member.note) glyph.append(svgEl('text', { x: 12, y: -8, 'font-size': 13, 'font-family': FONT, fill: '#0072B2' }, '✎'));
			nodes.append(glyph);
		}
		svg.append(nodes);
		svg.append(legendBlock({ kinds: kindsOf(map.members), types: new Set(links.map((l) => l.type)) }, 16, PLOT_HEIGHT + 22, WIDTH - 32));
		if (map.layout === 'grid') bindDrag(nodes, map);
	}

	function gridOf(member, map) {
		if (member.influence !== null && member.influence !== undefined) return member;
		return defaultGridPosition(map.members.indexOf(member), map.members.length);
	}

	function layout(map, countries) {
		if (map.layout === 'grid') {
			drawGrid();
			return new Map(map.members.map((m) => [m.id, gridToPoint(gridOf(m, map), box)]));
		}
		const byCountry = map.layout === 'country';
		const { columns, positions: placed } = columnLayout(map.members,
			byCountry ? (m) => countryKey({ countries: countries.get(m.id) }) : (m) => m.group,
			byCountry ? (key) => (key === 'none' ? 'No country recorded' : countries.get(`name:${key}`) ?? key)
				: (key) => map.members.find((m) => m.group === key)?.groupTitle ?? key,
			box, byCountry ? [] : ROLE_ORDER);
		columnWidth = columns[0]?.width ?? WIDTH;
		const titleMax = Math.max(8, Math.floor(columnWidth / 7.2));
		columns.forEach((column, i) => {
			if (i % 2 === 0) svg.append(svgEl('rect', { x: column.x, y: box.y - 6, width: column.width, height: box.height + 6, fill: '#f5f5f2' }));
			svg.append(svgEl('text', { x: column.x + column.width / 2, y: box.y + 10, 'text-anchor': 'middle', 'font-family': FONT,
				'font-size': 12, 'font-weight': 700, fill: '#333' }, shortLabel(`${column.title} (${column.count})`, titleMax)));
		});
		return placed;
	}

	function drawGrid() {
		const g = svgEl('g', { class: 'map-grid' });
		g.append(svgEl('rect', { x: box.x, y: box.y, width: box.width, height: box.height, fill: '#fafaf7', stroke: '#999' }));
		g.append(svgEl('line', { x1: box.x + box.width / 2, y1: box.y, x2: box.x + box.width / 2, y2: box.y + box.height, stroke: '#bbb', 'stroke-dasharray': '4 4' }));
		g.append(svgEl('line', { x1: box.x, y1: box.y + box.height / 2, x2: box.x + box.width, y2: box.y + box.height / 2, stroke: '#bbb', 'stroke-dasharray': '4 4' }));
		[['Keep satisfied', 0.25, 0.06], ['Manage closely', 0.75, 0.06], ['Monitor', 0.25, 0.97], ['Keep informed', 0.75, 0.97]].forEach(([text, fx, fy]) =>
			g.append(svgEl('text', { x: box.x + fx * box.width, y: box.y + fy * box.height, 'text-anchor': 'middle', 'font-family': FONT, 'font-size': 13, fill: '#777' }, text)));
		g.append(svgEl('text', { x: box.x + box.width / 2, y: box.y + box.height + 16, 'text-anchor': 'middle', 'font-family': FONT, 'font-size': 12, fill: '#333' }, 'Interest →'));
		g.append(svgEl('text', { x: box.x - 40, y: box.y + box.height / 2, transform: `rotate(-90 ${box.x - 40} ${box.y + box.height / 2})`,
			'text-anchor': 'middle', 'font-family': FONT, 'font-size': 12, fill: '#333' }, 'Influence →'));
		svg.append(g);
	}

	function bindDrag(nodes, map) {
		d3.select(nodes).selectAll('g.glyph').call(d3.drag()
			.on('start', function start() { this.setAttribute('cursor', 'grabbing'); })
			.on('drag', function moved(event) {
				const x = Math.min(box.x + box.width, Math.max(box.x, event.x));
				const y = Math.min(box.y + box.height, Math.max(box.y, event.y));
				this.setAttribute('transform', `translate(${x},${y})`);
				this.dataset.x = x;
				this.dataset.y = y;
			})
			.on('end', function ended() {
				if (this.dataset.x === undefined) return;
				onMove(this.dataset.id, pointToGrid({ x: Number(this.dataset.x), y: Number(this.dataset.y) }, box));
			}));
		void map;
	}

	function keyed(event, member, map) {
		if (event.key === 'Enter' || event.key === ' ') {
			event.preventDefault();
			onSelect(member.id);
			return;
		}
		const moves = { ArrowUp: [0.05, 0], ArrowDown: [-0.05, 0], ArrowRight: [0, 0.05], ArrowLeft: [0, -0.05] };
		if (map.layout !== 'grid' || !moves[event.key]) return;
		event.preventDefault();
		const at = gridOf(member, map);
		const clamp = (v) => Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;
		onMove(member.id, { influence: clamp(at.influence + moves[event.key][0]), interest: clamp(at.interest + moves[event.key][1]) }, { keyboard: true });
	}

	return {
		render,
		svg: () => svg,
		/** Where an actor is drawn, in page pixels (for tests). */
		positionOf(id) {
			const glyph = svg.querySelector(`g.glyph[data-id="${CSS.escape(id)}"]`);
			const rect = glyph?.getBoundingClientRect();
			return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
		},
	};
}
