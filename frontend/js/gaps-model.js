// Pure shaping of the gaps API for the gaps view: a pair of unconnected actors as a small graph of
// what they share (with the missing link between them), community colours, and pair wording.
// Tested with node.

import { PALETTE } from './visual-encoding.js';

const FEATURE_KINDS = { theme: 'theme', 'theme-anywhere': 'theme', country: 'country', region: 'region', donor: 'organisation',
	grantee: 'organisation', partner: 'organisation', network: 'organisation', 'programme-type': 'other' };
const FEATURE_LINKS = { theme: 'ADDRESSES', 'theme-anywhere': 'ADDRESSES', country: 'ACTIVE_IN', region: 'ACTIVE_IN', donor: 'FUNDS',
	grantee: 'FUNDS', partner: 'PARTNERS_WITH', network: 'MEMBER_OF', 'programme-type': 'PART_OF' };

/** The node a shared feature stands for: "theme:x@country:ML" is theme x (in Mali). */
export function featureNode(feature) {
	const id = feature.kind === 'programme-type' ? `programme-type:${feature.id}` : String(feature.id).split('@')[0];
	return { id, name: feature.place ? `${feature.name} (in ${feature.place})` : (feature.name ?? feature.id), kind: FEATURE_KINDS[feature.kind] ?? 'other' };
}

/**
 * Both actors, what they share (themes, places, donors, partners...) and the programmes or events
 * through which each has it; the missing link between the two is returned apart, to be drawn dashed.
 * The same feature in a place and anywhere is drawn once.
 */
export function pairGraph(pair, { maxFeatures = 6 } = {}) {
	const nodes = new Map();
	const links = new Map();
	const add = (node) => { if (!nodes.has(node.id)) nodes.set(node.id, node); };
	const link = (source, target, type) => {
		const id = `${source}>${type}>${target}`;
		if (source !== target && !links.has(id)) links.set(id, { id, source, target, type });
	};
	add({ ...pair.a, kind: pair.a.kind ?? 'organisation' });
	add({ ...pair.b, kind: pair.b.kind ?? 'organisation' });
	const features = [];
	for (const feature of pair.evidence?.shared ?? []) {
		const node = featureNode(feature);
		if (features.some((f) => f.node.id === node.id)) continue;
		features.push({ feature, node });
	}
	for (const { feature, node } of features.slice(0, maxFeatures)) {
		add(node);
		const type = FEATURE_LINKS[feature.kind] ?? 'PART_OF';
		for (const [actor, via] of [[pair.a.id, feature.viaA], [pair.b.id, feature.viaB]]) {
			if (!via?.length) {
				link(actor, node.id, type);
				continue;
			}
			for (const v of via.slice(0, 2)) {
				add({ id: v.id, name: v.name ?? v.id, kind: String(v.id).startsWith('event:') ? 'event' : 'programme' });
				link(actor, v.id, String(v.id).startsWith('event:') ? 'PARTICIPATED_IN' : 'IMPLEMENTS');
				link(v.id, node.id, type);
			}
		}
	}
	return { nodes: [...nodes.values()], links: [...links.values()], missing: [{ source: pair.a.id, target: pair.b.id }] };
}

/** Colour-blind-safe community colours (Okabe-Ito, then grey for the small rest). */
export const COMMUNITY_COLOURS = [PALETTE.orange, PALETTE.skyBlue, PALETTE.green, PALETTE.yellow, PALETTE.blue, PALETTE.vermillion, PALETTE.purple];

/** Community id per actor and a colour per community, largest communities first. */
export function communityColours(communities) {
	const ordered = [...(communities?.communities ?? [])].sort((a, b) => b.size - a.size || String(a.id).localeCompare(String(b.id)));
	const colourOf = new Map();
	const memberOf = new Map();
	ordered.forEach((community, i) => {
		colourOf.set(community.id, COMMUNITY_COLOURS[i] ?? PALETTE.grey);
		for (const member of community.members ?? []) memberOf.set(member.id, community.id);
	});
	return { colourOf, memberOf, ordered };
}

export function pairTitle(pair) {
	return `${pair.a.name} · ${pair.b.name}`;
}
