// The paper size for browser printing (A4 or Letter): @page cannot be switched by a class, so
// the rule is written into a style element of its own.

export function setPaper(size) {
	let style = document.querySelector('#print-page-size');
	if (!style) {
		style = document.createElement('style');
		style.id = 'print-page-size';
		document.head.append(style);
	}
	style.textContent = `@page { size: ${size === 'Letter' ? 'letter' : 'A4'} landscape; margin: 10mm; }`;
}
