// Loads the graph a state asks for: every neighbourhood request at once, merged into one graph,
// and the funding chain to highlight when the state asks for one (its nodes added where missing).
// Answers to an older state are dropped, so a fast sequence of clicks ends on the last one.

import { api } from './api.js';
import { chainHighlight, withChain } from './chain-model.js';
import { featureApi } from './feature-api.js';
import { mergeSubgraphs, requestsFor } from './graph-model.js';

/** The depth the funding view follows chains to; the explorer highlights the same chains. */
export const CHAIN_DEPTH = 6;

const MISSING_NODES_LOOKED_UP = 40;

export function createLoader() {
	let generation = 0;
	let chainAnswer = { key: null, reach: null };
	return {
		/** Resolves to the merged graph, or to null when a newer load has started meanwhile. */
		async load(state) {
			const mine = ++generation;
			const requests = requestsFor(state);
			const [answers, reach] = await Promise.all([Promise.all(requests.map(async (request) => {
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
			})), loadChain(state.chain)]);
			if (mine !== generation) return null;
			const graph = mergeSubgraphs(answers);
			if (reach?.error) {
				return { ...graph, chain: { ...state.chain, nodes: new Set(), links: new Set(), summary: `The funding chain could not be loaded: ${reach.error}` } };
			}
			if (!state.chain) return graph;
			const known = await nodesMissingFrom(graph, reach);
			return mine === generation ? withChain(graph, reach, state.chain, known) : null;
		},
	};

	// the chain's nodes the neighbourhoods did not load, as the network draws them (type, donor,
	// degree): each one's neighbourhood of just itself (cached by api.js); beyond a few dozen, the
	// funding API's name and kind do
	async function nodesMissingFrom(graph, reach) {
		const loaded = new Set(graph.nodes.map((node) => node.id));
		const missing = [...chainHighlight(reach).nodes].filter((id) => !loaded.has(id)).slice(0, MISSING_NODES_LOOKED_UP);
		const answers = await Promise.all(missing.map((id) => api.neighbourhood({ id, depth: 1, limit: 1 }).catch(() => null)));
		return answers.flatMap((answer) => answer?.nodes ?? []);
	}

	// the same chain is asked for again on every filter or expansion change: keep the last answer
	async function loadChain(chain) {
		if (!chain) return null;
		const key = `${chain.direction}:${chain.id}`;
		if (chainAnswer.key !== key) {
			try {
				chainAnswer = { key, reach: await featureApi.funding(chain.id, chain.direction, { maxDepth: CHAIN_DEPTH }) };
			}
			catch (error) {
				// the network still shows; the bar over it says what went wrong
				return { error: error.message };
			}
		}
		return chainAnswer.reach;
	}
}
