import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuote } from '../js/text-match.js';

test('finds a quote across line breaks and repeated spaces and returns original offsets', () => {
	const text = 'Intro.\nIDLO  works with\n   the Ministry of Justice in Mali. End.';
	const found = findQuote(text, 'IDLO works with the Ministry of Justice in Mali.');
	assert.equal(text.slice(found.start, found.end), 'IDLO  works with\n   the Ministry of Justice in Mali.');
});

test('curly quotes, dashes and case do not prevent a match', () => {
	const text = 'The EU\u2019s \u201CSahel\u201D programme \u2013 phase II';
	const found = findQuote(text, 'the eu\'s "Sahel" programme - phase II');
	assert.deepEqual(found, { start: 0, end: text.length });
});

test('a quote that is not in the text, or an empty one, is not found', () => {
	assert.equal(findQuote('some text', 'other words'), null);
	assert.equal(findQuote('some text', '   '), null);
	assert.equal(findQuote('', 'x'), null);
});
