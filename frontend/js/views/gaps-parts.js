// The gaps view's side panels: a pair's evidence with its sources, a coverage cell's actors, and
// the communities with their colours beside the brokers.

import { describeKind } from '../visual-encoding.js';
import { el, sourcePageHref } from './dom.js';

const explore = (id, name) => el('a', { href: `index.html?focus=${encodeURIComponent(id)}`, text: name ?? id });

export function renderPairDetail(root, pair) {
	root.replaceChildren(
		el('h3', { text: 'Why this pair' }),
		el('p', { text: pair.explanation }),
		el('ul', {}, (pair.evidence?.shared ?? []).map((f) => el('li', {},
			el('strong', { text: `${f.name ?? f.id}${f.place ? ` in ${f.place}` : ''}` }), ` (${f.kind}): `,
			el('span', { text: `${pair.a.name} via ${(f.viaA ?? []).map((v) => v.name).join(', ') || 'its own record'}; `
				+ `${pair.b.name} via ${(f.viaB ?? []).map((v) => v.name).join(', ') || 'its own record'}` })))),
		el('p', {}, 'Sources: ', ...(pair.evidence?.sourceIds ?? []).flatMap((s, i) => [i ? ', ' : '', el('a', { href: sourcePageHref(s), text: s.replace(/^source:/, '') })])),
		el('p', {}, 'Explore: ', explore(pair.a.id, pair.a.name), ' · ', explore(pair.b.id, pair.b.name)));
}

export function renderCellActors(root, cell, title) {
	root.replaceChildren(
		el('h3', { text: title }),
		cell.actors.length ? el('ul', { className: 'cell-actors' }, cell.actors.map((a) => el('li', {}, explore(a.id, a.name), ' ',
			el('span', { className: 'relationship-kind', text: describeKind(a.kind, a.type, a.donor) }))))
			: el('p', { className: 'panel-message', text: 'A white spot: no actor is recorded working on this theme in this country.' }),
		cell.programmes?.length ? el('details', {}, el('summary', { text: `Programmes (${cell.programmes.length})` }),
			el('ul', {}, cell.programmes.map((p) => el('li', {}, explore(p.id, p.name))))) : null);
}

export function renderCommunities(root, ordered, colourOf, brokers) {
	root.replaceChildren(
		el('h3', { text: 'Brokers (who bridges otherwise separate groups)' }),
		el('ol', {}, brokers.brokers.map((b) => el('li', {}, explore(b.actor.id, b.actor.name),
			el('span', { className: 'pair-score', text: ` betweenness ${b.betweenness.toFixed(3)} · brokers ${b.brokeredPairs} pairs` })))),
		el('h3', { text: 'Communities (actors that work together)' }),
		el('ul', { className: 'community-list' }, ordered.map((c) => el('li', {},
			el('span', { className: 'community-swatch', style: `background:${colourOf.get(c.id)}`, 'aria-hidden': 'true' }),
			el('strong', { text: `${c.label} (${c.size})` }), ': ',
			el('span', { text: c.members.map((m) => m.name).join(', ') })))));
}
