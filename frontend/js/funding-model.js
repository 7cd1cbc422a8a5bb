// Pure shaping of the funding API's answers for the funding view: Sankey networks from the chains
// of a reach, amounts grouped per measure and currency (never added across currencies), the rows
// of the funders or recipients table, and the chain as a small graph. Tested with node --test.

const MEASURE_ORDER = ['disbursed', 'committed', 'pledged'];

/** "measure currency" keys in a stable order: disbursed before committed, then by currency. */
export function amountKey(amount) {
	return `${amount.measure}|${amount.currency}`;
}

function byMeasureThenCurrency(a, b) {
	const rank = (m) => (MEASURE_ORDER.indexOf(m) + 1 || MEASURE_ORDER.length + 1);
	return rank(a.measure) - rank(b.measure) || String(a.currency).localeCompare(String(b.currency));
}

/** Adds amounts up per measure and currency; different currencies stay separate entries. */
export function sumAmounts(amounts) {
	const sums = new Map();
	for (const amount of amounts ?? []) {
		if (!Number.isFinite(amount?.amount)) continue;
		const key = amountKey(amount);
		const sum = sums.get(key) ?? { measure: amount.measure, currency: amount.currency, amount: 0 };
		sum.amount += amount.amount;
		sums.set(key, sum);
	}
	return [...sums.values()].sort(byMeasureThenCurrency);
}

/** "USD 1,200,000 disbursed · EUR 300,000 committed" */
export function formatAmounts(amounts) {
	const sums = sumAmounts(amounts);
	if (!sums.length) return 'no amount recorded';
	return sums.map((a) => `${a.currency} ${formatMoney(a.amount)} ${a.measure}`).join(' · ');
}

export function formatMoney(value) {
	const abs = Math.abs(value);
	if (abs >= 1e9) return `${(value / 1e9).toFixed(abs >= 1e10 ? 0 : 1)} bn`;
	if (abs >= 1e6) return `${(value / 1e6).toFixed(abs >= 1e7 ? 0 : 1)} m`;
	return Math.round(value).toLocaleString('en');
}

/** Every distinct step of every chain of a reach, keyed by giver, receiver and type. */
export function distinctSteps(reach) {
	const steps = new Map();
	for (const entry of reach?.entries ?? []) {
		for (const path of entry.paths ?? []) {
			for (const step of path.steps ?? []) {
				const key = `${step.from}>${step.to}>${step.type}`;
				if (!steps.has(key)) steps.set(key, step);
			}
		}
	}
	return [...steps.values()];
}

/**
 * One Sankey network per measure and currency, from the steps that carry amounts. A step that
 * would close a cycle is left out (d3-sankey cannot draw one) and counted in `dropped`.
 */
export function sankeyNetworks(reach) {
	const names = nodeNames(reach);
	const networks = new Map();
	const steps = distinctSteps(reach);
	for (const step of steps) {
		for (const amount of sumAmounts(step.amounts)) {
			if (!(amount.amount > 0)) continue;
			const key = amountKey(amount);
			if (!networks.has(key)) networks.set(key, { measure: amount.measure, currency: amount.currency, links: [], dropped: 0 });
			networks.get(key).links.push({ source: step.from, target: step.to, value: amount.amount, type: step.type });
		}
	}
	// without any amount (most of the seed), widths count the funding links: the shape of the money's
	// path is still worth seeing, and the view says plainly that these are not amounts
	// and where only some steps carry amounts, the counted network is offered after the money ones
	if (steps.length && (!networks.size || steps.some((s) => !sumAmounts(s.amounts).some((a) => a.amount > 0)))) {
		networks.set('links', { measure: 'links', currency: null, counted: true, dropped: 0,
			links: steps.map((s) => ({ source: s.from, target: s.to, value: 1, type: s.type })) });
	}
	const counted = (n) => (n.counted ? 1 : 0);
	return [...networks.values()].sort((a, b) => counted(a) - counted(b) || byMeasureThenCurrency(a, b)).map((network) => {
		const kept = [];
		for (const link of network.links) {
			if (reaches(kept, link.target, link.source) || link.source === link.target) network.dropped++;
			else kept.push(link);
		}
		const ids = [...new Set(kept.flatMap((l) => [l.source, l.target]))];
		const sources = new Set(kept.map((l) => l.target));
		const total = kept.filter((l) => !sources.has(l.source)).reduce((sum, l) => sum + l.value, 0);
		return { measure: network.measure, currency: network.currency, counted: Boolean(network.counted), total, dropped: network.dropped,
			nodes: ids.map((id) => ({ id, name: names.get(id) ?? id })), links: kept };
	});
}

function reaches(links, from, to) {
	const seen = new Set([from]);
	const queue = [from];
	while (queue.length) {
		const id = queue.shift();
		if (id === to) return true;
		for (const link of links) {
			if (link.source === id && !seen.has(link.target)) {
				seen.add(link.target);
				queue.push(link.target);
			}
		}
	}
	return false;
}

