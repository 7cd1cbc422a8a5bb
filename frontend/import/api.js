// The only module that talks HTTP: upload a file, follow an import, list imports.

import { csrfHeaders } from '../js/session.js';

async function json(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.detail || body.title || `HTTP ${response.status}`);
  }
  return body;
}

export async function upload(file) {
  const form = new FormData();
  form.append('file', file, file.name);
  // an upload changes the graph: it needs an editor's session and the CSRF header
  return json(await fetch('api/imports', { method: 'POST', body: form, headers: await csrfHeaders() }));
}

export async function importRun(id) {
  return json(await fetch(`api/imports/${encodeURIComponent(id)}`));
}

export async function imports() {
  return json(await fetch('api/imports'));
}
