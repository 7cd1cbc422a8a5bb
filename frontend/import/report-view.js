// Renders import runs and reports. All text from files goes in through textContent, never as HTML.

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function issueText(issue) {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  return `${where}${issue.recordId ? ` [${issue.recordId}]` : ''} ${issue.message}`;
}

function issues(title, list, total) {
  const details = el('details');
  details.append(el('summary', `${total} ${title}`));
  const ul = el('ul');
  list.forEach((issue) => ul.append(el('li', issueText(issue))));
  if (total > list.length) ul.append(el('li', `… and ${total - list.length} more`, 'muted'));
  details.append(ul);
  return details;
}

export function countsTable(counts) {
  const table = el('table');
  const head = el('tr');
  ['', 'created', 'updated', 'unchanged'].forEach((h) => head.append(el('th', h)));
  table.append(head);
  Object.entries(counts).forEach(([kind, c]) => {
    const row = el('tr');
    [kind, c.created, c.updated, c.unchanged].forEach((v) => row.append(el('td', v)));
    table.append(row);
  });
  return table;
}

export function runView(run) {
  const box = el('div', null, 'run');
  box.append(el('h3', run.fileName));
  const report = run.report;
  if (!report) {
    const bar = el('progress');
    bar.max = 1;
    bar.value = run.progress;
    box.append(bar, el('div', `${run.status} · ${run.phase} · ${Math.round(run.progress * 100)}%`, 'muted'));
    return box;
  }
  if (report.error) {
    box.append(el('p', `Refused: ${report.error}`, 'refused'));
    return box;
  }
  box.append(el('p', `Imported ${report.records} records (${report.format})`
    + (report.sourceId ? ` as ${report.sourceId}` : ' — nothing written: no record could be used'), 'ok'));
  box.append(countsTable(report.counts));
  if (report.rejectedCount > 0) box.append(issues('rejected records', report.rejected, report.rejectedCount));
  if (report.warningCount > 0) box.append(issues('warnings', report.warnings, report.warningCount));
  return box;
}

export function sourcesView(sources) {
  if (sources.length === 0) return el('p', 'No file has been imported yet.', 'muted');
  const table = el('table');
  const head = el('tr');
  ['file', 'format', 'imported', 'records', 'created', 'warnings', 'rejected'].forEach((h) => head.append(el('th', h)));
  table.append(head);
  sources.forEach((s) => {
    const row = el('tr');
    [s.fileName, s.format, s.importedAt ? s.importedAt.slice(0, 16).replace('T', ' ') : '', s.records, s.created, s.warnings, s.rejected]
      .forEach((v) => row.append(el('td', v)));
    table.append(row);
  });
  return table;
}
