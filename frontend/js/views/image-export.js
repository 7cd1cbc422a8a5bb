// Images of what the user sees: an SVG serialised from the DOM (with its title and legend drawn in
// it, and the sources of its links under them), a PNG rasterised from that SVG through a canvas
// (canvas.toBlob), the printed page with the same sources, and the data downloads (CSV, GraphML,
// GEXF, JSON, Cypher) from the export API.

import { api } from '../api.js';
import { featureApi } from '../feature-api.js';
import { linkKey, numberSources } from '../source-notes.js';
import { el } from './dom.js';
import { renderSourcesList, withSources } from './sources-block.js';

export function serialiseSvg(svg) {
	const copy = svg.cloneNode(true);
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.querySelectorAll('[data-export="skip"]').forEach((node) => node.remove());
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
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

let catalogue = new Map();

/** The sources (/api/sources) by id, fetched again when one of `ids` is not known yet. */
async function sourceCatalogue(ids) {
	if (!catalogue.size || ids.some((id) => !catalogue.has(id))) {
		catalogue = new Map((await api.sources()).map((source) => [source.id, source]));
	}
	return catalogue;
}

function notesFor(links, names, known) {
	return numberSources(links, { names, catalogue: known });
}

/** The drawing with the sources of the links it draws (those with a line in it) under it. */
async function pictureWithSources({ svg, links = [], names = new Map() }) {
	const drawing = svg();
	const drawn = new Set([...drawing.querySelectorAll('line[data-link]')].map((line) => line.getAttribute('data-link')));
	const shown = links.filter((link) => drawn.has(linkKey(link)));
	return withSources(drawing, notesFor(shown, names, await sourceCatalogue(shown.flatMap((link) => link.sourceIds ?? []))));
}

const DATA_FORMATS = [['csv', 'CSV (zip)'], ['graphml', 'GraphML'], ['gexf', 'GEXF'], ['json', 'JSON'], ['cypher', 'Cypher script']];

/**
 * An export menu. `provide()` returns {title, svg (a function giving the SVGElement to serialise),
 * ids, relationships, links (with sourceIds), names (node id to name)}; `onError(message)` reports
 * a failure. `printSources` is the element that lists the sources on the printed page.
 */
export function createExportMenu(root, provide, { onError = () => {}, printSources = null } = {}) {
	// Ctrl+P cannot wait for the server: it prints with the sources fetched so far (the Print button waits)
	const listForPrint = (known) => {
		const { links = [], names = new Map() } = provide();
		if (printSources) renderSourcesList(printSources, notesFor(links, names, known));
	};
	window.addEventListener('beforeprint', () => listForPrint(catalogue));
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
			el('button', { type: 'button', className: 'secondary', 'data-format': 'png', text: 'PNG image', onClick: run(async (what) => {
				const picture = await pictureWithSources(what);
				download(await svgToPng(serialiseSvg(picture.svg), picture), `actor-atlas-${slug(what.title)}.png`);
			}) }),
			el('button', { type: 'button', className: 'secondary', 'data-format': 'svg', text: 'SVG image', onClick: run(async (what) => {
				const picture = await pictureWithSources(what);
				download(new Blob([serialiseSvg(picture.svg)], { type: 'image/svg+xml' }), `actor-atlas-${slug(what.title)}.svg`);
			}) }),
			el('button', { type: 'button', className: 'secondary', 'data-format': 'print', text: 'Print or PDF', onClick: run(async ({ links = [] }) => {
				listForPrint(await sourceCatalogue(links.flatMap((link) => link.sourceIds ?? [])));
				window.print();
			}) }),
			...DATA_FORMATS.map(([format, label]) => el('button', { type: 'button', className: 'secondary', 'data-format': format, text: label,
				onClick: run(async ({ title, ids, relationships }) => {
					if (!ids.length) throw new Error('there is nothing to export yet');
					const { blob, fileName } = await featureApi.exportFile(format, { title, ids, relationships });
					download(blob, fileName ?? `actor-atlas-${slug(title)}.${format}`);
				}) }))));
	// fetched when the menu opens, so that a later Ctrl+P has the sources' titles too
	menu.addEventListener('toggle', () => menu.open && sourceCatalogue([]).catch(() => {}));
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
