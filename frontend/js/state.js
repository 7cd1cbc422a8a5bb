// The single state of the explorer and its mirror in the address bar. Views read state and ask
// for changes through `update`; nothing else writes it. The pure parse/serialise pair is tested.

export const MAX_DEPTH = 4;

export function emptyFilters() {
	return { kinds: [], orgTypes: [], countries: [], themes: [], relationships: [], from: '', to: '' };
}

export function initialState() {
	return { focus: null, depth: 1, selected: null, expanded: [], hidden: [], filters: emptyFilters(), chain: null };
}

const LIST_PARAMS = { kinds: 'kinds', orgTypes: 'orgTypes', countries: 'countries', themes: 'themes', relationships: 'rels' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a state from a query string; anything malformed falls back to the default, never throws. */
export function parseState(search) {
	const params = new URLSearchParams(search);
	const state = initialState();
	state.focus = params.get('focus') || null;
	const depth = Number.parseInt(params.get('depth') ?? '', 10);
	state.depth = Number.isInteger(depth) ? Math.min(MAX_DEPTH, Math.max(1, depth)) : 1;
	state.selected = params.get('sel') || state.focus;
	state.expanded = unique(params.getAll('expand').map(parseExpansion).filter(Boolean), (e) => e.id);
	state.hidden = unique(params.getAll('hide').filter(Boolean), (id) => id);
	for (const [key, param] of Object.entries(LIST_PARAMS)) {
		state.filters[key] = unique(params.getAll(param).filter(Boolean), (v) => v);
	}
	state.filters.from = DATE.test(params.get('from') ?? '') ? params.get('from') : '';
	state.filters.to = DATE.test(params.get('to') ?? '') ? params.get('to') : '';
	state.chain = parseChain(params.get('chain'));
	return state;
}

/** Writes a state as a query string (with its leading `?`, or empty). */
export function serialiseState(state) {
	const params = new URLSearchParams();
	if (state.focus) {
		params.set('focus', state.focus);
		if (state.depth !== 1) {
			params.set('depth', String(state.depth));
		}
	}
	if (state.selected && state.selected !== state.focus) {
		params.set('sel', state.selected);
	}
	state.expanded.forEach((e) => params.append('expand', e.pages > 1 ? `${e.id}*${e.pages}` : e.id));
	state.hidden.forEach((id) => params.append('hide', id));
	for (const [key, param] of Object.entries(LIST_PARAMS)) {
		state.filters[key].forEach((value) => params.append(param, value));
	}
	if (state.filters.from) {
		params.set('from', state.filters.from);
	}
	if (state.filters.to) {
		params.set('to', state.filters.to);
	}
	if (state.chain) {
		params.set('chain', `${state.chain.direction === 'downstream' ? 'down' : 'up'}:${state.chain.id}`);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

// An expanded node is `id` (one page of neighbours) or `id*N` (N pages, after "+N more").
function parseExpansion(value) {
	const match = /^(.+?)(?:\*(\d{1,3}))?$/.exec(value);
	if (!match) {
		return null;
	}
	return { id: match[1], pages: Math.max(1, Number.parseInt(match[2] ?? '1', 10)) };
}

// A highlighted funding chain is `up:id` (who funds id) or `down:id` (where id's money goes).
function parseChain(value) {
	const match = /^(up|down):(.+)$/.exec(value ?? '');
	return match ? { id: match[2], direction: match[1] === 'down' ? 'downstream' : 'upstream' } : null;
}

function unique(values, key) {
	const seen = new Set();
	return values.filter((value) => !seen.has(key(value)) && seen.add(key(value)));
}

/** The state changes the UI asks for, as pure functions from state to state. */
export const changes = {
	focusOn: (state, id) => ({ ...state, focus: id, selected: id, expanded: [], hidden: [], chain: null }),
	select: (state, id) => ({ ...state, selected: id }),
	expand(state, id) {
		const existing = state.expanded.find((e) => e.id === id);
		const expanded = existing
			? state.expanded.map((e) => (e.id === id ? { id, pages: e.pages + 1 } : e))
			: [...state.expanded, { id, pages: 1 }];
		return { ...state, expanded, hidden: state.hidden.filter((h) => h !== id) };
	},
	collapse: (state, id) => ({ ...state, expanded: state.expanded.filter((e) => e.id !== id) }),
	hide(state, id) {
		if (id === state.focus) {
			return state;
		}
		return { ...changes.collapse(state, id), hidden: [...new Set([...state.hidden, id])],
			selected: state.selected === id ? state.focus : state.selected };
	},
	showHidden: (state) => ({ ...state, hidden: [] }),
	setDepth: (state, depth) => ({ ...state, depth: Math.min(MAX_DEPTH, Math.max(1, depth)) }),
	setFilters: (state, filters) => ({ ...state, filters: { ...state.filters, ...filters } }),
	clearFilters: (state) => ({ ...state, filters: emptyFilters() }),
	/** Highlights who funds `id` (upstream) or where its money goes (downstream) on the network. */
	showChain: (state, id, direction) => ({ ...state, chain: { id, direction: direction === 'downstream' ? 'downstream' : 'upstream' } }),
	clearChain: (state) => (state.chain ? { ...state, chain: null } : state),
};

/**
 * The store: holds the state, pushes each change into history (so Back undoes it) and follows
 * the address when the user goes back or forward.
 */
export function createStore(win = window) {
	let state = parseState(win.location.search);
	const listeners = new Set();
	const notify = () => listeners.forEach((listener) => listener(state));
	win.addEventListener('popstate', () => {
		state = parseState(win.location.search);
		notify();
	});
	return {
		get: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		/** Applies a change; `replace` keeps it out of the back-button history (e.g. selection). */
		update(change, { replace = false } = {}) {
			const next = change(state);
			if (next === state) {
				return;
			}
			state = next;
			const url = `${win.location.pathname}${serialiseState(state)}`;
			if (replace) {
				win.history.replaceState(null, '', url);
			}
			else {
				win.history.pushState(null, '', url);
			}
			notify();
		},
	};
}
