// The only module that talks HTTP. Every failure becomes an ApiError whose message can be shown
// to the user as it is: the problem detail the server sent, or what went wrong in plain words.

import { csrfHeaders } from './session.js';

export class ApiError extends Error {
	constructor(message, status) {
		super(message);
		this.name = 'ApiError';
		this.status = status;
	}
}

function query(params) {
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(params)) {
		if (Array.isArray(value)) {
			value.forEach((v) => search.append(key, v));
		}
		else if (value !== undefined && value !== null && value !== '') {
			search.set(key, String(value));
		}
	}
	const text = search.toString();
	return text ? `?${text}` : '';
}

async function request(path, params = {}, { signal, as = 'json' } = {}) {
	let response;
	try {
		response = await fetch(`${path}${query(params)}`, { signal, headers: { Accept: as === 'json' ? 'application/json' : 'text/plain' } });
	}
	catch (error) {
		if (error.name === 'AbortError') {
			throw error;
		}
		throw new ApiError('The server cannot be reached. Check that Actor Atlas is running, then try again.', 0);
	}
	if (!response.ok) {
		throw new ApiError(await problemMessage(response), response.status);
	}
	return as === 'json' ? response.json() : response.text();
}

async function problemMessage(response) {
	try {
		const problem = await response.json();
		if (problem.detail || problem.title) {
			return problem.detail ?? problem.title;
		}
	}
	catch {
		// not a problem document; fall through to the status line
	}
	return `The server answered ${response.status} ${response.statusText || ''}`.trim();
}

const neighbourhoods = new Map();
const NEIGHBOURHOOD_CACHE = 200;

export const api = {
	search: (q, { limit = 10, signal } = {}) => request('/api/search', { q, limit }, { signal }),
	node: (id, { signal } = {}) => request(`/api/nodes/${encodeURIComponent(id)}`, { relationshipLimit: 300 }, { signal }),
	stats: () => request('/api/stats'),
	source: (id) => request(`/api/sources/${encodeURIComponent(id)}`, { factLimit: 100 }),
	sources: () => request('/api/sources'),
	sourceDocument: (id) => request(`/api/sources/${encodeURIComponent(id)}/document`, {}, { as: 'text' }),
	/** Cached: the same neighbourhood is asked for again on every filter or expansion change. */
	neighbourhood(params) {
		const key = query(params);
		if (!neighbourhoods.has(key)) {
			const answer = request('/api/graph/neighbourhood', params);
			answer.catch(() => neighbourhoods.delete(key));
			neighbourhoods.set(key, answer);
			if (neighbourhoods.size > NEIGHBOURHOOD_CACHE) {
				neighbourhoods.delete(neighbourhoods.keys().next().value);
			}
		}
		return neighbourhoods.get(key);
	},
};

/**
 * Any other call (the funding, gaps and maps views use it through feature-api.js): one place for
 * headers, so that a CSRF token can be added here for every write. `as`: json, text or blob.
 */
export async function send(method, path, { params = {}, body, as = 'json', signal } = {}) {
	const headers = { Accept: as === 'json' ? 'application/json' : '*/*' };
	if (body !== undefined) headers['Content-Type'] = 'application/json';
	// every change carries the session's CSRF token (Spring Security's XSRF-TOKEN cookie, sent back as a header)
	if (method !== 'GET' && method !== 'HEAD') Object.assign(headers, await csrfHeaders());
	let response;
	try {
		response = await fetch(`${path}${query(params)}`, { method, signal, headers, body: body === undefined ? undefined : JSON.stringify(body) });
	}
	catch (error) {
		if (error.name === 'AbortError') throw error;
		throw new ApiError('The server cannot be reached. Check that Actor Atlas is running, then try again.', 0);
	}
	if (!response.ok) throw new ApiError(await problemMessage(response), response.status);
	if (response.status === 204) return null;
	if (as === 'blob') return { blob: await response.blob(), fileName: fileNameOf(response) };
	return as === 'json' ? response.json() : response.text();
}

function fileNameOf(response) {
	const disposition = response.headers.get('Content-Disposition') ?? '';
	const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
	return match ? decodeURIComponent(match[1] ?? match[2]) : null;
}
