// The funding view's table of funders or recipients, its list of breaks, and the localisation
// share as one big figure and a bar per donor. Amounts stay per measure and currency.

import { formatAmounts, formatMoney, shareFigures } from '../funding-model.js';
import { describeKind } from '../visual-encoding.js';
import { el, sourcePageHref } from './dom.js';

export function renderFundingTable(root, rows, { direction, chosen, onChoose, periods }) {
	if (!rows.length) {
		root.replaceChildren(el('p', { className: 'panel-message', text: direction === 'upstream' ? 'No funder is recorded.' : 'No recipient is recorded.' }));
		return;
	}
	root.replaceChildren(el('table', { className: 'view-table funding-table' },
		el('caption', { className: 'visually-hidden', text: direction === 'upstream' ? 'Funders' : 'Recipients' }),
		el('thead', {}, el('tr', {}, ...[direction === 'upstream' ? 'Funder' : 'Recipient', 'Steps', 'Via', 'Amounts', 'Period', 'Sources']
			.map((h) => el('th', { scope: 'col', text: h })))),
		el('tbody', {}, rows.map((row) => el('tr', { 'data-id': row.id, className: row.id === chosen ? 'is-chosen' : null },
			el('td', {},
				el('button', { type: 'button', className: 'link-button', 'aria-pressed': String(row.id === chosen), text: row.name,
					title: 'Highlight its chain on the network', onClick: () => onChoose(row.id) }),
				el('div', { className: 'relationship-kind', text: describeKind(row.kind) }),
				row.placeholder ? el('div', { className: 'is-error', text: 'referenced, never published' }) : null),
			el('td', { text: row.depth }),
			el('td', { text: row.via.join(' → ') }),
			el('td', { text: formatAmounts(row.amounts) }),
			el('td', { text: periods.get(row.id) ?? '' }),
			el('td', {}, row.sourceIds.map((s) => el('a', { href: sourcePageHref(s), text: s.replace(/^source:/, ''), className: 'source-link' }))
				.flatMap((a, i) => (i ? [', ', a] : [a]))))))));
}

const BREAK_WORDS = {
	'unidentified-organisation': 'a receiver named only as text',
	'unpublished-activity': 'an activity referenced but never published',
	'funder-activity-not-cited': 'an implementer that does not cite its funder’s activity',
};

export function renderBreaks(root, breaks, nameOf) {
	if (!breaks?.length) {
		root.replaceChildren(el('p', { className: 'panel-note', text: 'No break found: every chain here can be followed to its end.' }));
		return;
	}
	root.replaceChildren(el('div', { className: 'breaks' },
		el('h3', { text: `Breaks in the chains (${breaks.length})` }),
		el('ul', {}, breaks.map((b) => el('li', {},
			el('strong', { text: BREAK_WORDS[b.kind] ?? b.kind }), ': ',
			el('span', { text: [nameOf(b.nodeId), b.detail].filter(Boolean).join(' — ') }))))));
}

/** One localisation answer per country; for a donor, that donor's share in each. */
export function renderLocalisation(root, answers, donorId) {
	const blocks = answers.map((answer) => {
		const share = donorId ? answer.byDonor.find((d) => d.donor.id === donorId)?.share : answer.overall;
		const figures = shareFigures(share);
		const title = donorId ? `Reaching organisations based in ${answer.country.name}` : `Traced funding for ${answer.country.name} reaching organisations based there`;
		const counts = answer.byImplementers;
		return el('section', { className: 'localisation', 'aria-label': title },
			el('h3', { text: title }),
			figures.length ? figures.map((f) => el('div', { className: 'share-figure' },
				el('span', { className: 'share-number', text: `${f.percent} %` }),
				el('span', { className: 'share-bar', role: 'img', 'aria-label': `${f.percent} percent` }, el('span', { style: `width:${Math.min(100, f.percent)}%` })),
				el('span', { className: 'panel-note', text: `${f.currency} ${formatMoney(f.local)} of ${formatMoney(f.traced)} ${f.measure}` })))
				: el('p', { className: 'panel-note', text: 'No amount traced to a receiving organisation, so no share in money.' }),
			counts && !donorId ? el('p', { className: 'panel-note',
				text: `By programmes: ${counts.withLocalImplementer} of ${counts.withImplementers} programmes with a known implementer have a local one.` }) : null);
	});
	root.replaceChildren(...blocks);
}
