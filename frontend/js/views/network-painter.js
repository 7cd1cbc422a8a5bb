// Draws the network on a canvas: links batched by type, nodes batched by shape and colour (a few
// fills per frame however many nodes), then labels and "+N more" badges in screen space.

import { placeLabels } from '../labels.js';
import { linkStyle, shortLabel } from '../visual-encoding.js';
import { drawShape } from './shapes.js';

const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function paint(ctx, scene) {
	const { width, height, transform: t, nodes, links, focus, selected, hovered, more, neighbours, chain } = scene;
	ctx.clearRect(0, 0, width, height);
	ctx.save();
	ctx.translate(t.x, t.y);
	ctx.scale(t.k, t.k);
	paintLinks(ctx, links, t.k, selected);
	paintNodes(ctx, nodes, t.k, focus, selected);
	ctx.restore();
	if (chain) paintChain(ctx, scene);
	const badges = paintBadges(ctx, nodes, more, t);
	paintLabels(ctx, scene, { focus, selected, hovered, neighbours, chain: chain?.nodes });
	return badges;
}

// A funding chain: everything else is veiled, then the chain's links and nodes are drawn again on
// top, over a yellow halo (the highlight colour of the other views' networks).
function paintChain(ctx, { width, height, transform: t, nodes, links, focus, selected, chain }) {
	ctx.fillStyle = 'rgba(251,251,249,0.78)';
	ctx.fillRect(0, 0, width, height);
	const lit = nodes.filter((n) => chain.nodes.has(n.id));
	const steps = links.filter((l) => chain.links.has(l.id));
	ctx.save();
	ctx.translate(t.x, t.y);
	ctx.scale(t.k, t.k);
	ctx.beginPath();
	steps.forEach((l) => { ctx.moveTo(l.source.x, l.source.y); ctx.lineTo(l.target.x, l.target.y); });
	lit.forEach((n) => { ctx.moveTo(n.x + n.r + 5, n.y); ctx.arc(n.x, n.y, n.r + 5, 0, 2 * Math.PI); });
	ctx.strokeStyle = '#F0E442';
	ctx.lineWidth = 7 / Math.sqrt(t.k);
	ctx.stroke();
	ctx.fillStyle = '#F0E442';
	ctx.fill();
	paintLinks(ctx, steps, t.k, null);
	paintNodes(ctx, lit, t.k, focus, selected);
	ctx.restore();
}

function paintLinks(ctx, links, k, selected) {
	const byType = groupBy(links, (l) => l.type);
	const screen = 1 / Math.sqrt(k);
	// dashes cannot be told apart when zoomed far out, and cost most of a frame on thousands of links
	const dashed = k >= 0.45 && links.length <= 2500;
	for (const [type, group] of byType) {
		const style = linkStyle(type);
		ctx.beginPath();
		for (const link of group) {
			ctx.moveTo(link.source.x, link.source.y);
			ctx.lineTo(link.target.x, link.target.y);
		}
		ctx.strokeStyle = style.color;
		ctx.globalAlpha = selected ? 0.35 : 0.75;
		ctx.lineWidth = style.width * screen;
		ctx.setLineDash(dashed ? style.dash.map((d) => d / k) : []);
		ctx.stroke();
		if (k >= 0.7 && links.length < 4000) {
			paintArrows(ctx, group, style.color, k);
		}
	}
	ctx.setLineDash([]);
	ctx.globalAlpha = 1;
	if (selected) {
		const mine = links.filter((l) => l.source.id === selected || l.target.id === selected);
		for (const link of mine) {
			const style = linkStyle(link.type);
			ctx.beginPath();
			ctx.moveTo(link.source.x, link.source.y);
			ctx.lineTo(link.target.x, link.target.y);
			ctx.strokeStyle = style.color;
			ctx.lineWidth = (style.width + 1) * screen;
			ctx.setLineDash(style.dash.map((d) => d / k));
			ctx.stroke();
		}
		ctx.setLineDash([]);
	}
}

// Arrowheads at the target's edge: who funds whom must be readable, not guessed.
function paintArrows(ctx, links, color, k) {
	ctx.beginPath();
	const size = 6 / Math.sqrt(k);
	for (const { source: s, target: t } of links) {
		const dx = t.x - s.x;
		const dy = t.y - s.y;
		const length = Math.hypot(dx, dy);
		if (length < t.r + size * 2) continue;
		const ux = dx / length;
		const uy = dy / length;
		const tipX = t.x - ux * (t.r + 2);
		const tipY = t.y - uy * (t.r + 2);
		ctx.moveTo(tipX, tipY);
		ctx.lineTo(tipX - ux * size - uy * size * 0.5, tipY - uy * size + ux * size * 0.5);
		ctx.lineTo(tipX - ux * size + uy * size * 0.5, tipY - uy * size - ux * size * 0.5);
		ctx.closePath();
	}
	ctx.fillStyle = color;
	ctx.fill();
}

