// The bar over the network while a funding chain is highlighted: the chain in a sentence, the way
// on to the full funding view (Sankey and table), and the way back to the plain network.

import { el } from './dom.js';

export function renderChainBar(root, chain, { onClear }) {
	root.hidden = !chain;
	root.dataset.chain = chain?.direction ?? '';
	if (!chain) {
		root.replaceChildren();
		return;
	}
	root.replaceChildren(
		el('p', { className: 'chain-summary', text: chain.summary }),
		el('a', { className: 'funding-link', href: `funding.html?${new URLSearchParams({ id: chain.id, direction: chain.direction })}`,
			text: 'Open the full funding view' }),
		el('button', { type: 'button', className: 'secondary', text: 'Clear the highlight', onClick: onClear }));
}
