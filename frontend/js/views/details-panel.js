// The details of the selected node: properties, relationships grouped by how they read from this
// node ("funded by", "implements"), and under each relationship the sources that state it, with
// the evidence quote and a link to read it in the source document.

import { api } from '../api.js';
import { describeKind, relationshipPhrase } from '../visual-encoding.js';
import { el, safeHref, sourcePageHref } from './dom.js';
import { currentSession } from '../session.js';
import { createEditLinkForm } from './edit-link-form.js';

// asked once per page: logging in or out goes through login.html, which reloads the explorer
const session = currentSession().catch(() => ({ canEdit: false }));

const HIDDEN_PROPERTIES = new Set(['normalisedName', 'sourceIds', 'placeholder']);

export function createDetailsPanel(root, actions) {
	let shownId = null;
	let request = null;

	function message(text, className = 'panel-message') {
		root.replaceChildren(el('p', { className, text }));
	}

	async function show(id, context) {
		if (!id) {
			shownId = null;
			message('Select an actor in the network or search for one to see who it works with, and the sources that say so.');
			return;
		}
		if (id === shownId && root.dataset.state === 'ready') {
			renderActions(context);
			return;
		}
		shownId = id;
		request?.abort();
		request = new AbortController();
		root.dataset.state = 'loading';
		root.setAttribute('aria-busy', 'true');
		message('Loading details…', 'panel-message is-loading');
		try {
			const node = await api.node(id, { signal: request.signal });
			if (id !== shownId) return;
			render(node, context);
			root.dataset.state = 'ready';
		}
		catch (error) {
			if (error.name === 'AbortError') return;
			root.dataset.state = 'error';
			message(error.status === 404 ? `This actor is no longer in the atlas (${id}).` : `Could not load the details: ${error.message}`, 'panel-message is-error');
		}
		finally {
			root.removeAttribute('aria-busy');
		}
	}

	function render(node, context) {
		const props = node.properties ?? {};
		const type = props.type ?? props.programmeType ?? props.eventType;
		root.replaceChildren(
			el('h2', { className: 'details-name', id: 'details-name', text: node.name ?? node.id }),
			el('p', { className: 'details-kind', text: describeKind(node.kind, type, node.labels?.includes('Donor')) }),
			el('div', { className: 'details-actions' }),
			properties(node.properties ?? {}),
			relationships(node),
			el('div', { className: 'details-edit' }),
		);
		renderActions(context);
		renderEditForm(node.id, context);
	}

	/** Editors get the add-link form under the relationships; everyone else sees nothing of it. */
	async function renderEditForm(id, context) {
		const box = root.querySelector('.details-edit');
		if (!box || !(await session).canEdit || id !== shownId) return;
		createEditLinkForm(box, id, { onSaved: () => { shownId = null; show(id, context); } });
	}

	function renderActions(context) {
		const box = root.querySelector('.details-actions');
		if (!box) return;
		const id = shownId;
		box.replaceChildren(...[
			context.isFocus ? null : el('button', { type: 'button', text: 'Centre the network here', onClick: () => actions.onFocus(id) }),
			context.inGraph && !context.expanded && !context.isFocus ? el('button', { type: 'button', text: 'Expand neighbours', onClick: () => actions.onExpand(id) }) : null,
			context.more ? el('button', { type: 'button', text: `Show ${context.more} more`, onClick: () => actions.onExpand(id) }) : null,
			context.expanded ? el('button', { type: 'button', text: 'Collapse', onClick: () => actions.onCollapse(id) }) : null,
			context.inGraph && !context.isFocus ? el('button', { type: 'button', text: 'Remove from view', onClick: () => actions.onRemove(id) }) : null,
			context.pinned ? el('button', { type: 'button', text: 'Unpin', onClick: () => actions.onUnpin(id) }) : null,
			// the chain is highlighted on this network; the bar over it leads on to the full funding view
			el('button', { type: 'button', className: 'secondary', 'data-chain': 'upstream', text: 'Who funds this?', onClick: () => actions.onChain(id, 'upstream') }),
			el('button', { type: 'button', className: 'secondary', 'data-chain': 'downstream', text: 'Where does this money go?', onClick: () => actions.onChain(id, 'downstream') }),
		].filter(Boolean));
	}

	function properties(props) {
		const rows = Object.entries(props).filter(([key, value]) => !HIDDEN_PROPERTIES.has(key) && value !== null && value !== '');
		if (!rows.length) return null;
		return el('dl', { className: 'details-properties' }, rows.flatMap(([key, value]) => [
			el('dt', { text: humanise(key) }),
			el('dd', {}, valueOf(key, value)),
		]));
	}

	function valueOf(key, value) {
		if (key === 'url' && typeof value === 'string' && safeHref(value)) {
			return el('a', { href: safeHref(value), target: '_blank', rel: 'noopener noreferrer', text: value });
		}
		if (Array.isArray(value)) return value.map(String).join(', ');
		// amounts read better grouped; years and percentages must not become "2,015"
		if (typeof value === 'number') return /amount|budget|value/i.test(key) ? value.toLocaleString('en') : String(value);
		if (typeof value === 'object') return JSON.stringify(value);
		return String(value);
	}

	function relationships(node) {
		const groups = new Map();
		for (const rel of node.relationships ?? []) {
			const phrase = relationshipPhrase(rel.type, rel.direction);
			(groups.get(phrase) ?? groups.set(phrase, []).get(phrase)).push(rel);
		}
		const total = Object.values(node.relationshipCounts ?? {}).reduce((a, b) => a + b, 0);
		return el('section', { className: 'details-relationships', 'aria-labelledby': 'relationships-heading' },
			el('h3', { id: 'relationships-heading', text: total ? `Relationships (${total})` : 'No relationships recorded' }),
			node.truncated ? el('p', { className: 'panel-note', text: `Showing the first ${node.relationships.length}.` }) : null,
			[...groups].map(([phrase, rels]) => el('details', { className: 'relationship-group', open: groups.size <= 6 || rels.length <= 5 },
				el('summary', { text: `${capitalise(phrase)} (${rels.length})` }),
				el('ul', {}, rels.map(relationship)))));
	}

	function relationship(rel) {
		const facts = Object.entries(rel.properties ?? {}).filter(([, v]) => v !== null && v !== '')
			.map(([key, value]) => `${humanise(key)}: ${valueOf(key, value)}`);
		return el('li', { className: 'relationship' },
			el('button', { type: 'button', className: 'link-button', text: rel.other.name ?? rel.other.id,
				title: `Show ${rel.other.name ?? rel.other.id}`, onClick: () => actions.onSelect(rel.other.id) }),
			el('span', { className: 'relationship-kind', text: describeKind(rel.other.kind) }),
			facts.length ? el('div', { className: 'relationship-facts', text: facts.join(' · ') }) : null,
			rel.sources?.length
				? el('ul', { className: 'citations' }, rel.sources.map(citation))
				: el('p', { className: 'panel-note', text: 'No source recorded.' }));
	}

	function citation(source) {
		return el('li', { className: 'citation' },
			source.evidence ? el('blockquote', { className: 'evidence', text: source.evidence }) : el('p', { className: 'panel-note', text: 'No quote recorded.' }),
			el('a', { className: 'source-link', href: sourcePageHref(source.sourceId, source.evidence), text: source.title ?? source.sourceId }));
	}

	return { show, showActions: renderActions, current: () => shownId };
}

function humanise(key) {
	return capitalise(key.replace(/([a-z])([A-Z])/g, '$1 $2').replaceAll('_', ' ').toLowerCase());
}

function capitalise(text) {
	return text ? text[0].toUpperCase() + text.slice(1) : text;
}
