// One actor's details, links with their sources, and history; editors also get the add-link form.
// Every name and quote is set as text, never as HTML.

import { currentSession } from './session.js';
import { createEditLinkForm } from './views/edit-link-form.js';

const id = new URLSearchParams(location.search).get('id') ?? '';
const details = document.querySelector('#edit-details');
const formRoot = document.querySelector('#edit-form');
const historyRoot = document.querySelector('#edit-history');

function text(tag, value, className) {
	const element = document.createElement(tag);
	element.textContent = value ?? '';
	if (className) element.className = className;
	return element;
}

async function json(path) {
	const response = await fetch(path, { headers: { Accept: 'application/json' } });
	const body = await response.json().catch(() => ({}));
	if (!response.ok) throw new Error(body.detail || body.title || `The server answered ${response.status}`);
	return body;
}

async function showDetails() {
	try {
		const node = await json(`/api/nodes/${encodeURIComponent(id)}`);
		const links = document.createElement('ul');
		links.className = 'edit-links';
		links.id = 'edit-links';
		for (const link of node.relationships ?? []) {
			const arrow = link.direction === 'out' ? '→' : '←';
			const item = text('li', `${link.type} ${arrow} ${link.other?.name ?? link.other?.id}`);
			for (const source of link.sources ?? []) {
				item.append(text('q', source.evidence ?? source.title, 'edit-quote'));
			}
			links.append(item);
		}
		details.replaceChildren(text('h1', node.name, 'details-name'), text('p', `${node.kind} · ${node.id}`, 'account-state'), links);
	}
	catch (failure) {
		details.replaceChildren(text('p', failure.message, 'account-error'));
	}
}

async function showHistory() {
	try {
		const changes = await json(`/api/nodes/${encodeURIComponent(id)}/history`);
		const list = document.createElement('ol');
		for (const change of changes) {
			list.append(text('li', `${change.at} · ${change.username} · ${change.action}`));
		}
		historyRoot.replaceChildren(text('h2', 'History'), list);
	}
	catch {
		historyRoot.replaceChildren();
	}
}

const session = await currentSession();
document.querySelector('#edit-user').textContent = session.authenticated ? `${session.username} (${session.role})` : 'not logged in';
if (session.canEdit && id) {
	createEditLinkForm(formRoot, id, { onSaved: () => { showDetails(); showHistory(); } });
}
showDetails();
showHistory();
