// Node shapes as path drawers over anything with the CanvasPath methods: a canvas context for the
// network view, a d3.path() (which prints SVG path data) for the legend. r is the node radius.

function polygon(path, x, y, radius, corners, rotation) {
	for (let i = 0; i < corners; i++) {
		const angle = rotation + (i * 2 * Math.PI) / corners;
		const px = x + radius * Math.cos(angle);
		const py = y + radius * Math.sin(angle);
		if (i === 0) path.moveTo(px, py);
		else path.lineTo(px, py);
	}
	path.closePath();
}

export const SHAPES = {
	circle(path, x, y, r) {
		path.moveTo(x + r, y);
		path.arc(x, y, r, 0, 2 * Math.PI);
	},
	square(path, x, y, r) {
		const half = r * 0.88;
		path.rect(x - half, y - half, half * 2, half * 2);
	},
	diamond: (path, x, y, r) => polygon(path, x, y, r * 1.25, 4, -Math.PI / 2),
	triangle: (path, x, y, r) => polygon(path, x, y + r * 0.2, r * 1.3, 3, -Math.PI / 2),
	hexagon: (path, x, y, r) => polygon(path, x, y, r * 1.1, 6, 0),
	star(path, x, y, r) {
		for (let i = 0; i < 10; i++) {
			const radius = i % 2 === 0 ? r * 1.35 : r * 0.6;
			const angle = -Math.PI / 2 + (i * Math.PI) / 5;
			const px = x + radius * Math.cos(angle);
			const py = y + radius * Math.sin(angle);
			if (i === 0) path.moveTo(px, py);
			else path.lineTo(px, py);
		}
		path.closePath();
	},
	cross(path, x, y, r) {
		const a = r * 0.4;
		const b = r * 1.1;
		path.moveTo(x - a, y - b);
		[[a, -b], [a, -a], [b, -a], [b, a], [a, a], [a, b], [-a, b], [-a, a], [-b, a], [-b, -a], [-a, -a]]
			.forEach(([dx, dy]) => path.lineTo(x + dx, y + dy));
		path.closePath();
	},
};

export function drawShape(path, shape, x, y, r) {
	(SHAPES[shape] ?? SHAPES.circle)(path, x, y, r);
}
