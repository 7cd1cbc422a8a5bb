// Wires the explorer: state changes load the graph and re-render the views. No logic of its own
// beyond deciding what each view is told.

import { api } from './api.js';
import { deriveDisplay, filterOptions, requestsFor } from './graph-model.js';
import { createLoader } from './loader.js';
import { changes, createStore } from './state.js';
import { createDetailsPanel } from './views/details-panel.js';
import { createFiltersPanel } from './views/filters-panel.js';
import { renderLegend } from './views/legend.js';
import { createNetworkView } from './views/network-view.js';
import { renderChainBar } from './views/chain-bar.js';
import { createSearchBox } from './views/search-box.js';
import { createStatus } from './views/status.js';
import { createExportMenu } from './views/image-export.js';
import { networkSvg } from './views/network-export.js';

const store = createStore();
const loader = createLoader();
const status = createStatus(document.querySelector('#app'));
const act = (change) => (id) => store.update((state) => change(state, id));

const network = createNetworkView(document.querySelector('#network'), {
	onSelect: (id) => store.update((state) => changes.select(state, id), { replace: true }),
	onExpand: act(changes.expand),
	onRemove: act(changes.hide),
	onPin: () => showDetails(store.get()),
});
const details = createDetailsPanel(document.querySelector('#details'), {
	onSelect: (id) => store.update((state) => changes.select(state, id), { replace: true }),
	onFocus: act(changes.focusOn),
	onExpand: act(changes.expand),
	onCollapse: act(changes.collapse),
	onRemove: act(changes.hide),
	onUnpin(id) {
		network.unpin(id);
		showDetails(store.get());
	},
	onChain: (id, direction) => store.update((state) => changes.showChain(state, id, direction)),
});
createSearchBox(document.querySelector('.search'), { onPick: (result) => act(changes.focusOn)(result.id) });
const filters = createFiltersPanel(document.querySelector('#filters'), {
	onFilters: (patch) => store.update((state) => changes.setFilters(state, patch)),
	onDepth: (depth) => store.update((state) => changes.setDepth(state, depth)),
	onClear: () => store.update(changes.clearFilters),
	onShowHidden: () => store.update(changes.showHidden),
});
renderLegend(document.querySelector('#legend'));

api.stats().then((stats) => {
	filters.setCatalogue({ orgTypes: Object.keys(stats.organisationsByType).filter((t) => t !== 'unknown'),
		relationships: Object.keys(stats.relationshipsByType) });
	filters.render(store.get());
	status.welcome(stats);
}).catch((error) => status.error(`Could not load the atlas summary: ${error.message}`));

const chainBar = document.querySelector('#chain-bar');
let graph = null;
let loadedKey = null;
let display = null;

async function refresh(state) {
	filters.render(state);
	if (!state.focus) {
		graph = null;
		loadedKey = null;
		display = null;
		network.update({ nodes: [], links: [], more: new Map() }, { focus: null, selected: null });
		renderChainBar(chainBar, null, {});
		details.show(state.selected, {});
		status.empty();
		return;
	}
	const key = JSON.stringify([requestsFor(state), state.chain]);
	if (key !== loadedKey) {
		status.loading();
		try {
			const loaded = await loader.load(state);
			if (!loaded) return;
			graph = loaded;
			loadedKey = key;
		}
		catch (error) {
			status.error(error.status === 404 ? `Nothing in the atlas has the id “${state.focus}”. Search for it by name instead.` : `Could not load the network: ${error.message}`);
			details.show(null, {});
			return;
		}
	}
	render(state);
}

function render(state) {
	if (!graph) return;
	display = deriveDisplay(graph, state);
	filters.seen(filterOptions(graph.nodes));
	filters.render(state);
	network.update(display, { focus: state.focus, selected: state.selected });
	renderChainBar(chainBar, display.chain, { onClear: () => store.update(changes.clearChain) });
	status.ready(display, graph);
	showDetails(state);
}

function showDetails(state) {
	const id = state.selected;
	details.show(id, {
		isFocus: id === state.focus,
		inGraph: Boolean(display?.nodes.some((n) => n.id === id)),
		expanded: state.expanded.some((e) => e.id === id),
		more: display?.more.get(id) ?? 0,
		pinned: network.isPinned(id),
	});
}

// Exports of what the user sees: the network drawn as SVG at its on-screen positions, or its nodes as data
createExportMenu(document.querySelector('#explorer-export'), () => {
	const focus = display?.nodes.find((n) => n.id === store.get().focus);
	const title = focus ? `Network around ${focus.name ?? focus.id}` : 'Actor Atlas network';
	const area = document.querySelector('#network');
	return { title, ids: display?.nodes.map((n) => n.id) ?? [], relationships: store.get().filters.relationships.length ? store.get().filters.relationships : null,
		links: display?.links ?? [], names: new Map((display?.nodes ?? []).map((n) => [n.id, n.name ?? n.id])),
		svg: () => networkSvg({ title, width: area.clientWidth, height: area.clientHeight,
			subtitle: [`${display?.nodes.length ?? 0} actors`, display?.chain?.summary, 'Actor Atlas'].filter(Boolean).join(' · '),
			nodes: (display?.nodes ?? []).map((n) => ({ ...n, ...network.positionOf(n.id) })), links: display?.links ?? [], chain: display?.chain }) };
}, { onError: (message) => status.error(message), printSources: document.querySelector('#print-sources') });

store.subscribe(refresh);
refresh(store.get());

// A read-only window for the browser tests and the benchmark: where nodes are drawn, what is shown.
window.atlasView = Object.freeze({
	positionOf: (id) => network.positionOf(id),
	nodeIds: () => network.nodeIds(),
	stats: () => network.stats(),
	highlighted: () => network.highlighted(),
});
