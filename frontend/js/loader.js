// Loads the graph a state asks for: every neighbourhood request at once, merged into one graph.
// Answers to an older state are dropped, so a fast sequence of clicks ends on the last one.

import { api } from './api.js';
import { mergeSubgraphs, requestsFor } from './graph-model.js';

export function createLoader() {
	let generation = 0;
	return {
		/** Resolves to the merged graph, or to null when a newer load has started meanwhile. */
		async load(state) {
			const mine = ++generation;
			const requests = requestsFor(state);
			const answers = await Promise.all(requests.map(async (request) => {
				try {
					return { request, subgraph: await api.neighbourhood(request.params) };
				}
				catch (error) {
					// an expansion of a node that no longer exists should not hide the rest of the view
					if (request.owner !== state.focus && error.status === 404) {
						return { request, subgraph: { nodes: [], links: [], truncated: false } };
					}
					throw error;
				}
			}));
			return mine === generation ? mergeSubgraphs(answers) : null;
		},
	};
}
