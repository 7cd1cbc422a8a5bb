// The funding, gaps, maps and export endpoints, all through api.js's `send` (one place for headers).

import { send } from './api.js';

const enc = encodeURIComponent;
// IATI ids contain '/', which the funding endpoints take as it is in the path
const pathId = (id) => id.split('/').map(enc).join('/');

export const featureApi = {
	funding: (id, direction, { maxDepth = 6 } = {}) => send('GET', `/api/funding/${direction === 'upstream' ? 'upstream' : 'downstream'}/${pathId(id)}`, { params: { maxDepth } }),
	localisation: (country) => send('GET', '/api/funding/localisation', { params: { country } }),
	unconnected: (params) => send('GET', '/api/gaps/unconnected', { params }),
	coverage: (params = {}) => send('GET', '/api/gaps/coverage', { params }),
	coverageCell: (country, theme) => send('GET', '/api/gaps/coverage/cell', { params: { country, theme } }),
	brokers: (params = {}) => send('GET', '/api/gaps/brokers', { params }),
	communities: (params = {}) => send('GET', '/api/gaps/communities', { params }),
	candidates: (focus) => send('GET', '/api/maps/candidates', { params: { focus } }),
	maps: () => send('GET', '/api/maps'),
	map: (id) => send('GET', `/api/maps/${enc(id)}`),
	createMap: (draft) => send('POST', '/api/maps', { body: draft }),
	saveMap: (id, draft) => send('PUT', `/api/maps/${enc(id)}`, { body: draft }),
	duplicateMap: (id) => send('POST', `/api/maps/${enc(id)}/duplicate`),
	deleteMap: (id) => send('DELETE', `/api/maps/${enc(id)}`, { as: 'text' }),
	/** The links among some nodes, with their citations (the export API's JSON). */
	linksAmong: (ids) => send('POST', '/api/export', { params: { format: 'json' }, body: { title: 'links', ids } }),
	/** A download of the given nodes: json, csv (zip), graphml, gexf or cypher. */
	exportFile: (format, { title, ids, relationships }) => send('POST', '/api/export', { params: { format }, body: { title, ids, relationships }, as: 'blob' }),
};
