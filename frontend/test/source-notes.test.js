import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkKey, numberSources, refLabel, sourceText, wrapText } from '../js/source-notes.js';

const names = new Map([['org:a', 'Alpha'], ['org:b', 'Beta'], ['prog:z', 'Zulu programme']]);
const catalogue = new Map([
	['source:one', { title: 'First report', properties: { publisher: 'IDLO', date: '2019-12-17', fileName: '000_x.txt' } }],
	['source:two', { title: 'Second note', properties: { publisher: 'DCAF', url: 'https://example.org/two' } }],
]);

test('sources are numbered once each, in the order the sorted links table cites them', () => {
	const links = [
		{ id: 'org:b|FUNDS|prog:z', source: 'org:b', target: 'prog:z', type: 'FUNDS', sourceIds: ['source:two', 'source:one'] },
		{ id: 'org:a|PARTNERS_WITH|org:b', source: 'org:a', target: 'org:b', type: 'PARTNERS_WITH', sourceIds: ['source:one'] },
		{ id: 'org:a|FUNDS|prog:z', source: 'org:a', target: 'prog:z', type: 'FUNDS', sourceIds: ['source:one', 'source:one'] },
	];
	const notes = numberSources(links, { names, catalogue });
	assert.deepEqual(notes.links.map((l) => `${l.from} ${l.type} ${l.to}`),
		['Alpha FUNDS Zulu programme', 'Alpha PARTNERS_WITH Beta', 'Beta FUNDS Zulu programme']);
	assert.deepEqual(notes.sources.map((s) => [s.number, s.id]), [[1, 'source:one'], [2, 'source:two']]);
	assert.deepEqual(notes.links.map((l) => l.refs), [[1], [1], [1, 2]]);
	assert.equal(notes.unsourced, 0);
	assert.deepEqual(notes.sources[0], { number: 1, id: 'source:one', known: true, title: 'First report', publisher: 'IDLO',
		date: '2019-12-17', location: '000_x.txt' });
});

test('a link drawn twice counts once, a link without sources is counted, an unknown source is listed by its id', () => {
	const link = { key: 'org:a>FUNDS>prog:z', source: { id: 'org:a' }, target: { id: 'prog:z' }, type: 'FUNDS', sourceIds: ['source:gone'] };
	const notes = numberSources([link, { ...link }, { key: 'k2', source: 'org:a', target: 'org:b', type: 'ACTIVE_IN' }], { names, catalogue });
	assert.equal(notes.links.length, 2);
	assert.equal(notes.unsourced, 1);
	assert.deepEqual(notes.sources.map((s) => [s.title, s.known]), [['gone', false]]);
	assert.deepEqual(numberSources([], {}), { sources: [], links: [], unsourced: 0 });
});

test('a link is known by its key, its id, or its ends and type', () => {
	assert.equal(linkKey({ key: 'k', id: 'i' }), 'k');
	assert.equal(linkKey({ id: 'i' }), 'i');
	assert.equal(linkKey({ source: { id: 'a' }, target: 'b', type: 'FUNDS' }), 'a|FUNDS|b');
});

test('a source line gives title, publisher, date and where to find it', () => {
	assert.equal(sourceText({ title: 'First report.', publisher: 'IDLO', date: '2019-12-17', location: '000_x.txt' }),
		'First report. IDLO, 2019-12-17. 000_x.txt');
	assert.equal(sourceText({ title: 'Only a title' }), 'Only a title');
});

test('reference numbers shorten runs of three or more', () => {
	assert.equal(refLabel([1, 2, 3, 5, 7, 8]), '1–3, 5, 7, 8');
	assert.equal(refLabel([4]), '4');
	assert.equal(refLabel([]), '');
});

test('wrapped lines fit the width, break at spaces, cut long addresses, and join back to the text', () => {
	const text = 'Implementer Dialogue: Security and Rule of Law Programming in the Sahel https://example.org/a/very/long/address/indeed';
	const lines = wrapText(text, 24);
	assert.ok(lines.every((line) => line.trimEnd().length <= 24), lines.join('|'));
	assert.equal(lines.join(''), text);
	assert.equal(lines[0], 'Implementer Dialogue: ');
	assert.deepEqual(wrapText('short', 80), ['short']);
	assert.deepEqual(wrapText('', 10), []);
});