export function nodeNames(reach) {
	const names = new Map();
	if (reach?.focus) names.set(reach.focus.id, reach.focus.name ?? reach.focus.id);
	for (const entry of reach?.entries ?? []) names.set(entry.node.id, entry.node.name ?? entry.node.id);
	return names;
}

/** The table: one row per funder or recipient, nearest first, with its amounts, periods and sources. */
export function tableRows(reach) {
	return (reach?.entries ?? []).map((entry) => {
		const steps = (entry.paths ?? []).flatMap((p) => p.steps ?? []);
		const mine = steps.filter((s) => s.from === entry.node.id || s.to === entry.node.id);
		return {
			id: entry.node.id, name: entry.node.name ?? entry.node.id, kind: entry.node.kind,
			placeholder: Boolean(entry.node.placeholder), depth: entry.depth,
			amounts: sumAmounts(entry.amounts), via: viaOf(entry, reach),
			sourceIds: [...new Set(mine.flatMap((s) => s.sourceIds ?? []))].sort(),
			periods: periodsOf(mine),
		};
	}).sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name));
}

function viaOf(entry, reach) {
	const path = entry.paths?.[0];
	if (!path || entry.depth <= 1) return [];
	const names = nodeNames(reach);
	return path.nodes.filter((id) => id !== entry.node.id && id !== reach.focus?.id).map((id) => names.get(id) ?? id);
}

function periodsOf(steps) {
	const periods = new Set();
	for (const step of steps) {
		const start = step.start ?? step.startDate ?? step.from_date;
		const end = step.end ?? step.endDate;
		if (start || end) periods.add(`${start ?? '…'} – ${end ?? '…'}`);
	}
	return [...periods].sort();
}

/** The chain as a graph for the network panel: nodes, links (with `broken` marks) and breaks. */
export function chainGraph(reach) {
	const names = nodeNames(reach);
	const kinds = new Map((reach?.entries ?? []).map((e) => [e.node.id, e.node]));
	if (reach?.focus) kinds.set(reach.focus.id, reach.focus);
	const links = distinctSteps(reach).map((s) => ({ id: `${s.from}>${s.to}>${s.type}`, source: s.from, target: s.to, type: s.type }));
	const breaks = reach?.breaks ?? [];
	const brokenIds = new Set(breaks.flatMap((b) => [b.nodeId, b.relatedId]).filter(Boolean));
	const ids = new Set([...links.flatMap((l) => [l.source, l.target]), ...(reach?.focus ? [reach.focus.id] : []), ...brokenIds]);
	const nodes = [...ids].map((id) => ({ id, name: names.get(id) ?? id, kind: kinds.get(id)?.kind ?? 'other',
		placeholder: Boolean(kinds.get(id)?.placeholder), broken: brokenIds.has(id) }));
	for (const b of breaks) {
		if (b.nodeId && b.relatedId && !links.some((l) => (l.source === b.relatedId && l.target === b.nodeId) || (l.source === b.nodeId && l.target === b.relatedId))) {
			links.push({ id: `break:${b.kind}:${b.nodeId}`, source: b.relatedId, target: b.nodeId, type: 'BREAK', broken: true });
		}
	}
	return { nodes, links, breaks };
}

/** A programme's period from its properties: "2014–2015", "2019–", or null. */
export function periodOf(props = {}) {
	const year = (v) => (v === undefined || v === null || v === '' ? null : String(v).slice(0, 4));
	const start = year(props.startDate ?? props.start ?? props.startYear);
	const end = year(props.endDate ?? props.end ?? props.endYear);
	if (!start && !end) return props.startNote ?? null;
	return `${start ?? '…'}–${end ?? ''}`;
}

/** The ids and step keys along an entry's chains, to highlight them on the network. */
export function chainOf(entry) {
	const nodes = new Set();
	const links = new Set();
	for (const path of entry?.paths ?? []) {
		path.nodes.forEach((id) => nodes.add(id));
		(path.steps ?? []).forEach((s) => links.add(`${s.from}>${s.to}>${s.type}`));
	}
	return { nodes, links };
}

/** A localisation share (0..1) per measure and currency as "38 %" figures; none when nothing is traced. */
export function shareFigures(share) {
	return (share?.shares ?? []).map((ratio) => ({ measure: ratio.measure, currency: ratio.currency, percent: Math.round(ratio.share * 1000) / 10,
		local: sumAmounts(share.local).find((a) => a.measure === ratio.measure && a.currency === ratio.currency)?.amount ?? 0,
		traced: sumAmounts(share.traced).find((a) => a.measure === ratio.measure && a.currency === ratio.currency)?.amount ?? 0 }));
}
