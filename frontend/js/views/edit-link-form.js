// "Add a link" for editors: a relationship type, the other node's id, and the source that states it
// (a new one: title, kind, optional URL and date, and the quote or note used as evidence). The server
// validates everything; its problem detail is shown as text.

import { send } from '../session.js';

const TYPES = ['PARTNERS_WITH', 'FUNDS', 'IMPLEMENTS', 'MEMBER_OF', 'PART_OF', 'ACTIVE_IN', 'BASED_IN', 'ADDRESSES',
	'PARTICIPATED_IN', 'HELD_IN', 'WORKS_FOR', 'REPORTS'];

const SOURCE_KINDS = ['meeting', 'document', 'url', 'user'];

function field(form, label, control) {
	const id = `edit-link-${control.name}`;
	control.id = id;
	const caption = document.createElement('label');
	caption.htmlFor = id;
	caption.textContent = label;
	form.append(caption, control);
	return control;
}

function select(name, options) {
	const control = document.createElement('select');
	control.name = name;
	for (const value of options) {
		control.append(new Option(value, value));
	}
	return control;
}

function input(name, type = 'text') {
	const control = document.createElement(type === 'textarea' ? 'textarea' : 'input');
	control.name = name;
	if (type !== 'textarea') control.type = type;
	return control;
}

/** Renders the form into root for the node fromId; onSaved() runs after the server accepted a link. */
export function createEditLinkForm(root, fromId, { onSaved } = {}) {
	const form = document.createElement('form');
	form.className = 'edit-link-form account-form';
	const heading = document.createElement('h2');
	heading.textContent = 'Add a link';
	form.append(heading);
	const type = field(form, 'Relationship', select('type', TYPES));
	const to = field(form, 'To (id of the other actor, e.g. org:idlo)', input('to'));
	const title = field(form, 'Source title', input('title'));
	const kind = field(form, 'Source kind', select('kind', SOURCE_KINDS));
	const url = field(form, 'Source URL (optional)', input('url', 'url'));
	const date = field(form, 'Source date (optional)', input('date', 'date'));
	const quote = field(form, 'Quote or note that states the link', input('quote', 'textarea'));
	const submit = document.createElement('button');
	submit.type = 'submit';
	submit.textContent = 'Add link';
	const message = document.createElement('p');
	message.className = 'account-error';
	message.setAttribute('role', 'alert');
	message.hidden = true;
	form.append(submit, message);

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		message.hidden = true;
		submit.disabled = true;
		try {
			await send('POST', '/api/links', {
				type: type.value,
				from: fromId,
				to: to.value.trim(),
				source: { title: title.value, kind: kind.value, url: url.value || null, date: date.value || null, quote: quote.value },
			});
			form.reset();
			onSaved?.();
		}
		catch (failure) {
			message.textContent = failure.message;
			message.hidden = false;
		}
		finally {
			submit.disabled = false;
		}
	});
	root.replaceChildren(form);
	return form;
}
