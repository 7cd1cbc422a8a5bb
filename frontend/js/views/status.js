// The status line and the network's empty, loading and error messages, in words. The app's
// data-state attribute (empty, loading, ready, error) lets tests wait for a settled view.

export function createStatus(app) {
	const line = document.querySelector('#status');
	const overlay = document.querySelector('#network-message');
	const alert = document.querySelector('#error');
	let summary = '';

	function set(state, text, overlayText = '') {
		app.dataset.state = state;
		app.setAttribute('aria-busy', String(state === 'loading'));
		line.textContent = text;
		overlay.textContent = overlayText;
		overlay.hidden = !overlayText;
		alert.hidden = state !== 'error';
		alert.textContent = state === 'error' ? text : '';
	}

	return {
		welcome(stats) {
			summary = `The atlas holds ${stats.nodes.toLocaleString('en')} actors and ${stats.relationships.toLocaleString('en')} relationships.`;
			if (app.dataset.state === 'empty') this.empty();
		},
		empty() {
			set('empty', summary, `Search for an organisation, programme, country or theme to start. ${summary}`.trim());
		},
		loading() {
			set('loading', 'Loading the network…', app.dataset.state === 'ready' ? '' : 'Loading the network…');
		},
		ready(display, graph) {
			const hiddenByFilters = graph.nodes.length - display.nodes.length;
			const parts = [`${display.nodes.length} actors, ${display.links.length} relationships shown`];
			if (hiddenByFilters > 0) parts.push(`${hiddenByFilters} hidden by filters or removed`);
			if (display.more.size) parts.push('“+N more” badges page through large hubs');
			set('ready', `${parts.join('; ')}.`, display.nodes.length <= 1
				? 'No neighbours match the current filters. Widen the filters or clear them.' : '');
		},
		error(text) {
			set('error', text);
		},
	};
}
