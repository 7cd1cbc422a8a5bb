// The "Sources" notes of a picture (PNG, SVG, print): which sources back the links that are drawn,
// numbered, and which numbers each link carries, so a reader of the printed page can tell which
// source backs which line. Pure functions, tested with node.

const endId = (end) => end?.id ?? end;

/** A link's identity in a drawing: the map's key or the subgraph's id (`data-link` on its line). */
export function linkKey(link) {
	return link.key ?? link.id ?? `${endId(link.source)}|${link.type}|${endId(link.target)}`;
}

/** `2019-12-17` from a date or date-time value; null when there is none. */
function day(value) {
	if (value === null || value === undefined || value === '') return null;
	return String(value).slice(0, 10);
}

function describe(id, summary) {
	const properties = summary?.properties ?? {};
	return {
		id,
		known: Boolean(summary),
		title: String(summary?.title ?? properties.title ?? properties.name ?? id.replace(/^source:/, '')),
		publisher: properties.publisher ?? null,
		date: day(properties.date ?? properties.importedAt),
		location: properties.url ?? properties.fileName ?? null,
	};
}

/**
 * Numbers the distinct sources cited by `links` in the order a reader meets them in the links
 * table (links sorted by their ends' names, then type). `names` maps node ids to names;
 * `catalogue` maps source ids to {title, properties} (the /api/sources entries). A source missing
 * from the catalogue is still listed, by its id.
 * Returns {sources: [{number, id, known, title, publisher, date, location}],
 * links: [{key, from, type, to, refs}], unsourced} (unsourced: how many drawn links cite nothing).
 */
export function numberSources(links, { names = new Map(), catalogue = new Map() } = {}) {
	const nameOf = (id) => String(names.get(id) ?? id);
	const unique = new Map();
	for (const link of links) {
		if (!unique.has(linkKey(link))) unique.set(linkKey(link), link);
	}
	const rows = [...unique.values()].map((link) => ({ key: linkKey(link), from: nameOf(endId(link.source)), type: link.type,
		to: nameOf(endId(link.target)), sourceIds: [...new Set(link.sourceIds ?? [])] }))
		.sort((a, b) => a.from.localeCompare(b.from) || a.type.localeCompare(b.type) || a.to.localeCompare(b.to) || a.key.localeCompare(b.key));
	const numbers = new Map();
	for (const row of rows) {
		row.sourceIds.forEach((id) => numbers.has(id) || numbers.set(id, numbers.size + 1));
	}
	const sources = [...numbers].map(([id, number]) => ({ number, ...describe(id, catalogue.get(id)) }));
	return {
		sources,
		links: rows.map(({ sourceIds, ...row }) => ({ ...row, refs: sourceIds.map((id) => numbers.get(id)).sort((a, b) => a - b) })),
		unsourced: rows.filter((row) => !row.sourceIds.length).length,
	};
}

/** One source as a line of the list: "Title. Publisher, 2019-12-17. file or address". */
export function sourceText(source) {
	const byline = [source.publisher, source.date].filter(Boolean).join(', ');
	return [source.title, byline, source.location].filter(Boolean).map((part) => String(part).replace(/[.\s]+$/, '')).join('. ');
}

/** "1–3, 5": reference numbers with runs shortened. */
export function refLabel(refs) {
	const parts = [];
	for (let i = 0; i < refs.length; i++) {
		let j = i;
		while (j + 1 < refs.length && refs[j + 1] === refs[j] + 1) j++;
		parts.push(j - i >= 2 ? `${refs[i]}–${refs[j]}` : refs.slice(i, j + 1).join(', '));
		i = j;
	}
	return parts.join(', ');
}

/**
 * Breaks text into lines of at most `max` characters at spaces (a longer word, such as an address,
 * is cut). The spaces stay at the ends of the lines, so the lines joined give the text back.
 */
export function wrapText(text, max) {
	const width = Math.max(1, Math.floor(max));
	const words = String(text).match(/\S+\s*/g) ?? [];
	const lines = [];
	let line = '';
	for (let word of words) {
		while (word.trimEnd().length > width) {
			if (line) {
				lines.push(line);
				line = '';
			}
			lines.push(word.slice(0, width));
			word = word.slice(width);
		}
		if (line && (line + word).trimEnd().length > width) {
			lines.push(line);
			line = '';
		}
		line += word;
	}
	if (line) lines.push(line);
	return lines;
}
