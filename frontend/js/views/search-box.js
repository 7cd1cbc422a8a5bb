// Search with suggestions as you type: an ARIA 1.2 combobox with a listbox popup. Debounced; a
// newer query aborts the one in flight. Arrow keys move, Enter picks, Escape closes then clears.

import { api } from '../api.js';
import { describeKind } from '../visual-encoding.js';
import { el } from './dom.js';

const DEBOUNCE_MS = 180;

export function createSearchBox(root, { onPick }) {
	const input = root.querySelector('input');
	const list = root.querySelector('[role=listbox]');
	const status = root.querySelector('.search-status');
	let results = [];
	let active = -1;
	let timer = null;
	let inFlight = null;

	function open(isOpen) {
		list.hidden = !isOpen;
		input.setAttribute('aria-expanded', String(isOpen));
		if (!isOpen) setActive(-1);
	}

	function setActive(index) {
		active = index;
		[...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
		if (index >= 0 && list.children[index]) {
			input.setAttribute('aria-activedescendant', list.children[index].id);
			list.children[index].scrollIntoView({ block: 'nearest' });
		}
		else {
			input.removeAttribute('aria-activedescendant');
		}
	}

	function render(query) {
		list.replaceChildren(...results.map((result, i) => el('li', {
			id: `search-option-${i}`, role: 'option', 'aria-selected': 'false', className: 'search-option',
			'data-id': result.id, onMousedown: (event) => event.preventDefault(), onClick: () => pick(i),
		},
		el('span', { className: 'option-name', text: result.name }),
		el('span', { className: 'option-kind', text: describeKind(result.kind, result.type) }),
		result.aliases?.length ? el('span', { className: 'option-aliases', text: result.aliases.slice(0, 4).join(' · ') }) : null)));
		status.textContent = results.length ? `${results.length} suggestions; arrow keys to choose, Enter to open.` : `Nothing matches “${query}”.`;
		open(true);
		if (!results.length) {
			list.replaceChildren(el('li', { className: 'search-empty', role: 'presentation', text: `Nothing matches “${query}”. Try an acronym or another spelling.` }));
		}
	}

	async function suggest(query) {
		inFlight?.abort();
		if (!query.trim()) {
			results = [];
			status.textContent = '';
			open(false);
			return;
		}
		inFlight = new AbortController();
		root.classList.add('is-loading');
		try {
			results = await api.search(query, { limit: 10, signal: inFlight.signal });
			render(query);
		}
		catch (error) {
			if (error.name === 'AbortError') return;
			results = [];
			list.replaceChildren(el('li', { className: 'search-error', role: 'presentation', text: `Search failed: ${error.message}` }));
			status.textContent = `Search failed: ${error.message}`;
			open(true);
		}
		finally {
			root.classList.remove('is-loading');
		}
	}

	function pick(index) {
		const result = results[index];
		if (!result) return;
		input.value = result.name;
		open(false);
		onPick(result);
	}

	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => suggest(input.value), DEBOUNCE_MS);
	});
	input.addEventListener('keydown', (event) => {
		const count = results.length;
		if (event.key === 'ArrowDown' && count) {
			if (list.hidden) open(true);
			setActive((active + 1) % count);
		}
		else if (event.key === 'ArrowUp' && count) {
			if (list.hidden) open(true);
			setActive(active <= 0 ? count - 1 : active - 1);
		}
		else if (event.key === 'Enter') {
			if (!list.hidden && count) pick(active >= 0 ? active : 0);
		}
		else if (event.key === 'Escape') {
			if (!list.hidden) open(false);
			else input.value = '';
		}
		else {
			return;
		}
		event.preventDefault();
	});
	input.addEventListener('blur', () => setTimeout(() => open(false), 120));
	return { focus: () => input.focus() };
}
