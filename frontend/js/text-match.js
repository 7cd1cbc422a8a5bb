// Finds an evidence quote in a source document although line breaks, repeated spaces, curly
// quotes or dashes differ between the two. Returns offsets into the original text.

function canonical(ch) {
	if (/\s/.test(ch)) return ' ';
	if ('\u2018\u2019\u201B\u2032'.includes(ch)) return "'";
	if ('\u201C\u201D\u201F\u2033'.includes(ch)) return '"';
	if ('\u2010\u2011\u2012\u2013\u2014\u2212'.includes(ch)) return '-';
	return ch.toLowerCase();
}

/** The text with runs of whitespace folded to one space, and for each kept character its original index. */
export function normalise(text) {
	let folded = '';
	const positions = [];
	let lastWasSpace = true;
	for (let i = 0; i < text.length; i++) {
		const ch = canonical(text[i]);
		if (ch === ' ') {
			if (lastWasSpace) continue;
			lastWasSpace = true;
		}
		else {
			lastWasSpace = false;
		}
		folded += ch;
		positions.push(i);
	}
	return { folded, positions };
}

/** `{start, end}` of the quote in `text` (end exclusive), or null when it does not occur. */
export function findQuote(text, quote) {
	const needle = normalise(quote ?? '').folded.trim();
	if (!needle || !text) {
		return null;
	}
	const { folded, positions } = normalise(text);
	const at = folded.indexOf(needle);
	if (at < 0) {
		return null;
	}
	return { start: positions[at], end: positions[at + needle.length - 1] + 1 };
}
