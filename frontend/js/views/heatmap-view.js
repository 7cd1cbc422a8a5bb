// The coverage matrix (country x theme) as a heatmap in SVG: a cell's colour is its number of
// actors; white cells are white spots. Cells are buttons (click, Enter) that open their actors.

import { heatColour, heatLegend, matrixRows, textColourOn } from '../heatmap.js';
import { svgEl, titleBlock } from './svg-draw.js';

const FONT = 'system-ui, sans-serif';

export function renderHeatmap(container, coverage, { onCell, selected }) {
	const rows = matrixRows(coverage);
	const themes = coverage.themes ?? [];
	const max = coverage.maxActors ?? Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => c.actors)));
	const cell = 26;
	const left = 190;
	const top = 200;
	const width = Math.max(640, left + themes.length * cell + 20);
	const height = top + rows.length * cell + 70;
	const svg = svgEl('svg', { class: 'heatmap-svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'grid',
		'aria-label': `Coverage: ${rows.length} countries by ${themes.length} themes, number of actors per cell` });
	svg.append(svgEl('rect', { width, height, fill: '#fff' }), titleBlock('Who works on what where', 'Number of actors per country and theme; white: nobody recorded'));
	themes.forEach((theme, j) => {
		const x = left + j * cell + cell / 2;
		svg.append(svgEl('text', { x, y: top - 6, transform: `rotate(-55 ${x} ${top - 6})`, 'font-family': FONT, 'font-size': 11, fill: '#1b1b1b' },
			theme.name.length > 30 ? `${theme.name.slice(0, 29)}…` : theme.name));
	});
	rows.forEach((row, i) => {
		const y = top + i * cell;
		svg.append(svgEl('text', { x: left - 6, y: y + cell / 2, dy: '0.35em', 'text-anchor': 'end', 'font-family': FONT, 'font-size': 12, fill: '#1b1b1b' }, row.country.name));
		row.cells.forEach((c, j) => {
			const theme = themes[j];
			const label = `${row.country.name}, ${theme.name}: ${c.actors} actors, ${c.programmes} programmes`;
			const isSelected = selected && selected.country === c.country && selected.theme === c.theme;
			const rect = svgEl('rect', { x: left + j * cell, y, width: cell - 2, height: cell - 2, fill: heatColour(c.actors, max),
				stroke: isSelected ? '#D55E00' : '#ccc', 'stroke-width': isSelected ? 3 : 1, class: 'cell', tabindex: 0, role: 'button',
				'aria-label': label, 'data-country': c.country, 'data-theme': c.theme });
			rect.append(svgEl('title', {}, label));
			const open = () => onCell(row.country, theme, c);
			rect.addEventListener('click', open);
			rect.addEventListener('keydown', (event) => {
				if (event.key === 'Enter' || event.key === ' ') {
					event.preventDefault();
					open();
				}
			});
			svg.append(rect);
			if (c.actors > 0) {
				svg.append(svgEl('text', { x: left + j * cell + (cell - 2) / 2, y: y + (cell - 2) / 2, dy: '0.35em', 'text-anchor': 'middle',
					'font-family': FONT, 'font-size': 11, fill: textColourOn(c.actors, max), 'pointer-events': 'none' }, c.actors));
			}
		});
	});
	const legendY = top + rows.length * cell + 24;
	svg.append(svgEl('text', { x: 16, y: legendY, 'font-family': FONT, 'font-size': 12, 'font-weight': 700 }, 'Actors'));
	heatLegend(max).forEach((entry, i) => {
		svg.append(svgEl('rect', { x: 70 + i * 110, y: legendY - 11, width: 14, height: 14, fill: entry.colour, stroke: '#999' }));
		svg.append(svgEl('text', { x: 90 + i * 110, y: legendY, 'font-family': FONT, 'font-size': 11 }, entry.label));
	});
	container.replaceChildren(svg);
}
