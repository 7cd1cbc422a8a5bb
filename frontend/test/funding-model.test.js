import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chainGraph, formatAmounts, periodOf, sankeyNetworks, shareFigures, sumAmounts, tableRows } from '../js/funding-model.js';

const step = (from, to, amounts = [], type = 'FUNDS') => ({ from, to, type, amounts, sourceIds: [`source:${from}`] });
const reach = (entries, breaks = []) => ({ focus: { id: 'donor', name: 'Donor', kind: 'organisation' }, entries, breaks });
const entry = (id, depth, steps, kind = 'organisation') => ({ node: { id, name: id.toUpperCase(), kind }, depth, amounts: steps.at(-1).amounts,
	paths: [{ nodes: ['donor', ...steps.map((s) => s.to)], steps }] });

test('amounts in different currencies are never added together', () => {
	const sums = sumAmounts([{ measure: 'disbursed', currency: 'EUR', amount: 10 }, { measure: 'disbursed', currency: 'USD', amount: 5 },
		{ measure: 'disbursed', currency: 'EUR', amount: 2 }]);
	assert.deepEqual(sums, [{ measure: 'disbursed', currency: 'EUR', amount: 12 }, { measure: 'disbursed', currency: 'USD', amount: 5 }]);
	assert.equal(formatAmounts([]), 'no amount recorded');
	assert.match(formatAmounts(sums), /EUR 12 disbursed · USD 5 disbursed/);
});

test('one Sankey network per measure and currency, a shared step counted once', () => {
	const first = step('donor', 'prog', [{ measure: 'disbursed', currency: 'EUR', amount: 100 }]);
	const second = step('prog', 'ngo', [{ measure: 'disbursed', currency: 'EUR', amount: 60 }, { measure: 'committed', currency: 'USD', amount: 9 }], 'IMPLEMENTS');
	const networks = sankeyNetworks(reach([entry('prog', 1, [first], 'programme'), entry('ngo', 2, [first, second])]));
	assert.deepEqual(networks.map((n) => `${n.measure} ${n.currency}`), ['disbursed EUR', 'committed USD']);
	const eur = networks[0];
	assert.equal(eur.links.length, 2);
	assert.equal(eur.total, 100);
	assert.deepEqual(eur.nodes.map((n) => n.name), ['DONOR'.replace('DONOR', 'Donor'), 'PROG', 'NGO']);
});

test('a step that closes a cycle is left out of the Sankey and counted', () => {
	const eur = (amount) => [{ measure: 'disbursed', currency: 'EUR', amount }];
	const networks = sankeyNetworks(reach([entry('b', 2, [step('donor', 'a', eur(5)), step('a', 'b', eur(4)), step('b', 'donor', eur(1))])]));
	assert.equal(networks[0].dropped, 1);
	assert.equal(networks[0].links.length, 2);
});

test('without amounts the Sankey counts links and says so', () => {
	const networks = sankeyNetworks(reach([entry('prog', 1, [step('donor', 'prog')], 'programme')]));
	assert.equal(networks.length, 1);
	assert.equal(networks[0].counted, true);
	assert.equal(networks[0].links[0].value, 1);
	assert.deepEqual(sankeyNetworks(reach([])), []);
});

test('when only some steps carry amounts, the money comes first and the counted links are offered after', () => {
	const first = step('donor', 'prog', [{ measure: 'committed', currency: 'EUR', amount: 7 }]);
	const networks = sankeyNetworks(reach([entry('ngo', 2, [first, step('prog', 'ngo', [], 'IMPLEMENTS')])]));
	assert.deepEqual(networks.map((n) => n.counted), [false, true]);
	assert.equal(networks[0].links.length, 1);
	assert.equal(networks[1].links.length, 2);
});

test('table rows are nearest first with the intermediaries and sources of their chain', () => {
	const first = step('donor', 'prog');
	const rows = tableRows(reach([entry('ngo', 2, [first, step('prog', 'ngo', [], 'IMPLEMENTS')]), entry('prog', 1, [first], 'programme')]));
	assert.deepEqual(rows.map((r) => r.id), ['prog', 'ngo']);
	assert.deepEqual(rows[1].via, ['PROG']);
	assert.deepEqual(rows[1].sourceIds, ['source:prog']);
});

test('breaks stay on the chain graph as broken links', () => {
	const graph = chainGraph(reach([entry('prog', 1, [step('donor', 'prog')], 'programme')],
		[{ kind: 'unpublished-activity', nodeId: 'ghost', relatedId: 'prog', detail: 'never published' }]));
	assert.ok(graph.nodes.some((n) => n.id === 'ghost' && n.broken));
	assert.ok(graph.links.some((l) => l.broken && l.source === 'prog' && l.target === 'ghost'));
});

test('periods and shares read as people write them', () => {
	assert.equal(periodOf({ startDate: '2014-03-01', endDate: '2015-12-31' }), '2014–2015');
	assert.equal(periodOf({ startYear: 2019 }), '2019–');
	assert.equal(periodOf({}), null);
	const [figure] = shareFigures({ shares: [{ measure: 'committed', currency: 'EUR', share: 0.3846 }],
		local: [{ measure: 'committed', currency: 'EUR', amount: 50 }], traced: [{ measure: 'committed', currency: 'EUR', amount: 130 }] });
	assert.deepEqual(figure, { measure: 'committed', currency: 'EUR', percent: 38.5, local: 50, traced: 130 });
});
