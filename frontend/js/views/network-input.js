// Gestures on the network canvas turned into callbacks: click selects, double-click or a "+N more"
// badge expands, dragging moves and pins a node, and the keyboard pans, zooms, expands or removes.

/* global d3 */

/**
 * @param view the parts of the network view the gestures act on: canvas, selection, zoom,
 *   simulation, transform(), nodeAt(x, y), badgeAt(x, y), scene(), hover(id), fit(), callbacks
 */
export function bindInput(view) {
	const { canvas, selection, zoom, simulation, callbacks } = view;
	const pointer = (event) => d3.pointer(event, canvas);

	const drag = d3.drag()
		.subject((event) => view.nodeAt(...pointer(event)))
		.on('drag', (event) => {
			if (!event.active) simulation.alphaTarget(0.25).restart();
			const [x, y] = view.transform().invert(pointer(event));
			event.subject.fx = x;
			event.subject.fy = y;
			event.subject.pinned = true;
		})
		.on('end', (event) => {
			if (!event.active) simulation.alphaTarget(0);
			if (event.subject.pinned) callbacks.onPin?.(event.subject.id);
		});

	function onClick(event) {
		const [x, y] = pointer(event);
		const badge = view.badgeAt(x, y);
		const node = badge ? null : view.nodeAt(x, y);
		if (badge) callbacks.onExpand?.(badge.id);
		else if (node) callbacks.onSelect?.(node.id);
	}

	function onDoubleClick(event) {
		const node = view.nodeAt(...pointer(event));
		if (node) callbacks.onExpand?.(node.id);
	}

	function onHover(event) {
		const [x, y] = pointer(event);
		const node = view.nodeAt(x, y);
		canvas.style.cursor = node || view.badgeAt(x, y) ? 'pointer' : 'grab';
		canvas.title = node ? `${node.name} (${node.style.label}); double-click to expand` : '';
		view.hover(node?.id ?? null);
	}

	function onKey(event) {
		const k = view.transform().k;
		const selected = view.scene().selected;
		const pan = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] }[event.key];
		if (pan) selection.call(zoom.translateBy, pan[0] / k, pan[1] / k);
		else if (event.key === '+' || event.key === '=') selection.call(zoom.scaleBy, 1.3);
		else if (event.key === '-') selection.call(zoom.scaleBy, 1 / 1.3);
		else if (event.key === '0') view.fit();
		else if (event.key === 'Enter' && selected) callbacks.onExpand?.(selected);
		else if ((event.key === 'Delete' || event.key === 'Backspace') && selected) callbacks.onRemove?.(selected);
		else return;
		event.preventDefault();
	}

	selection.call(drag).call(zoom).on('dblclick.zoom', null)
		.on('click', onClick).on('dblclick', onDoubleClick).on('mousemove', onHover).on('keydown', onKey);
}
