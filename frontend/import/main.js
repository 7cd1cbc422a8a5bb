// Wires the upload page: pick or drop files, upload them one by one, poll each import until done.
import { upload, importRun, imports } from './api.js';
import { runView, sourcesView } from './report-view.js';

const runs = new Map();
const input = document.getElementById('file-input');
const button = document.getElementById('upload-button');
const drop = document.getElementById('drop');
let picked = [];

function renderRuns() {
  const container = document.getElementById('runs');
  container.replaceChildren(...[...runs.values()].reverse().map(runView));
}

async function renderSources() {
  const container = document.getElementById('sources');
  try {
    const list = await imports();
    container.replaceChildren(sourcesView(list.sources));
  } catch (error) {
    container.textContent = `Could not load the imports: ${error.message}`;
  }
}

async function follow(id) {
  const run = await importRun(id);
  runs.set(id, run);
  renderRuns();
  if (run.status === 'queued' || run.status === 'running') {
    setTimeout(() => follow(id), 500);
  } else {
    renderSources();
  }
}

async function send(files) {
  for (const file of files) {
    try {
      const run = await upload(file);
      runs.set(run.id, run);
      renderRuns();
      follow(run.id);
    } catch (error) {
      runs.set(`failed-${file.name}-${Date.now()}`, { fileName: file.name, report: { error: error.message } });
      renderRuns();
    }
  }
}

input.addEventListener('change', () => {
  picked = [...input.files];
  button.disabled = picked.length === 0;
});
document.getElementById('upload-form').addEventListener('submit', (event) => {
  event.preventDefault();
  send(picked);
  input.value = '';
  picked = [];
  button.disabled = true;
});
drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  send([...event.dataTransfer.files]);
});
renderSources();
