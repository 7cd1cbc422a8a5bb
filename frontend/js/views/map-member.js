// The selected actor of a stakeholder map: why it is on the map, its note, remove it.

import { describeKind } from '../visual-encoding.js';
import { el } from './dom.js';

export function renderMemberPanel(root, member, { onNote, onRemove, onExplore }) {
	if (!member) {
		root.replaceChildren(el('p', { className: 'panel-message', text: 'Select an actor on the map to add a note to it or remove it.' }));
		return;
	}
	root.replaceChildren(
		el('h2', { className: 'details-name', text: member.name }),
		el('p', { className: 'details-kind', text: `${describeKind(member.kind, member.type)} · ${member.groupTitle}` }),
		member.reasons?.length ? el('details', { open: true }, el('summary', { text: 'Why it is on the map' }),
			el('ul', { className: 'reasons' }, member.reasons.map((reason) => el('li', { text: reason })))) : null,
		el('label', { for: 'member-note', text: 'Note' }),
		el('textarea', { id: 'member-note', rows: 5, maxlength: 2000, onInput: (event) => onNote(member.id, event.target.value) }),
		el('div', { className: 'details-actions' },
			el('button', { type: 'button', className: 'secondary', text: 'Remove from map', onClick: () => onRemove(member.id) }),
			el('button', { type: 'button', className: 'secondary', text: 'Open in explorer', onClick: () => onExplore(member.id) })));
	root.querySelector('#member-note').value = member.note ?? '';
}
