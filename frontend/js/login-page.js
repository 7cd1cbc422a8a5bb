// The login page: posts the credentials as JSON (with the CSRF header), then returns to where the
// user came from (?next=, same-site paths only) or the explorer.

import { currentSession, login, logout } from './session.js';

const form = document.querySelector('#login-form');
const state = document.querySelector('#login-state');
const error = document.querySelector('#login-error');
const logoutButton = document.querySelector('#logout');

function nextPage() {
	const next = new URLSearchParams(location.search).get('next');
	// only a path on this site, never another origin
	return next && next.startsWith('/') && !next.startsWith('//') ? next : 'index.html';
}

function showSession(session) {
	state.textContent = session.authenticated
		? `Logged in as ${session.username} (${session.role}).`
		: session.publicRead ? 'Anyone may browse; log in to edit.' : 'Log in to see the atlas.';
	logoutButton.hidden = !session.authenticated;
}

form.addEventListener('submit', async (event) => {
	event.preventDefault();
	error.hidden = true;
	try {
		await login(form.username.value.trim(), form.password.value);
		location.assign(nextPage());
	}
	catch (failure) {
		error.textContent = failure.message;
		error.hidden = false;
		form.password.value = '';
	}
});

logoutButton.addEventListener('click', async () => {
	await logout();
	showSession(await currentSession());
});

currentSession().then(showSession, (failure) => { state.textContent = failure.message; });
