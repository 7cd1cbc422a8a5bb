// The only module that talks HTTP: upload a file, follow an import, list imports.

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
  return json(await fetch('api/imports', { method: 'POST', body: form }));
}

export async function importRun(id) {
  return json(await fetch(`api/imports/${encodeURIComponent(id)}`));
}

export async function imports() {
  return json(await fetch('api/imports'));
}
