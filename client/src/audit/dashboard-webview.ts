/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The script inside the audit dashboard (bundled to dist/dashboard.js for the browser): the
 * reports × rules table with counts, sorted by any column (click its header), filtered by text,
 * year and "only with problems", exported as CSV or as a page (the extension asks the language
 * server for the file, with the reports shown, in the order shown). Every piece of report text
 * is set with textContent: none of it can become markup.
 */
import type { AuditEntry, AuditResult } from '../../../server/src/lsp/audit-protocol';
import type { DashboardLabels, DashboardState, DashboardUpdate, FromDashboard } from './dashboard-messages';

interface VsCodeApi {
  postMessage(message: FromDashboard): void;
  setState(state: DashboardState): void;
  getState(): DashboardState | undefined;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('gr-dashboard') as HTMLElement;
const labels = JSON.parse(document.body.dataset.labels ?? '{}') as DashboardLabels;
let state: DashboardState = vscode.getState() ?? { text: '', year: '', problemsOnly: false, sort: 'errors', descending: true };
let audit: AuditResult | undefined;
let sequence = -1;

/** Ranks for sorting the status columns: the worst first when descending. */
const PUBLICATION_RANK: Record<string, number> = { late: 5, early: 4, 'not-published': 3, unknown: 2, 'no-deadline': 1, 'on-time': 0 };
const CHAIN_RANK: Record<string, number> = { broken: 2, missing: 1, linked: 0 };

interface Column {
  readonly key: string;
  readonly title: string;
  readonly hint?: string;
  readonly numeric: boolean;
  value(e: AuditEntry): number | string;
  cell(td: HTMLTableCellElement, e: AuditEntry): void;
}

function columns(result: AuditResult): Column[] {
  const count = (key: string, title: string, of: (e: AuditEntry) => number, severity?: string): Column => ({
    key,
    title,
    numeric: true,
    value: of,
    cell: (td, e) => setCount(td, of(e), severity),
  });
  return [
    { key: 'body', title: labels.body, numeric: false, value: (e) => e.agency ?? labels.unknownBody, cell: (td, e) => (td.textContent = e.agency ?? labels.unknownBody) },
    { key: 'year', title: labels.year, numeric: true, value: (e) => e.year ?? -1, cell: (td, e) => ((td.textContent = e.year === undefined ? '' : String(e.year)), td.classList.add('gr-n')) },
    { key: 'file', title: labels.file, numeric: false, value: (e) => e.path, cell: (td, e) => ((td.textContent = e.path), td.classList.add('gr-file')) },
    count('errors', labels.errors, (e) => e.counts.error, 'gr-error'),
    count('warnings', labels.warnings, (e) => e.counts.warning, 'gr-warning'),
    { key: 'publication', title: labels.publication, numeric: true, value: (e) => PUBLICATION_RANK[e.publication.status] ?? 0, cell: (td, e) => status(td, e.publication.word, e.publication.label, e.publication.status === 'late' || e.publication.status === 'early' ? 'gr-error' : e.publication.status === 'on-time' ? 'gr-ok' : 'gr-warning') },
    { key: 'chain', title: labels.chain, numeric: true, value: (e) => CHAIN_RANK[e.chain.status] ?? 0, cell: (td, e) => status(td, e.chain.word, e.chain.label, e.chain.status === 'broken' ? 'gr-error' : e.chain.status === 'linked' ? 'gr-ok' : 'gr-warning') },
    ...result.rules.map((r): Column => ({ ...count(`rule:${r.id}`, r.id, (e) => e.rules[r.id] ?? 0), hint: r.description })),
  ];
}

function setCount(td: HTMLTableCellElement, n: number, severity?: string): void {
  td.textContent = String(n);
  td.classList.add('gr-n');
  if (n === 0) td.classList.add('gr-zero');
  else if (severity) td.classList.add(severity);
}

function status(td: HTMLTableCellElement, word: string, label: string, cls: string): void {
  td.textContent = word;
  td.title = label;
  td.classList.add(cls);
}

window.addEventListener('message', (event: MessageEvent<DashboardUpdate>) => {
  if (event.data?.type !== 'audit' || event.data.sequence < sequence) return;
  sequence = event.data.sequence;
  audit = event.data.audit;
  render();
});

let toolbar: { text: HTMLInputElement; year: HTMLSelectElement; problems: HTMLInputElement; status: HTMLElement } | undefined;
let table: HTMLElement | undefined;

function render(): void {
  if (!audit) return;
  root.removeAttribute('aria-busy');
  if (!toolbar) buildToolbar();
  updateYears(audit);
  const cols = columns(audit);
  const rows = visible(audit.reports, cols);
  const message = !audit.checking ? labels.paused : audit.reports.length === 0 ? (audit.scanning ? labels.scanning : labels.none) : '';
  toolbar!.status.textContent = message || (audit.reports.length === 1 ? labels.shownOfOne : labels.shown).replace('{0}', String(rows.length)).replace('{1}', String(audit.reports.length));
  table!.replaceChildren(message ? emptyNote(message) : tableOf(cols, rows));
  vscode.postMessage({ type: 'rendered', sequence, rows: rows.length, columns: cols.map((c) => c.key), sort: `${state.sort}:${state.descending ? 'desc' : 'asc'}` });
}

function buildToolbar(): void {
  const bar = element('div', 'gr-toolbar');
  const text = document.createElement('input');
  text.type = 'search';
  text.id = 'gr-filter';
  text.placeholder = labels.filter;
  text.setAttribute('aria-label', labels.filter);
  text.value = state.text;
  const year = document.createElement('select');
  year.id = 'gr-year';
  year.setAttribute('aria-label', labels.year);
  const problems = document.createElement('input');
  problems.type = 'checkbox';
  problems.id = 'gr-problems';
  problems.checked = state.problemsOnly;
  const problemsLabel = element('label');
  problemsLabel.append(problems, labels.problemsOnly);
  const csv = button(labels.exportCsv, 'gr-export-csv', () => exportShown('csv'));
  const html = button(labels.exportHtml, 'gr-export-html', () => exportShown('html'));
  const status = element('span', 'gr-status');
  status.id = 'gr-status';
  status.setAttribute('role', 'status');
  bar.append(text, year, problemsLabel, csv, html, status);
  table = element('div', 'gr-scroll');
  root.replaceChildren(bar, table);
  toolbar = { text, year, problems, status };
  text.addEventListener('input', () => update({ text: text.value }));
  year.addEventListener('change', () => update({ year: year.value }));
  problems.addEventListener('change', () => update({ problemsOnly: problems.checked }));
}

function updateYears(result: AuditResult): void {
  const years = [...new Set(result.reports.map((r) => r.year).filter((y): y is number => y !== undefined))].sort((a, b) => b - a);
  const select = toolbar!.year;
  const options = [new Option(labels.allYears, ''), ...years.map((y) => new Option(String(y), String(y)))];
  select.replaceChildren(...options);
  select.value = years.map(String).includes(state.year) ? state.year : '';
}

function visible(reports: readonly AuditEntry[], cols: readonly Column[]): AuditEntry[] {
  const needle = state.text.trim().toLowerCase();
  const column = cols.find((c) => c.key === state.sort) ?? cols[3];
  const sign = state.descending ? -1 : 1;
  return reports
    .filter((r) => (!needle || (r.agency ?? '').toLowerCase().includes(needle) || r.path.toLowerCase().includes(needle)) && (!state.year || String(r.year) === state.year) && (!state.problemsOnly || r.counts.error + r.counts.warning > 0))
    .sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return sign * order || a.path.localeCompare(b.path);
    });
}

