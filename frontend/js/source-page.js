// The source document viewer: source.html?id=source:...&quote=... shows the document's text as
// text (never HTML) with the quote highlighted and scrolled into view, and the facts it states.

import { api } from './api.js';
import { findQuote } from './text-match.js';
import { relationshipPhrase } from './visual-encoding.js';
import { el, safeHref } from './views/dom.js';

const params = new URLSearchParams(window.location.search);
const id = params.get('id');
const quote = params.get('quote');
const status = document.querySelector('#source-status');
const documentBox = document.querySelector('#document');

function say(text, isError = false) {
	status.textContent = text;
	status.className = isError ? 'panel-message is-error' : 'panel-message';
}

function renderMeta(source) {
	document.querySelector('#source-title').textContent = source.title ?? source.id;
	document.title = `${source.title ?? source.id} · Actor Atlas`;
	const shown = ['publisher', 'date', 'documentType', 'kind', 'fileName', 'url', 'description'];
	const rows = shown.filter((key) => source.properties?.[key]).flatMap((key) => {
		const value = String(source.properties[key]);
		const href = key === 'url' ? safeHref(value) : null;
		return [el('dt', { text: key.replace(/([A-Z])/g, ' $1').toLowerCase() }),
			el('dd', {}, href ? el('a', { href, rel: 'noopener noreferrer', text: value }) : value)];
	});
	document.querySelector('#source-meta').replaceChildren(...rows);
}

function renderDocument(text) {
	const found = findQuote(text, quote);
	if (!found) {
		documentBox.replaceChildren(text);
		if (quote) {
			say('The quote was not found word for word in this document; it is shown here instead.');
			documentBox.before(el('blockquote', { className: 'evidence', text: quote }));
		}
		else {
			say('');
		}
		return;
	}
	const mark = el('mark', { id: 'quote', text: text.slice(found.start, found.end) });
	documentBox.replaceChildren(text.slice(0, found.start), mark, text.slice(found.end));
	say('The quoted evidence is highlighted.');
	mark.scrollIntoView({ block: 'center' });
}

function renderFacts(source) {
	if (!source.facts?.length) return;
	document.querySelector('#facts').replaceChildren(
		el('h2', { text: `Facts from this source (${source.facts.length}${source.facts.length >= 100 ? '+' : ''})` }),
		el('ul', {}, source.facts.map((fact) => el('li', {},
			el('a', { href: `./?focus=${encodeURIComponent(fact.from.id)}`, text: fact.from.name ?? fact.from.id }),
			` ${relationshipPhrase(fact.type, 'out')} `,
			el('a', { href: `./?focus=${encodeURIComponent(fact.to.id)}`, text: fact.to.name ?? fact.to.id })))));
}

async function load() {
	if (!id) {
		say('No source was named in the address (expected ?id=source:…).', true);
		return;
	}
	try {
		const source = await api.source(id);
		renderMeta(source);
		renderFacts(source);
		if (!source.hasDocument) {
			say('The text of this source is not shipped with the app.');
			if (quote) documentBox.replaceChildren(el('blockquote', { className: 'evidence', text: quote }));
			return;
		}
		renderDocument(await api.sourceDocument(id));
	}
	catch (error) {
		say(error.status === 404 ? `There is no source with the id “${id}”.` : `Could not load the source: ${error.message}`, true);
	}
}

load();
