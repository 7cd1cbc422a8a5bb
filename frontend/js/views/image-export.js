// Images of what the user sees: an SVG serialised from the DOM (with its title and legend drawn in
// it), a PNG rasterised from that SVG through a canvas (canvas.toBlob), and the data downloads
// (CSV, GraphML, GEXF, JSON, Cypher) from the export API.

import { featureApi } from '../feature-api.js';
import { el } from './dom.js';

export function serialiseSvg(svg) {
	const copy = svg.cloneNode(true);
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.querySelectorAll('[data-export="skip"]').forEach((node) => node.remove());
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function svgSize(svg) {
	const box = svg.viewBox?.baseVal;
	return { width: box?.width || svg.clientWidth || 1200, height: box?.height || svg.clientHeight || 800 };
}

/** Rasterises an SVG (at twice its size, for print and slides) on a white background. */
export function svgToPng(svgText, { width, height }, scale = 2) {
	return new Promise((resolve, reject) => {
		const image = new Image();
		const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
		image.onload = () => {
			const canvas = document.createElement('canvas');
			canvas.width = Math.round(width * scale);
			canvas.height = Math.round(height * scale);
			const ctx = canvas.getContext('2d');
			ctx.fillStyle = '#ffffff';
			ctx.fillRect(0, 0, canvas.width, canvas.height);
			ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
			URL.revokeObjectURL(url);
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not make a PNG.'))), 'image/png');
		};
		image.onerror = () => {
			URL.revokeObjectURL(url);
			reject(new Error('The drawing could not be turned into an image.'));
		};
		image.src = url;
	});
}

export function download(blob, fileName) {
	const url = URL.createObjectURL(blob);
	const link = el('a', { href: url, download: fileName, hidden: true });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function slug(title) {
	return String(title || 'export').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '').slice(0, 60) || 'export';
}

const DATA_FORMATS = [['csv', 'CSV (zip)'], ['graphml', 'GraphML'], ['gexf', 'GEXF'], ['json', 'JSON'], ['cypher', 'Cypher script']];

/**
 * An export menu. `provide()` returns {title, svg (an SVGElement to serialise), ids, relationships};
 * `onError(message)` reports a failure.
 */
export function createExportMenu(root, provide, { onError = () => {} } = {}) {
	const run = (action) => async () => {
		menu.open = false;
		try {
			await action(provide());
		}
		catch (error) {
			onError(`The export failed: ${error.message}`);
		}
	};
	const menu = el('details', { className: 'export-menu' },
		el('summary', { text: 'Export' }),
		el('div', { className: 'export-buttons', role: 'group', 'aria-label': 'Export' },
			el('button', { type: 'button', className: 'secondary', 'data-format': 'png', text: 'PNG image', onClick: run(async ({ title, svg }) => {
				const text = serialiseSvg(svg());
				download(await svgToPng(text, svgSize(svg())), `actor-atlas-${slug(title)}.png`);
			}) }),
			el('button', { type: 'button', className: 'secondary', 'data-format': 'svg', text: 'SVG image', onClick: run(({ title, svg }) => {
				download(new Blob([serialiseSvg(svg())], { type: 'image/svg+xml' }), `actor-atlas-${slug(title)}.svg`);
			}) }),
			el('button', { type: 'button', className: 'secondary', text: 'Print or PDF', onClick: () => { menu.open = false; window.print(); } }),
			...DATA_FORMATS.map(([format, label]) => el('button', { type: 'button', className: 'secondary', 'data-format': format, text: label,
				onClick: run(async ({ title, ids, relationships }) => {
					if (!ids.length) throw new Error('there is nothing to export yet');
					const { blob, fileName } = await featureApi.exportFile(format, { title, ids, relationships });
					download(blob, fileName ?? `actor-atlas-${slug(title)}.${format}`);
				}) }))));
	// a menu over the page closes like one: after a choice, on Escape and on a click elsewhere
	menu.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && menu.open) {
			menu.open = false;
			menu.querySelector('summary').focus();
		}
	});
	document.addEventListener('click', (event) => {
		if (menu.open && !menu.contains(event.target)) menu.open = false;
	});
	root.replaceChildren(menu);
}
