// The Sankey diagram of a funding network (d3-sankey, loaded as a UMD bundle into the global d3).
// Node colours follow the explorer's encoding; every band has a tooltip with its amount.

/* global d3 */
import { formatMoney } from '../funding-model.js';
import { nodeStyle } from '../visual-encoding.js';
import { svgEl, titleBlock } from './svg-draw.js';

export function renderSankey(container, network, { kindOf, title }) {
	const width = Math.max(480, container.clientWidth - 4);
	const height = Math.max(260, Math.min(620, 40 + network.nodes.length * 30));
	const svg = svgEl('svg', { class: 'sankey-svg', viewBox: `0 0 ${width} ${height + 50}`, width, height: height + 50,
		role: 'img', 'aria-label': `${title}: ${network.links.length} flows between ${network.nodes.length} nodes` });
	svg.append(svgEl('rect', { width, height: height + 50, fill: '#fff' }), titleBlock(title,
		network.counted ? 'No amounts recorded on these steps: band widths count funding links, not money.'
			: `${network.measure}, ${network.currency}; total leaving the sources ${network.currency} ${formatMoney(network.total)} (not converted)`));
	const layout = d3.sankey().nodeId((n) => n.id).nodeWidth(14).nodePadding(14).nodeSort(null)
		.extent([[8, 56], [width - 8, height + 40]]);
	const graph = layout({ nodes: network.nodes.map((n) => ({ ...n })), links: network.links.map((l) => ({ ...l })) });
	const links = svgEl('g', { fill: 'none' });
	for (const link of graph.links) {
		const path = svgEl('path', { d: d3.sankeyLinkHorizontal()(link), stroke: link.type === 'ACTIVE_IN' ? '#B5A800' : '#B36B00',
			'stroke-opacity': 0.4, 'stroke-width': Math.max(1, link.width), class: 'sankey-link' });
		path.append(svgEl('title', {}, `${link.source.name} → ${link.target.name}: ${network.counted ? 'amount not recorded' : `${network.currency} ${formatMoney(link.value)}`}`));
		links.append(path);
	}
	svg.append(links);
	for (const node of graph.nodes) {
		const style = nodeStyle({ kind: kindOf(node.id) ?? 'other' });
		const rect = svgEl('rect', { x: node.x0, y: node.y0, width: node.x1 - node.x0, height: Math.max(1, node.y1 - node.y0), fill: style.color, stroke: '#1a1a1a', class: 'sankey-node' });
		rect.append(svgEl('title', {}, node.name));
		svg.append(rect);
		const left = node.x0 < width / 2;
		svg.append(svgEl('text', { x: left ? node.x1 + 6 : node.x0 - 6, y: (node.y0 + node.y1) / 2, dy: '0.35em', 'text-anchor': left ? 'start' : 'end',
			'font-size': 11, 'font-family': 'system-ui, sans-serif', fill: '#1b1b1b', stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke' },
		node.name.length > 48 ? `${node.name.slice(0, 47)}…` : node.name));
	}
	container.replaceChildren(svg);
	return svg;
}
