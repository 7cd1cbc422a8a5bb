// The sources under an exported picture (SVG, PNG) and on the printed page: each source numbered
// with its title, publisher, date and file or address, then the links with the numbers of their
// sources; in pictures with few enough links the numbers are also written beside the lines.
// All text goes in as text (SVG textContent, DOM textContent), never as markup.

import { refLabel, sourceText, wrapText } from '../source-notes.js';
import { relationshipPhrase, shortLabel } from '../visual-encoding.js';
import { el } from './dom.js';
import { FONT, svgEl } from './svg-draw.js';

const LINE = 15;
const CHAR = 6.3;
const COLUMN = 380;
/** Beyond this many links, numbers beside the lines would cover the drawing; the list carries them. */
const MARKED_LINKS = 60;
/** Beyond this many links the list stops (the data exports list every one). */
const LISTED_LINKS = 300;

const text = (attributes, content) => svgEl('text', { 'font-family': FONT, 'font-size': 11, fill: '#1b1b1b', ...attributes }, content);
const phrase = (link) => relationshipPhrase(link.type, 'out');

/** A copy of `svg` (its viewBox at 0 0) grown downwards by the sources area; {svg, width, height}. */
export function withSources(svg, notes) {
	const copy = svg.cloneNode(true);
	const [, , width, height] = (copy.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
	const marked = notes.links.length <= MARKED_LINKS;
	if (marked) markLines(copy, notes);
	const { group, height: blockHeight } = sourcesBlock(notes, width - 32, marked);
	group.setAttribute('transform', `translate(16,${height + 24})`);
	const total = Math.ceil(height + 24 + blockHeight + 12);
	copy.append(svgEl('rect', { y: height, width, height: total - height, fill: '#ffffff' }),
		svgEl('line', { x1: 16, x2: width - 16, y1: height + 6, y2: height + 6, stroke: '#ccc' }), group);
	copy.setAttribute('viewBox', `0 0 ${width} ${total}`);
	copy.setAttribute('width', width);
	copy.setAttribute('height', total);
	return { svg: copy, width, height: total };
}

function markLines(svg, notes) {
	const refs = new Map(notes.links.map((link) => [link.key, link.refs]));
	svg.querySelectorAll('line[data-link]').forEach((line) => {
		const numbers = refs.get(line.getAttribute('data-link'));
		if (!numbers?.length) return;
		const x = (Number(line.getAttribute('x1')) + Number(line.getAttribute('x2'))) / 2;
		const y = (Number(line.getAttribute('y1')) + Number(line.getAttribute('y2'))) / 2;
		// after its line, so that the nodes drawn later stay on top of it
		line.after(text({ x, y: y + 3, class: 'source-ref', 'text-anchor': 'middle', 'font-size': 9, fill: '#0b5394',
			stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke' }, `[${refLabel(numbers)}]`));
	});
}

function sourcesBlock(notes, width, marked) {
	const group = svgEl('g', { class: 'export-sources' });
	let y = 0;
	group.append(text({ y, 'font-size': 12, 'font-weight': 700 }, 'Sources'));
	const explain = notes.sources.length
		? `The numbers ${marked ? 'beside the lines and ' : ''}in the list of links refer to these sources.`
		: 'No link in this picture cites a source.';
	group.append(text({ x: 60, y, fill: '#555' }, explain + (notes.unsourced ? ` ${notes.unsourced} of ${notes.links.length} links cite none.` : '')));
	y += LINE + 4;
	const chars = Math.max(20, Math.floor((width - 28) / CHAR));
	for (const source of notes.sources) {
		const entry = text({ y, 'data-source-id': source.id });
		entry.append(svgEl('tspan', { x: 0, 'font-weight': 700 }, `${source.number}. `));
		wrapText(sourceText(source), chars).forEach((line, i) => {
			entry.append(svgEl('tspan', { x: 28, dy: i ? LINE : null }, line));
			if (i) y += LINE;
		});
		group.append(entry);
		y += LINE + 2;
	}
	if (!notes.links.length) return { group, height: y };
	y += 8;
	group.append(text({ y, 'font-size': 12, 'font-weight': 700 }, 'Links and their sources'));
	y += LINE + 2;
	const columns = Math.max(1, Math.floor(width / COLUMN));
	const columnWidth = width / columns;
	const listed = notes.links.slice(0, LISTED_LINKS);
	const rows = Math.ceil(listed.length / columns);
	listed.forEach((link, i) => {
		const x = Math.floor(i / rows) * columnWidth;
		const refs = link.refs.length ? `[${refLabel(link.refs)}]` : '[no source]';
		const room = Math.max(12, Math.floor((columnWidth - 12) / CHAR) - refs.length - 1);
		const row = text({ x, y: y + (i % rows) * LINE, 'data-link': link.key });
		row.append(svgEl('tspan', {}, `${shortLabel(`${link.from} ${phrase(link)} ${link.to}`, room)} `),
			svgEl('tspan', { fill: link.refs.length ? '#0b5394' : '#b45309' }, refs));
		group.append(row);
	});
	y += rows * LINE;
	if (notes.links.length > listed.length) {
		group.append(text({ y, fill: '#555' }, `… and ${notes.links.length - listed.length} more links: the JSON and CSV exports list every link with its sources.`));
		y += LINE;
	}
	return { group, height: y };
}

/** The same sources as HTML, for the printed page (print.css shows it only on paper). */
export function renderSourcesList(root, notes) {
	root.replaceChildren(
		el('h2', { text: 'Sources' }),
		notes.sources.length
			? el('ol', { className: 'sources-list' }, notes.sources.map((source) => el('li', { value: source.number, 'data-source-id': source.id, text: sourceText(source) })))
			: el('p', { text: 'No link shown cites a source.' }),
		notes.links.length ? el('table', { className: 'view-table sources-links' },
			el('thead', {}, el('tr', {}, ['From', 'Relationship', 'To', 'Sources'].map((h) => el('th', { scope: 'col', text: h })))),
			el('tbody', {}, notes.links.map((link) => el('tr', {},
				el('td', { text: link.from }), el('td', { text: phrase(link) }), el('td', { text: link.to }),
				el('td', { text: link.refs.length ? refLabel(link.refs) : 'none' }))))) : null);
}
