// Small DOM helpers. Text from the data only ever goes in through textContent, never as HTML.

export function el(tag, attributes = {}, ...children) {
	const element = document.createElement(tag);
	for (const [key, value] of Object.entries(attributes)) {
		if (value === undefined || value === null || value === false) continue;
		if (key === 'text') element.textContent = String(value);
		else if (key === 'className') element.className = value;
		else if (key.startsWith('on')) element.addEventListener(key.slice(2).toLowerCase(), value);
		else element.setAttribute(key, value === true ? '' : String(value));
	}
	element.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
	return element;
}

/** A link to the explorer or source page; only same-origin relative or http(s) addresses are used. */
export function safeHref(url) {
	try {
		const parsed = new URL(url, window.location.href);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
	}
	catch {
		return null;
	}
}

export function sourcePageHref(sourceId, quote) {
	const params = new URLSearchParams({ id: sourceId });
	if (quote) params.set('quote', quote);
	return `source.html?${params}`;
}
