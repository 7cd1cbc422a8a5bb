// Filters and view controls. Each change is one state update (so Back undoes it); the panel
// re-renders from state and keeps keyboard focus on the control that was used.

import { KINDS, KIND_STYLES, linkStyle, organisationGroup } from '../visual-encoding.js';
import { el } from './dom.js';
import { line, swatch } from './legend.js';

const KIND_LABELS = { organisation: 'Organisations', donor: 'Donors', ...Object.fromEntries(
	Object.entries(KIND_STYLES).map(([kind, style]) => [kind, style.label])) };

function checkboxGroup(name, title, onChange) {
	const list = el('div', { className: 'checkbox-list' });
	const fieldset = el('fieldset', { className: `filter-group filter-${name}` }, el('legend', { text: title }), list);
	let keys = '';
	let options = [];
	return {
		element: fieldset,
		render(newOptions, checked) {
			const selected = new Set(checked);
			const merged = [...newOptions, ...checked.filter((v) => !newOptions.some((o) => o.value === v)).map((v) => ({ value: v, label: v }))];
			const nextKeys = merged.map((o) => `${o.value}=${o.label}`).join('|');
			if (nextKeys !== keys) {
				keys = nextKeys;
				options = merged;
				const focused = document.activeElement?.dataset?.value;
				list.replaceChildren(...options.map((option) => el('label', { className: 'checkbox' },
					el('input', { type: 'checkbox', name, value: option.value, 'data-value': option.value,
						onChange: () => onChange([...list.querySelectorAll('input:checked')].map((i) => i.value)) }),
					option.icon ?? null,
					el('span', { text: option.label }))));
				if (focused) list.querySelector(`input[data-value="${CSS.escape(focused)}"]`)?.focus();
			}
			list.querySelectorAll('input').forEach((input) => { input.checked = selected.has(input.value); });
			fieldset.hidden = options.length === 0;
		},
	};
}

// each kind's checkbox shows its shape, so the filters double as the legend
function kindIcon(kind) {
	if (kind === 'organisation') return swatch({ shape: 'circle', color: '#FFFFFF' });
	if (kind === 'donor') return swatch({ shape: 'circle', color: '#FFFFFF', ring: true });
	const style = KIND_STYLES[kind];
	return style ? swatch(style) : null;
}

export function createFiltersPanel(root, { onFilters, onDepth, onClear, onShowHidden }) {
	const groups = {
		kinds: checkboxGroup('kinds', 'Kinds', (v) => onFilters({ kinds: v })),
		orgTypes: checkboxGroup('orgTypes', 'Organisation types', (v) => onFilters({ orgTypes: v })),
		countries: checkboxGroup('countries', 'Countries', (v) => onFilters({ countries: v })),
		themes: checkboxGroup('themes', 'Themes', (v) => onFilters({ themes: v })),
		relationships: checkboxGroup('relationships', 'Relationships', (v) => onFilters({ relationships: v })),
	};
	const depth = el('select', { id: 'depth', onChange: () => onDepth(Number(depth.value)) },
		[1, 2, 3, 4].map((d) => el('option', { value: d, text: d === 1 ? '1 step' : `${d} steps` })));
	const from = el('input', { type: 'date', id: 'filter-from', onChange: () => onFilters({ from: from.value }) });
	const to = el('input', { type: 'date', id: 'filter-to', onChange: () => onFilters({ to: to.value }) });
	const clear = el('button', { type: 'button', className: 'secondary', text: 'Clear filters', onClick: onClear });
	const showHidden = el('button', { type: 'button', className: 'secondary', onClick: onShowHidden });
	root.replaceChildren(
		el('label', { className: 'control', for: 'depth' }, el('span', { text: 'Neighbourhood' }), depth),
		el('fieldset', { className: 'filter-group filter-period' }, el('legend', { text: 'Programme and funding period' }),
			el('label', { className: 'control', for: 'filter-from' }, el('span', { text: 'From' }), from),
			el('label', { className: 'control', for: 'filter-to' }, el('span', { text: 'To' }), to)),
		...Object.values(groups).map((g) => g.element),
		el('div', { className: 'filter-buttons' }, clear, showHidden));
	let known = { orgTypes: [], relationships: [], countries: new Map(), themes: new Map() };

	return {
		/** Option lists: organisation and relationship types from the stats, countries and themes as seen. */
		setCatalogue({ orgTypes, relationships }) {
			known = { ...known, orgTypes, relationships };
		},
		seen(options) {
			options.countries.forEach((c) => known.countries.set(c.id, c.name));
			options.themes.forEach((t) => known.themes.set(t.id, t.name));
		},
		render(state) {
			const f = state.filters;
			const named = (map) => [...map].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
			groups.kinds.render(KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] ?? k, icon: kindIcon(k) })), f.kinds);
			groups.orgTypes.render(known.orgTypes.map((t) => ({ value: t, label: t.replaceAll('-', ' '),
				icon: swatch({ shape: 'circle', color: organisationGroup(t).color }) })), f.orgTypes);
			groups.countries.render(named(known.countries), f.countries);
			groups.themes.render(named(known.themes), f.themes);
			groups.relationships.render(known.relationships.map((t) => ({ value: t, label: t.replaceAll('_', ' ').toLowerCase(),
				icon: line(linkStyle(t)) })), f.relationships);
			depth.value = String(state.depth);
			from.value = f.from;
			to.value = f.to;
			const active = ['kinds', 'orgTypes', 'countries', 'themes', 'relationships'].some((k) => f[k].length) || f.from || f.to;
			clear.disabled = !active;
			showHidden.hidden = state.hidden.length === 0;
			showHidden.textContent = `Show ${state.hidden.length} removed`;
		},
	};
}
