// Who is logged in, login and logout, and the CSRF header every change must carry: Spring Security
// keeps the token in the XSRF-TOKEN cookie and expects it back in the X-XSRF-TOKEN header.

function cookie(name) {
	const prefix = `${name}=`;
	const found = document.cookie.split('; ').find((part) => part.startsWith(prefix));
	return found ? decodeURIComponent(found.slice(prefix.length)) : null;
}

/** Headers for a POST/PUT/PATCH/DELETE; asks the server for a token first when there is none yet. */
export async function csrfHeaders() {
	if (!cookie('XSRF-TOKEN')) {
		await fetch('/api/session', { headers: { Accept: 'application/json' } });
	}
	const token = cookie('XSRF-TOKEN');
	return token ? { 'X-XSRF-TOKEN': token } : {};
}

async function answer(response) {
	const body = await response.json().catch(() => ({}));
	if (!response.ok) {
		const error = new Error(body.detail || body.title || `The server answered ${response.status}`);
		error.status = response.status;
		throw error;
	}
	return body;
}

/** A change as JSON, with the session cookie and the CSRF header. */
export async function send(method, path, body) {
	const headers = { Accept: 'application/json', ...(await csrfHeaders()) };
	if (body !== undefined) {
		headers['Content-Type'] = 'application/json';
	}
	const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
	return response.status === 204 ? {} : answer(response);
}

/** {authenticated, username, role, publicRead, canEdit, canAdminister} */
export async function currentSession() {
	return answer(await fetch('/api/session', { headers: { Accept: 'application/json' } }));
}

export function login(username, password) {
	return send('POST', '/api/session', { username, password });
}

export function logout() {
	return send('DELETE', '/api/session');
}
