// A small network in SVG for the funding chain and the gaps views: laid out once (a fixed number of
// force ticks, no animation, so the picture holds still), with highlighted nodes and links, links
// drawn dashed where they are missing or broken, and optional colours (communities).

/* global d3 */
import { kindsOf, legendBlock, legendHeight, linkLine, nodeGlyph, svgEl, titleBlock } from './svg-draw.js';

export function createMiniNetwork(container, { onSelect = () => {} } = {}) {
	const svg = svgEl('svg', { class: 'mini-network-svg', role: 'group' });
	container.append(svg);
	let placed = new Map();
	let layoutKey = null;

	function layout(nodes, links, width, height) {
		const key = JSON.stringify([nodes.map((n) => n.id), links.map((l) => [l.source, l.target]), width, height]);
		if (key === layoutKey) return;
		layoutKey = key;
		const simNodes = nodes.map((n, i) => ({ id: n.id, x: width / 2 + Math.cos(i) * 100, y: height / 2 + Math.sin(i) * 100 }));
		const ids = new Set(simNodes.map((n) => n.id));
		const simLinks = links.filter((l) => ids.has(l.source) && ids.has(l.target)).map((l) => ({ source: l.source, target: l.target }));
		const simulation = d3.forceSimulation(simNodes)
			.force('link', d3.forceLink(simLinks).id((n) => n.id).distance(90).strength(0.5))
			.force('charge', d3.forceManyBody().strength(-320))
			.force('x', d3.forceX(width / 2).strength(0.07))
			.force('y', d3.forceY(height / 2).strength(0.1))
			.force('collide', d3.forceCollide(34))
			.stop();
		simulation.tick(300);
		const pad = 60;
		const [minX, maxX] = d3.extent(simNodes, (n) => n.x);
		const [minY, maxY] = d3.extent(simNodes, (n) => n.y);
		const sx = (maxX - minX) > 0 ? (width - 2 * pad) / (maxX - minX) : 1;
		const sy = (maxY - minY) > 0 ? (height - 2 * pad) / (maxY - minY) : 1;
		const k = Math.min(1.5, sx, sy);
		placed = new Map(simNodes.map((n) => [n.id, { x: width / 2 + (n.x - (minX + maxX) / 2) * k, y: height / 2 + (n.y - (minY + maxY) / 2) * k }]));
	}

	/**
	 * @param graph {nodes: [{id, name, kind, type, donor}], links: [{id, source, target, type, broken}]}
	 * @param options highlight (Set of node ids), highlightLinks (Set of link ids), missing ([{source, target}]),
	 *   colourOf (node -> colour or undefined), title, subtitle, extraLegend
	 */
	function update(graph, { highlight = new Set(), highlightLinks = new Set(), missing = [], colourOf = () => undefined,
		title = '', subtitle = '', extraLegend = [], dimOthers = false, kindsInLegend = true } = {}) {
		const width = Math.max(480, container.clientWidth - 4);
		const graphHeight = Math.max(320, Math.min(560, Math.round(width * 0.62)));
		layout(graph.nodes, graph.links, width, graphHeight);
		const types = new Set(graph.links.filter((l) => !l.broken).map((l) => l.type));
		const kinds = kindsInLegend ? kindsOf(graph.nodes) : new Set();
		const legendRows = kinds.size + types.size + extraLegend.length;
		const height = graphHeight + 50 + legendHeight(legendRows, width - 32);
		svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
		svg.setAttribute('width', width);
		svg.setAttribute('height', height);
		svg.setAttribute('aria-label', `${title}: ${graph.nodes.length} actors, ${graph.links.length} links`);
		svg.replaceChildren(svgEl('rect', { width, height, fill: '#ffffff' }), titleBlock(title, subtitle));
		const stage = svgEl('g', { transform: 'translate(0,40)' });
		const at = (id) => placed.get(id);
		for (const link of graph.links) {
			if (!at(link.source) || !at(link.target)) continue;
			const lit = highlightLinks.has(link.id);
			stage.append(linkLine(link, at(link.source), at(link.target), { highlight: lit, missing: Boolean(link.broken), dimmed: dimOthers && highlightLinks.size > 0 && !lit }));
		}
		for (const gap of missing) {
			if (at(gap.source) && at(gap.target)) stage.append(linkLine({ type: 'MISSING' }, at(gap.source), at(gap.target), { missing: true }));
		}
		for (const node of graph.nodes) {
			const lit = highlight.has(node.id);
			const glyph = nodeGlyph({ ...node, ...at(node.id) }, { r: 10, colour: colourOf(node), highlight: lit, dimmed: dimOthers && highlight.size > 0 && !lit });
			glyph.setAttribute('tabindex', '0');
			glyph.setAttribute('role', 'button');
			glyph.setAttribute('aria-label', `${node.name ?? node.id}${lit ? ' (highlighted)' : ''}`);
			if (lit) glyph.classList.add('is-highlighted');
			glyph.addEventListener('click', () => onSelect(node.id));
			glyph.addEventListener('keydown', (event) => {
				if (event.key === 'Enter' || event.key === ' ') {
					event.preventDefault();
					onSelect(node.id);
				}
			});
			stage.append(glyph);
		}
		svg.append(stage);
		svg.append(legendBlock({ kinds, types, extra: extraLegend }, 16, graphHeight + 60, width - 32));
	}

	return { update, svg: () => svg };
}

/** Legend rows for the dashed lines a view adds (a missing link, a break in a chain). */
export const DASHED_LEGEND = (label) => ({ glyph: 'line', label, color: '#D55E00', width: 2.5, dash: [8, 6] });
