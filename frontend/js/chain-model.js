// A funding chain on the explorer's network: the funding API's reach (everyone who funds a node,
// or everyone its money reaches) turned into nodes and links the network can draw, added to the
// loaded graph where missing, and the set of nodes and links to highlight. Pure; tested with node.

/**
 * Steps run the way money moves; a relationship is stored as the graph states it. An implementer
 * IMPLEMENTS a programme while the programme's money reaches the implementer, so that step runs
 * against its relationship.
 */
const AGAINST_THE_MONEY = new Set(['IMPLEMENTS']);

/** The relationship a step follows, as the graph stores it: {source, type, target}. */
export function stepLink(step) {
	return AGAINST_THE_MONEY.has(step.type)
		? { source: step.to, type: step.type, target: step.from }
		: { source: step.from, type: step.type, target: step.to };
}

const keyOf = (link) => `${link.source?.id ?? link.source}|${link.type}|${link.target?.id ?? link.target}`;

/** Everything a reach highlights: the focus, every funder or recipient, every node and step of their chains. */
export function chainHighlight(reach) {
	const nodes = new Set(reach?.focus ? [reach.focus.id] : []);
	const links = new Set();
	for (const entry of reach?.entries ?? []) {
		nodes.add(entry.node.id);
		for (const path of entry.paths ?? []) {
			path.nodes.forEach((id) => nodes.add(id));
			(path.steps ?? []).forEach((step) => links.add(keyOf(stepLink(step))));
		}
	}
	return { nodes, links };
}

/**
 * The graph with the chain's nodes and links added where the neighbourhoods did not load them
 * (loaded ones keep their data; `known` holds network nodes looked up for the others, and the
 * rest are drawn from the funding API's name and kind), and `chain`: what to highlight and a
 * summary for the bar.
 */
export function withChain(graph, reach, { id, direction }, known = []) {
	const highlight = chainHighlight(reach);
	const refs = new Map((reach?.entries ?? []).map((entry) => [entry.node.id, entry.node]));
	if (reach?.focus) refs.set(reach.focus.id, reach.focus);
	const lookedUp = new Map(known.map((node) => [node.id, node]));
	const nodeIds = new Set(graph.nodes.map((node) => node.id));
	const added = [...highlight.nodes].filter((nodeId) => !nodeIds.has(nodeId)).map((nodeId) => {
		if (lookedUp.has(nodeId)) return lookedUp.get(nodeId);
		const ref = refs.get(nodeId) ?? { id: nodeId };
		return { id: nodeId, name: ref.name ?? nodeId, kind: ref.kind ?? 'organisation', type: null, donor: false, degree: 0,
			placeholder: Boolean(ref.placeholder), properties: {} };
	});
	const linkKeys = new Set(graph.links.map(keyOf));
	const steps = (reach?.entries ?? []).flatMap((entry) => (entry.paths ?? []).flatMap((path) => path.steps ?? []));
	const addedLinks = new Map();
	for (const step of steps) {
		const link = stepLink(step);
		const key = keyOf(link);
		if (!linkKeys.has(key) && !addedLinks.has(key)) {
			addedLinks.set(key, { id: key, ...link, properties: {}, sourceIds: step.sourceIds ?? [] });
		}
	}
	return {
		...graph,
		nodes: [...graph.nodes, ...added],
		links: [...graph.links, ...addedLinks.values()],
		chain: { id, direction, ...highlight, summary: chainSummary(reach, direction), added: added.length },
	};
}

/** "2 funders of IDLO, up to 2 steps away": the chain in a sentence for the bar over the network. */
export function chainSummary(reach, direction) {
	const name = reach?.focus?.name ?? reach?.focus?.id ?? 'this node';
	const entries = reach?.entries ?? [];
	const upstream = direction !== 'downstream';
	if (!entries.length) {
		return upstream ? `No funder of ${name} is recorded.` : `No recipient of money from ${name} is recorded.`;
	}
	const deepest = Math.max(...entries.map((entry) => entry.depth ?? 1));
	const count = entries.length;
	const who = upstream ? `${count} ${count === 1 ? 'funder' : 'funders'} of ${name}` : `${count} ${count === 1 ? 'recipient' : 'recipients'} of money from ${name}`;
	const breaks = reach.breaks?.length ? `; ${reach.breaks.length} ${reach.breaks.length === 1 ? 'break' : 'breaks'} in the chain` : '';
	return `${who}, ${deepest === 1 ? 'directly' : `up to ${deepest} steps away`}${breaks}${reach.truncated ? ' (more exist)' : ''}.`;
}

/** What a display highlights of a chain: the chain's nodes it shows and the ids of its links that are steps. */
export function displayedChain(chain, nodes, links) {
	if (!chain) return null;
	return {
		nodes: new Set(nodes.filter((node) => chain.nodes.has(node.id)).map((node) => node.id)),
		links: new Set(links.filter((link) => chain.links.has(keyOf(link))).map((link) => link.id)),
	};
}
