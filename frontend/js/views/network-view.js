// The force-directed network on a canvas (SVG could not hold 2,000 nodes fluidly; see
// docs/benchmarks.md). It keeps one simulation node per id across updates, so an expansion adds
// to the picture instead of redrawing it. forceX/forceY instead of forceCenter keep
// disconnected actors on screen. Reads what to show from `update`; reports gestures by callbacks.

/* global d3 */
import { neighbourIds } from '../graph-model.js';
import { nodeRadius, nodeStyle } from '../visual-encoding.js';
import { bindInput } from './network-input.js';
import { paint } from './network-painter.js';

export function createNetworkView(container, callbacks = {}) {
	const canvas = document.createElement('canvas');
	canvas.className = 'network-canvas';
	canvas.tabIndex = 0;
	canvas.setAttribute('role', 'img');
	container.append(canvas);
	const ctx = canvas.getContext('2d');
	let width = 0;
	let height = 0;
	let transform = d3.zoomIdentity;
	let nodes = [];
	let links = [];
	const byId = new Map();
	let scene = { focus: null, selected: null, hovered: null, more: new Map(), neighbours: new Set() };
	let badges = [];
	let fitPending = false;
	let drawQueued = false;
	const stats = { frames: 0, drawMs: 0, firstPaint: null };

	const simulation = d3.forceSimulation()
		.force('link', d3.forceLink().id((n) => n.id).distance((l) => 30 + l.source.r + l.target.r).strength(0.4))
		.force('charge', d3.forceManyBody().strength(-140).distanceMax(500).theta(0.9))
		.force('x', d3.forceX(0).strength(0.06))
		.force('y', d3.forceY(0).strength(0.06))
		.force('collide', d3.forceCollide((n) => n.r + 3).iterations(1))
		.on('tick', () => {
			if (fitPending && simulation.alpha() < 0.35) {
				fitPending = false;
				fit();
			}
			if (!drawQueued) draw(); // else a draw is already due this frame
		});

	const zoom = d3.zoom().scaleExtent([0.03, 8]).on('zoom', (event) => {
		transform = event.transform;
		requestDraw();
	});
	const selection = d3.select(canvas);
	bindInput({ canvas, selection, zoom, simulation, callbacks, nodeAt, badgeAt, fit,
		transform: () => transform,
		scene: () => scene,
		hover(id) {
			if (id !== scene.hovered) {
				scene.hovered = id;
				requestDraw();
			}
		} });

	const resize = new ResizeObserver(() => {
		const ratio = window.devicePixelRatio || 1;
		width = container.clientWidth;
		height = container.clientHeight;
		canvas.width = Math.max(1, Math.floor(width * ratio));
		canvas.height = Math.max(1, Math.floor(height * ratio));
		canvas.style.width = `${width}px`;
		canvas.style.height = `${height}px`;
		ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
		if (transform === d3.zoomIdentity) centre();
		requestDraw();
	});
	resize.observe(container);

	function draw() {
		drawQueued = false;
		const started = performance.now();
		badges = paint(ctx, { width, height, transform, nodes, links, ...scene });
		stats.drawMs += performance.now() - started;
		stats.frames++;
		if (stats.firstPaint === null && nodes.length) {
			stats.firstPaint = performance.now();
			performance.mark('atlas-first-graph-paint');
		}
	}

	function requestDraw() {
		if (!drawQueued) {
			drawQueued = true;
			requestAnimationFrame(draw);
		}
	}

	function nodeAt(screenX, screenY) {
		const [x, y] = transform.invert([screenX, screenY]);
		const found = simulation.find(x, y, 30 / Math.min(1, transform.k));
		return found && Math.hypot(found.x - x, found.y - y) <= found.r + 4 / transform.k ? found : null;
	}

	function badgeAt(x, y) {
		return badges.find((b) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height);
	}

	function centre() {
		selection.call(zoom.transform, d3.zoomIdentity.translate(width / 2, height / 2));
	}

	function fit() {
		if (!nodes.length || !width) return;
		const [minX, maxX] = d3.extent(nodes, (n) => n.x);
		const [minY, maxY] = d3.extent(nodes, (n) => n.y);
		const k = Math.min(1.6, 0.9 / Math.max((maxX - minX + 80) / width, (maxY - minY + 80) / height));
		const target = d3.zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-(minX + maxX) / 2, -(minY + maxY) / 2);
		selection.transition().duration(350).call(zoom.transform, target);
	}

	// a new node starts beside a neighbour already drawn, so an expansion grows out of its node
	function place(node, adjacency) {
		const anchorId = (adjacency.get(node.id) ?? []).find((id) => byId.get(id)?.x !== undefined);
		const anchor = anchorId && byId.get(anchorId);
		const angle = Math.random() * 2 * Math.PI;
		const distance = anchor ? 40 + Math.random() * 30 : 80 + Math.random() * 160;
		node.x = (anchor?.x ?? 0) + Math.cos(angle) * distance;
		node.y = (anchor?.y ?? 0) + Math.sin(angle) * distance;
	}

	return {
		/** Shows a display ({nodes, links, more}) with the focus and selection emphasised. */
		update(display, { focus, selected }) {
			const focusChanged = focus !== scene.focus;
			const wanted = new Set(display.nodes.map((n) => n.id));
			[...byId.keys()].filter((id) => !wanted.has(id)).forEach((id) => byId.delete(id));
			const fresh = [];
			nodes = display.nodes.map((data) => {
				let node = byId.get(data.id);
				if (!node) {
					node = { id: data.id };
					byId.set(data.id, node);
					fresh.push(node);
				}
				// copy: the simulation writes x, y, vx, vy into its nodes, never into the data
				Object.assign(node, { name: String(data.name ?? data.id), kind: data.kind, degree: data.degree ?? 0,
					style: nodeStyle(data), r: nodeRadius(data) });
				if (node.labelName !== node.name) {
					node.label = undefined;
					node.labelWidth = undefined;
					node.labelName = node.name;
				}
				return node;
			});
			for (const node of nodes) {
				const isFocus = node.id === focus;
				if (isFocus && !node.pinned) { node.fx = 0; node.fy = 0; node.x = 0; node.y = 0; }
				else if (!node.pinned) { node.fx = null; node.fy = null; }
			}
			const adjacency = new Map();
			for (const { source, target } of display.links) {
				(adjacency.get(source) ?? adjacency.set(source, []).get(source)).push(target);
				(adjacency.get(target) ?? adjacency.set(target, []).get(target)).push(source);
			}
			fresh.filter((n) => n.id !== focus).forEach((n) => place(n, adjacency));
			links = display.links.map((l) => ({ id: l.id, type: l.type, source: l.source, target: l.target }));
			simulation.nodes(nodes);
			simulation.force('link').links(links);
			// a large graph settles in fewer, costlier ticks, so that panning is fluid sooner
			simulation.alphaDecay(nodes.length > 1000 ? 0.045 : 0.0228);
			simulation.alpha(focusChanged ? 1 : Math.max(simulation.alpha(), fresh.length ? 0.6 : 0.15)).restart();
			scene = { ...scene, focus, selected, more: display.more ?? new Map(), neighbours: selected ? neighbourIds(display, selected) : new Set(),
				chain: display.chain ? { nodes: display.chain.nodes, links: display.chain.links } : null };
			canvas.setAttribute('aria-label', `Network of ${nodes.length} actors and ${links.length} relationships. `
				+ 'Arrow keys pan, plus and minus zoom, 0 fits the view, Enter expands the selected actor, Delete removes it.');
			if (focusChanged) {
				transform = d3.zoomIdentity;
				centre();
				fitPending = nodes.length > 1;
			}
			requestDraw();
		},
		fit,
		unpin(id) {
			const node = byId.get(id);
			if (node) {
				node.pinned = false;
				if (id !== scene.focus) { node.fx = null; node.fy = null; }
				simulation.alpha(0.3).restart();
			}
		},
		isPinned: (id) => Boolean(byId.get(id)?.pinned),
		/** Where a node is drawn, in CSS pixels from the canvas's top left (for tests and the benchmark). */
		positionOf(id) {
			const node = byId.get(id);
			return node ? { x: transform.applyX(node.x), y: transform.applyY(node.y) } : null;
		},
		nodeIds: () => nodes.map((n) => n.id),
		/** The nodes and links drawn highlighted (a funding chain), or null when nothing is (for tests). */
		highlighted: () => (scene.chain ? { nodes: nodes.filter((n) => scene.chain.nodes.has(n.id)).map((n) => n.id),
			links: links.filter((l) => scene.chain.links.has(l.id)).map((l) => l.id) } : null),
		reheat: (alphaTarget) => simulation.alphaTarget(alphaTarget).restart(),
		stop: () => simulation.stop(),
		stats: () => ({ ...stats, ticks: stats.frames, alpha: simulation.alpha() }),
		destroy() {
			simulation.stop();
			resize.disconnect();
			canvas.remove();
		},
	};
}
