// The coverage matrix as a heatmap: a sequential, colour-blind-safe scale (ColorBrewer Blues, which
// reads in grey too) in a few steps, so "empty", "few" and "crowded" are told apart at a glance.
// Pure, tested with node.

export const HEAT_COLOURS = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];
export const EMPTY_COLOUR = '#ffffff';

/** Step thresholds for 1..max: four bins of roughly equal width above zero. */
export function heatSteps(max) {
	const top = Math.max(1, Math.ceil(max));
	const steps = [];
	for (let i = 1; i <= 4; i++) steps.push(Math.max(1, Math.round((top * i) / 4)));
	return [...new Set(steps)];
}

/** The bin (0 = empty) of a value. */
export function heatBin(value, max) {
	if (!(value > 0)) return 0;
	const steps = heatSteps(max);
	const index = steps.findIndex((step) => value <= step);
	return Math.min(HEAT_COLOURS.length - 1, (index === -1 ? steps.length - 1 : index) + 1);
}

export function heatColour(value, max) {
	const bin = heatBin(value, max);
	return bin === 0 ? EMPTY_COLOUR : HEAT_COLOURS[bin];
}

/** Dark text on light cells, white on dark, for a contrast ratio above 4.5. */
export function textColourOn(value, max) {
	return heatBin(value, max) >= 3 ? '#ffffff' : '#1b1b1b';
}

/** Legend labels for the bins: "0", "1–2", "3–4", ... */
export function heatLegend(max) {
	const steps = heatSteps(max);
	const rows = [{ label: '0 (white spot)', colour: EMPTY_COLOUR }];
	let low = 1;
	steps.forEach((step, i) => {
		rows.push({ label: low === step ? String(step) : `${low}–${step}`, colour: HEAT_COLOURS[Math.min(HEAT_COLOURS.length - 1, i + 1)] });
		low = step + 1;
	});
	return rows;
}

/** The matrix as rows: one per country, one cell per theme, with the counts (0 where no cell). */
export function matrixRows(coverage) {
	const cells = new Map((coverage?.cells ?? []).map((c) => [`${c.country}|${c.theme}`, c]));
	return (coverage?.countries ?? []).map((country) => ({
		country,
		cells: (coverage?.themes ?? []).map((theme) => cells.get(`${country.id}|${theme.id}`)
			?? { country: country.id, theme: theme.id, actors: 0, programmes: 0, funding: {} }),
	}));
}
