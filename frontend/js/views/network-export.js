// The explorer's current view drawn as SVG for export: the nodes where the user sees them (the
// canvas positions), the links in the explorer's styles (a highlighted funding chain as on screen),
// a title and a legend.

import { kindsOf, legendBlock, legendHeight, linkLine, nodeGlyph, svgEl, titleBlock } from './svg-draw.js';

export function networkSvg({ title, subtitle, nodes, links, width, height, chain = null }) {
	const types = new Set(links.map((l) => l.type));
	const kinds = kindsOf(nodes);
	const legend = legendHeight(kinds.size + types.size, width - 32);
	const total = height + 50 + legend;
	const svg = svgEl('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${total}`, width, height: total });
	svg.append(svgEl('rect', { width, height: total, fill: '#fff' }), titleBlock(title, subtitle));
	const stage = svgEl('g', { transform: 'translate(0,50)' });
	const at = new Map(nodes.map((n) => [n.id, n]));
	const onScreen = (n) => n && n.x >= -20 && n.y >= -20 && n.x <= width + 20 && n.y <= height + 20;
	for (const link of links) {
		const a = at.get(link.source?.id ?? link.source);
		const b = at.get(link.target?.id ?? link.target);
		if (onScreen(a) || onScreen(b)) stage.append(linkLine(link, a, b, { highlight: chain?.links.has(link.id), dimmed: chain && !chain.links.has(link.id) }));
	}
	nodes.filter(onScreen).forEach((node) => stage.append(nodeGlyph(node, { r: 8, highlight: chain?.nodes.has(node.id), dimmed: chain && !chain.nodes.has(node.id) })));
	svg.append(stage);
	svg.append(legendBlock({ kinds, types }, 16, height + 66, width - 32));
	return svg;
}
