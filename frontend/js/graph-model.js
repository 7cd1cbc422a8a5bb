// Pure functions over the graph the explorer shows: which neighbourhoods to ask for, how their
// answers merge, and what is displayed under the filters. Display is derived from state; the
// merged data is never edited to hide or highlight something.

import { displayedChain } from './chain-model.js';

/** Neighbours loaded per page when a node is expanded; "+N more" loads the next page. */
export const EXPANSION_PAGE = 25;

/** Most nodes around the focus; the API marks the answer truncated beyond it. */
export const FOCUS_LIMIT = 250;

/** The neighbourhood requests that together make up the view of `state`. */
export function requestsFor(state) {
	if (!state.focus) {
		return [];
	}
	const filters = filterParams(state.filters);
	const requests = [{ owner: state.focus, page: 0, params: { id: state.focus, depth: state.depth, limit: FOCUS_LIMIT, ...filters } }];
	for (const { id, pages } of state.expanded) {
		for (let page = 0; page < pages; page++) {
			// limit counts the expanded node itself, so one more than a page of neighbours
			requests.push({ owner: id, page, params: { id, depth: 1, limit: EXPANSION_PAGE + 1, offset: page * EXPANSION_PAGE, ...filters } });
		}
	}
	return requests;
}

/** The filters the server applies (it knows which actors are linked to a country or theme). */
export function filterParams(filters) {
	const params = {};
	if (filters.kinds.length) params.kinds = filters.kinds;
	if (filters.orgTypes.length) params.orgTypes = filters.orgTypes;
	if (filters.countries.length) params.countries = filters.countries;
	if (filters.themes.length) params.themes = filters.themes;
	if (filters.relationships.length) params.relationships = filters.relationships;
	if (filters.from) params.from = filters.from;
	if (filters.to) params.to = filters.to;
	return params;
}

/**
 * Merges neighbourhood answers into one graph: nodes and links by id, first answer wins.
 * `truncated` holds the nodes whose last loaded page said more neighbours exist.
 */
export function mergeSubgraphs(answers) {
	const nodes = new Map();
	const links = new Map();
	const lastPage = new Map();
	for (const { request, subgraph } of answers) {
		subgraph.nodes.forEach((node) => nodes.has(node.id) || nodes.set(node.id, node));
		subgraph.links.forEach((link) => links.has(link.id) || links.set(link.id, link));
		const previous = lastPage.get(request.owner);
		if (!previous || request.page >= previous.page) {
			lastPage.set(request.owner, { page: request.page, truncated: Boolean(subgraph.truncated) });
		}
	}
	const truncated = new Set([...lastPage].filter(([, page]) => page.truncated).map(([id]) => id));
	return { nodes: [...nodes.values()], links: [...links.values()], truncated };
}

/** Whether something with a period (a programme, an event, a funding) overlaps the filtered period; undated things do. */
export function withinPeriod(properties = {}, { from, to }) {
	const end = properties.endDate ?? properties.date ?? properties.valueDate;
	const start = properties.startDate ?? properties.date ?? properties.valueDate;
	if (from && end && String(end).slice(0, 10) < from) {
		return false;
	}
	return !(to && start && String(start).slice(0, 10) > to);
}

/** Whether a node passes the filters that can be judged from the node itself. */
export function passesFilters(node, filters) {
	if (filters.kinds.length && !filters.kinds.includes(node.kind) && !(node.donor && filters.kinds.includes('donor'))) {
		return false;
	}
	if (filters.orgTypes.length && node.kind === 'organisation' && !filters.orgTypes.includes(node.type)) {
		return false;
	}
	return withinPeriod(node.properties, filters);
}

/**
 * What the network view draws: the merged graph without hidden or filtered-out nodes (the focus
 * and a highlighted funding chain always stay, so the chain is never shown with gaps), links among
 * what remains, for each node how many links are not loaded yet, and the chain to highlight.
 */
export function deriveDisplay(graph, state) {
	const hidden = new Set(state.hidden);
	const inChain = (id) => Boolean(graph.chain?.nodes.has(id));
	const nodes = graph.nodes.filter((node) => node.id === state.focus || inChain(node.id)
		|| (!hidden.has(node.id) && passesFilters(node, state.filters)));
	const ids = new Set(nodes.map((node) => node.id));
	const types = state.filters.relationships;
	const chainLinks = displayedChain(graph.chain, [], graph.links)?.links ?? new Set();
	const links = graph.links.filter((link) => ids.has(link.source) && ids.has(link.target) && (chainLinks.has(link.id)
		|| ((!types.length || types.includes(link.type)) && withinPeriod(link.properties, state.filters))));
	const chain = graph.chain ? { ...graph.chain, ...displayedChain(graph.chain, nodes, links) } : null;
	return { nodes, links, more: moreCounts(graph, graph.truncated), chain };
}

/** For each truncated node, how many of its relationships the loaded graph does not hold (at least 1). */
export function moreCounts(graph, truncated) {
	const incident = new Map();
	for (const link of graph.links) {
		incident.set(link.source, (incident.get(link.source) ?? 0) + 1);
		incident.set(link.target, (incident.get(link.target) ?? 0) + 1);
	}
	const more = new Map();
	for (const node of graph.nodes) {
		if (truncated.has(node.id)) {
			more.set(node.id, Math.max(1, (node.degree ?? 0) - (incident.get(node.id) ?? 0)));
		}
	}
	return more;
}

/** Countries and themes present in a graph, as filter options sorted by name. */
export function filterOptions(nodes) {
	const byKind = (kind) => nodes.filter((node) => node.kind === kind)
		.map((node) => ({ id: node.id, name: node.name }))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { countries: byKind('country'), themes: byKind('theme') };
}

/** The ids of the nodes linked to `id` in a display. */
export function neighbourIds(display, id) {
	const ids = new Set();
	for (const link of display.links) {
		if (link.source === id || link.source?.id === id) ids.add(link.target?.id ?? link.target);
		if (link.target === id || link.target?.id === id) ids.add(link.source?.id ?? link.source);
	}
	ids.delete(id);
	return ids;
}