function paintNodes(ctx, nodes, k, focus, selected) {
	const groups = groupBy(nodes, (n) => `${n.style.shape}|${n.style.color}`);
	ctx.lineWidth = 1 / k;
	ctx.strokeStyle = '#1a1a1a';
	for (const group of groups.values()) {
		ctx.beginPath();
		group.forEach((n) => drawShape(ctx, n.style.shape, n.x, n.y, n.r));
		ctx.fillStyle = group[0].style.color;
		ctx.fill();
		if (k >= 0.3) ctx.stroke();
	}
	const rings = nodes.filter((n) => n.style.ring);
	if (rings.length) {
		ctx.beginPath();
		rings.forEach((n) => { ctx.moveTo(n.x + n.r + 2.5, n.y); ctx.arc(n.x, n.y, n.r + 2.5, 0, 2 * Math.PI); });
		ctx.lineWidth = 2;
		ctx.strokeStyle = '#000';
		ctx.stroke();
	}
	for (const [id, width, dash] of [[focus, 3, []], [selected, 2.5, [4, 3]]]) {
		const node = id && nodes.find((n) => n.id === id);
		if (!node) continue;
		ctx.beginPath();
		ctx.arc(node.x, node.y, node.r + 6, 0, 2 * Math.PI);
		ctx.lineWidth = width / k;
		ctx.setLineDash(dash.map((d) => d / k));
		ctx.strokeStyle = '#D55E00';
		ctx.stroke();
		ctx.setLineDash([]);
	}
}

function paintBadges(ctx, nodes, more, t) {
	const badges = [];
	if (!more?.size) return badges;
	ctx.font = `bold ${FONT}`;
	for (const node of nodes) {
		const count = more.get(node.id);
		if (!count) continue;
		const text = `+${count} more`;
		const x = t.applyX(node.x) + node.r * t.k + 2;
		const y = t.applyY(node.y) - node.r * t.k - 18;
		const width = ctx.measureText(text).width + 10;
		ctx.fillStyle = '#0072B2';
		ctx.beginPath();
		ctx.roundRect ? ctx.roundRect(x, y, width, 17, 8) : ctx.rect(x, y, width, 17);
		ctx.fill();
		ctx.fillStyle = '#fff';
		ctx.fillText(text, x + 5, y + 13);
		badges.push({ id: node.id, x, y, width, height: 17 });
	}
	return badges;
}

function paintLabels(ctx, scene, emphasis) {
	const { nodes, transform: t, width, height } = scene;
	ctx.font = FONT;
	const candidates = [];
	const obstacles = [];
	const byId = new Map();
	for (const node of nodes) {
		const x = t.applyX(node.x);
		const y = t.applyY(node.y);
		if (x < -300 || y < -30 || x > width + 300 || y > height + 30) continue;
		const r = node.r * t.k;
		obstacles.push({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });
		const important = node.id === emphasis.focus || node.id === emphasis.selected || node.id === emphasis.hovered;
		// tiny, little-connected nodes far out get no label unless they matter
		if (!important && r < 3 && node.degree < 8) continue;
		node.label ??= shortLabel(node.name);
		node.labelWidth ??= ctx.measureText(node.label).width;
		const w = node.labelWidth + 4;
		// donors first among equals: who funds whom is the question most users bring
		const priority = important ? 1e9 : (emphasis.chain?.has(node.id) ? 1e8 : 0) + (emphasis.neighbours.has(node.id) ? 1e6 : 0)
			+ (node.style.ring ? 1e3 : 0) + node.degree + r;
		candidates.push({ id: node.id, width: w, height: 16, priority, force: important,
			positions: [{ x: x + r + 3, y: y - 8 }, { x: x - r - 3 - w, y: y - 8 }, { x: x - w / 2, y: y + r + 2 }, { x: x - w / 2, y: y - r - 18 },
				{ x: x + r * 0.7, y: y - r - 16 }, { x: x + r * 0.7, y: y + r }] });
		byId.set(node.id, node);
	}
	const placed = placeLabels(candidates, { width, height }, { max: 220, obstacles });
	ctx.lineJoin = 'round';
	ctx.lineWidth = 3.5;
	ctx.strokeStyle = 'rgba(255,255,255,0.92)';
	ctx.fillStyle = '#111';
	for (const { id, x, y } of placed) {
		const name = byId.get(id).label;
		ctx.strokeText(name, x + 2, y + 12);
		ctx.fillText(name, x + 2, y + 12);
	}
}

function groupBy(items, key) {
	const groups = new Map();
	for (const item of items) {
		const k = key(item);
		(groups.get(k) ?? groups.set(k, []).get(k)).push(item);
	}
	return groups;
}
