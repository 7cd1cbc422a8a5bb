// How kinds and relationship types look: one place, shared by the network view and the legend.
// Colours are the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies);
// every kind also has its own shape, so colour is never the only cue.

export const PALETTE = {
	orange: '#E69F00', skyBlue: '#56B4E9', green: '#009E73', yellow: '#F0E442',
	blue: '#0072B2', vermillion: '#D55E00', purple: '#CC79A7', black: '#000000', grey: '#9A9A9A',
};

/** Organisation types grouped into the few colours a reader can tell apart. */
const ORGANISATION_GROUPS = [
	{ key: 'government', label: 'Government', color: PALETTE.blue, types: ['government'] },
	{ key: 'multilateral', label: 'Multilateral', color: PALETTE.skyBlue, types: ['multilateral', 'public-private'] },
	{ key: 'ngo', label: 'NGO', color: PALETTE.green, types: ['ngo-international', 'ngo-national', 'ngo-regional', 'ngo'] },
	{ key: 'civil-society', label: 'Civil society, network', color: PALETTE.purple, types: ['civil-society', 'network'] },
	{ key: 'other-organisation', label: 'Research, foundation, other', color: PALETTE.grey, types: [] },
];

export const KIND_STYLES = {
	programme: { label: 'Programme, project', shape: 'square', color: PALETTE.orange },
	country: { label: 'Country', shape: 'hexagon', color: PALETTE.yellow },
	region: { label: 'Region', shape: 'hexagon', color: '#FBF6B0' },
	theme: { label: 'Theme', shape: 'diamond', color: PALETTE.vermillion },
	event: { label: 'Event', shape: 'triangle', color: PALETTE.black },
	person: { label: 'Person', shape: 'star', color: PALETTE.purple },
	source: { label: 'Source', shape: 'cross', color: PALETTE.grey },
	other: { label: 'Other', shape: 'circle', color: PALETTE.grey },
};

export function organisationGroup(type) {
	return ORGANISATION_GROUPS.find((group) => group.types.includes(type)) ?? ORGANISATION_GROUPS.at(-1);
}

/** The fill colour, shape and legend label of a node; donors get a ring (see `ring`). */
export function nodeStyle(node) {
	if (node.kind === 'organisation' || node.kind === 'donor') {
		const group = organisationGroup(node.type);
		return { shape: 'circle', color: group.color, label: group.label, ring: Boolean(node.donor) };
	}
	const style = KIND_STYLES[node.kind] ?? KIND_STYLES.other;
	return { shape: style.shape, color: style.color, label: style.label, ring: Boolean(node.donor) };
}

/** Legend rows for nodes, in reading order. */
export function nodeLegend() {
	const organisations = ORGANISATION_GROUPS.map((group) => ({ label: group.label, shape: 'circle', color: group.color }));
	const donor = { label: 'Donor (ringed)', shape: 'circle', color: '#FFFFFF', ring: true };
	const kinds = ['programme', 'country', 'theme', 'event', 'person']
		.map((kind) => ({ label: KIND_STYLES[kind].label, shape: KIND_STYLES[kind].shape, color: KIND_STYLES[kind].color }));
	return [...organisations, donor, ...kinds];
}

const LINK_STYLES = {
	FUNDS: { color: '#B36B00', width: 2.2, dash: [], label: 'funds', inverse: 'funded by' },
	IMPLEMENTS: { color: '#005A8C', width: 1.6, dash: [], label: 'implements', inverse: 'implemented by' },
	REPORTS: { color: '#005A8C', width: 1, dash: [2, 3], label: 'reports', inverse: 'reported by' },
	PARTNERS_WITH: { color: '#007A5A', width: 1.6, dash: [7, 4], label: 'partners with', inverse: 'partners with' },
	MEMBER_OF: { color: '#A0527F', width: 1.4, dash: [2, 3], label: 'member of', inverse: 'has member' },
	PART_OF: { color: '#666666', width: 1.2, dash: [1, 3], label: 'part of', inverse: 'includes' },
	ACTIVE_IN: { color: '#B5A800', width: 1, dash: [], label: 'active in', inverse: 'hosts the work of' },
	BASED_IN: { color: '#B5A800', width: 1, dash: [4, 2], label: 'based in', inverse: 'home of' },
	ADDRESSES: { color: '#C25400', width: 1, dash: [3, 3], label: 'addresses', inverse: 'addressed by' },
	PARTICIPATED_IN: { color: '#333333', width: 1.2, dash: [8, 3, 2, 3], label: 'participated in', inverse: 'participants' },
	HELD_IN: { color: '#333333', width: 1, dash: [1, 2], label: 'held in', inverse: 'hosted event' },
	WORKS_FOR: { color: '#A0527F', width: 1.2, dash: [], label: 'works for', inverse: 'staff' },
};

const DEFAULT_LINK = { color: '#888888', width: 1, dash: [], label: null, inverse: null };

export function linkStyle(type) {
	return LINK_STYLES[type] ?? DEFAULT_LINK;
}

export function linkLegend() {
	return Object.entries(LINK_STYLES).filter(([type]) => type !== 'REPORTS').map(([type, style]) => ({ type, ...style }));
}

/** How a relationship reads from one end: "funds" from the donor, "funded by" from the programme. */
export function relationshipPhrase(type, direction) {
	const style = LINK_STYLES[type];
	const words = type.toLowerCase().replaceAll('_', ' ');
	if (!style) {
		return direction === 'in' ? `${words} (incoming)` : words;
	}
	return direction === 'in' ? style.inverse : style.label;
}

/** Radius grows with the square root of the degree, so hubs stand out without swallowing the view. */
export function nodeRadius(node) {
	return Math.min(22, 5 + Math.sqrt(Math.max(0, node.degree ?? 0)) * 1.6);
}

export const KINDS = ['organisation', 'donor', 'programme', 'country', 'region', 'theme', 'event', 'person'];

const KIND_NAMES = { organisation: 'Organisation', donor: 'Donor', programme: 'Programme', country: 'Country', region: 'Region',
	theme: 'Theme', event: 'Event', person: 'Person', source: 'Source' };

/** "Organisation · multilateral · donor", "Event · workshop": what a node is, in words. */
export function describeKind(kind, type, donor = false) {
	return [KIND_NAMES[kind] ?? kind, type ? String(type).replaceAll('-', ' ') : null, donor ? 'donor' : null].filter(Boolean).join(' · ');
}

/** Long names are shortened on the canvas only; the details panel and tooltips show them whole. */
export function shortLabel(name, max = 42) {
	return name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
}
