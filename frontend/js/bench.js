// Frame rate of the network view on generated graphs: bench.html?n=2000&seconds=5&renderer=canvas.
// The layout is kept hot (alphaTarget) so every frame pays for a simulation tick and a full draw,
// the worst case a user meets while a large graph settles or is dragged. renderer=svg draws the
// same simulation with one SVG element per node and link, to compare. The result lands in
// window.benchResult and on the page.

/* global d3 */
import { KINDS } from './visual-encoding.js';
import { createNetworkView } from './views/network-view.js';

const params = new URLSearchParams(window.location.search);
const n = Number(params.get('n') ?? 2000);
const seconds = Number(params.get('seconds') ?? 5);
const renderer = params.get('renderer') ?? 'canvas';
const container = document.querySelector('#network');

/** A scale-free graph (preferential attachment), about 1.5 links per node, kinds mixed like the atlas. */
function generate(count) {
	let seed = 42;
	const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
	const orgTypes = ['government', 'multilateral', 'ngo-international', 'ngo-national', 'civil-society', 'research'];
	const nodes = Array.from({ length: count }, (_, i) => {
		const kind = i % 3 === 0 ? 'organisation' : KINDS[Math.floor(random() * KINDS.length)];
		return { id: `n${i}`, name: `Generated actor ${i}`, kind: kind === 'donor' ? 'organisation' : kind,
			type: orgTypes[i % orgTypes.length], donor: i % 17 === 0, degree: 0, properties: {} };
	});
	const links = [];
	const ends = [];
	for (let i = 1; i < count; i++) {
		for (let k = 0; k < (random() < 0.5 ? 1 : 2); k++) {
			const j = ends.length && random() < 0.8 ? ends[Math.floor(random() * ends.length)] : Math.floor(random() * i);
			if (j === i) continue;
			links.push({ id: `l${links.length}`, source: `n${i}`, target: `n${j}`, type: ['FUNDS', 'IMPLEMENTS', 'PARTNERS_WITH', 'ACTIVE_IN', 'ADDRESSES'][links.length % 5] });
			ends.push(i, j);
			nodes[i].degree++;
			nodes[j].degree++;
		}
	}
	return { nodes, links, more: new Map() };
}

function svgView(display) {
	const svg = d3.select(container).append('svg');
	const g = svg.append('g');
	svg.call(d3.zoom().on('zoom', (e) => g.attr('transform', e.transform)));
	const nodes = display.nodes.map((d) => ({ ...d }));
	const links = display.links.map((d) => ({ ...d }));
	const line = g.append('g').attr('stroke', '#999').selectAll('line').data(links).join('line');
	const circle = g.append('g').attr('stroke', '#222').selectAll('circle').data(nodes).join('circle').attr('r', 5).attr('fill', '#56B4E9');
	const label = g.append('g').selectAll('text').data(nodes.filter((d) => d.degree > 8)).join('text').text((d) => d.name).attr('font-size', 11);
	const { width, height } = container.getBoundingClientRect();
	g.attr('transform', `translate(${width / 2},${height / 2}) scale(0.5)`);
	const simulation = d3.forceSimulation(nodes)
		.force('link', d3.forceLink(links).id((d) => d.id))
		.force('charge', d3.forceManyBody().strength(-140).distanceMax(500).theta(0.9))
		.force('x', d3.forceX(0).strength(0.06)).force('y', d3.forceY(0).strength(0.06))
		.on('tick', () => {
			line.attr('x1', (d) => d.source.x).attr('y1', (d) => d.source.y).attr('x2', (d) => d.target.x).attr('y2', (d) => d.target.y);
			circle.attr('cx', (d) => d.x).attr('cy', (d) => d.y);
			label.attr('x', (d) => d.x + 7).attr('y', (d) => d.y + 4);
		});
	return { reheat: (target) => simulation.alphaTarget(target).restart(), stop: () => simulation.stop() };
}

function countFrames(durationMs) {
	return new Promise((resolve) => {
		let frames = 0;
		let longest = 0;
		let last = performance.now();
		const start = last;
		const step = (now) => {
			frames++;
			longest = Math.max(longest, now - last);
			last = now;
			if (now - start < durationMs) requestAnimationFrame(step);
			else resolve({ frames, elapsed: now - start, longest });
		};
		requestAnimationFrame(step);
	});
}

async function run() {
	const display = generate(n);
	const started = performance.now();
	const view = renderer === 'svg' ? svgView(display) : createNetworkView(container);
	if (renderer !== 'svg') view.update(display, { focus: 'n0', selected: null });
	view.reheat(0.3);
	await countFrames(1000);
	const setup = performance.now() - started;
	const before = view.stats?.();
	const layout = await countFrames(seconds * 1000);
	const after = view.stats?.();
	// then the layout at rest while the user zooms: one wheel step per frame over the canvas
	view.stop();
	const target = container.querySelector('canvas, svg');
	let direction = 1;
	const wheel = setInterval(() => {
		direction = -direction;
		const box = target.getBoundingClientRect();
		target.dispatchEvent(new WheelEvent('wheel', { deltaY: 40 * direction, clientX: box.width / 2, clientY: box.height / 2, bubbles: true, cancelable: true }));
	}, 16);
	const zooming = await countFrames(seconds * 1000);
	clearInterval(wheel);
	const fps = (run) => Math.round((run.frames / run.elapsed) * 10000) / 10;
	const result = { renderer, nodes: display.nodes.length, links: display.links.length,
		fpsLayout: fps(layout), fpsZoom: fps(zooming), longestFrameMs: Math.round(Math.max(layout.longest, zooming.longest)),
		drawMsPerFrame: after ? Math.round(((after.drawMs - before.drawMs) / Math.max(1, after.frames - before.frames)) * 10) / 10 : null,
		setupMs: Math.round(setup) };
	window.benchResult = result;
	document.querySelector('#result').textContent = JSON.stringify(result);
}

run().catch((error) => {
	window.benchResult = { error: String(error) };
	document.querySelector('#result').textContent = `Benchmark failed: ${error}`;
});
