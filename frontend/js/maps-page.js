// The saved maps: open (stable address map.html?id=...), duplicate, delete.

import { featureApi } from './feature-api.js';
import { el } from './views/dom.js';

const body = document.querySelector('#maps');
const app = document.querySelector('#app');
const status = (text, state = 'ready') => {
	app.dataset.state = state;
	document.querySelector('#status').textContent = text;
};
const href = (id) => `map.html?id=${encodeURIComponent(id)}`;

// an empty optional field must not become an empty focus id
document.querySelector('.new-map').addEventListener('submit', (event) => {
	event.target.querySelectorAll('input').forEach((input) => { input.disabled = !input.value.trim(); });
});

async function load() {
	try {
		const maps = await featureApi.maps();
		body.replaceChildren(...maps.map((map) => el('tr', { 'data-id': map.id },
			el('td', {}, el('a', { href: href(map.id), text: map.title })),
			el('td', { text: (map.focus ?? []).join(', ') }),
			el('td', { text: map.members }),
			el('td', { text: map.author ?? '' }),
			el('td', { text: map.updatedAt ? new Date(map.updatedAt).toLocaleString('en-GB') : '' }),
			el('td', {},
				el('button', { type: 'button', className: 'secondary', text: 'Duplicate', 'aria-label': `Duplicate ${map.title}`, onClick: () => duplicate(map) }), ' ',
				el('button', { type: 'button', className: 'secondary', text: 'Delete', 'aria-label': `Delete ${map.title}`, onClick: () => remove(map) })))));
		if (!maps.length) body.replaceChildren(el('tr', {}, el('td', { colspan: 6, className: 'panel-note', text: 'No saved maps yet.' })));
		status(`${maps.length} saved maps.`);
	}
	catch (error) {
		status(`Could not load the maps: ${error.message}`, 'error');
	}
}

async function duplicate(map) {
	try {
		const copy = await featureApi.duplicateMap(map.id);
		window.location.href = href(copy.id);
	}
	catch (error) {
		status(`Could not duplicate: ${error.message}`, 'error');
	}
}

async function remove(map) {
	if (!window.confirm(`Delete the map “${map.title}”? This cannot be undone.`)) return;
	try {
		await featureApi.deleteMap(map.id);
		await load();
	}
	catch (error) {
		status(`Could not delete: ${error.message}`, 'error');
	}
}

load();