function tableOf(cols: readonly Column[], rows: readonly AuditEntry[]): HTMLTableElement {
  const t = document.createElement('table');
  t.id = 'gr-table';
  const head = t.createTHead().insertRow();
  for (const c of cols) {
    const th = document.createElement('th');
    th.scope = 'col';
    if (c.key.startsWith('rule:')) th.classList.add('gr-rule');
    if (c.key === state.sort) th.setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
    const sort = button(c.title, '', () => update(state.sort === c.key ? { descending: !state.descending } : { sort: c.key, descending: c.numeric }));
    sort.dataset.key = c.key;
    if (c.hint) sort.title = c.hint;
    th.append(sort);
    head.append(th);
  }
  const body = t.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    tr.tabIndex = 0;
    tr.dataset.uri = r.uri;
    for (const c of cols) c.cell(tr.insertCell(), r);
  }
  return t;
}

function emptyNote(text: string): HTMLElement {
  const p = element('p', 'gr-empty');
  p.textContent = text;
  return p;
}

function update(change: Partial<DashboardState>): void {
  state = { ...state, ...change };
  vscode.setState(state);
  render();
}

function exportShown(format: 'csv' | 'html'): void {
  const rows = table?.querySelectorAll<HTMLTableRowElement>('tbody tr') ?? [];
  vscode.postMessage({ type: 'export', format, uris: [...rows].map((tr) => tr.dataset.uri ?? '') });
}

function openFrom(target: EventTarget | null): boolean {
  const tr = target instanceof Element ? target.closest<HTMLTableRowElement>('tbody tr[data-uri]') : null;
  if (!tr?.dataset.uri) return false;
  vscode.postMessage({ type: 'open', uri: tr.dataset.uri });
  return true;
}

root.addEventListener('click', (event) => {
  if (openFrom(event.target)) event.preventDefault();
});
root.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && openFrom(event.target)) event.preventDefault();
});

function element<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  return el;
}

function button(text: string, id: string, run: () => void): HTMLButtonElement {
  const b = element('button');
  b.type = 'button';
  if (id) b.id = id;
  b.textContent = text;
  b.addEventListener('click', run);
  return b;
}

vscode.postMessage({ type: 'ready' });
