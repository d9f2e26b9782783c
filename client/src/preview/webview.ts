/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The script inside the preview webview (bundled to dist/preview.js for the browser). It
 * swaps in the report HTML the extension posts — never reloading the page, so nothing
 * flickers — keeps the scroll position across updates, synchronises scrolling with the editor
 * by the blocks' `data-line`, shows the summary bar (each count jumps to the first problem of
 * its kind), jumps to the source on a double-click anywhere, and runs the editing grid over the
 * statutory tables (grid.ts). It only ever inserts HTML the language server rendered (all report
 * text escaped), and the page's CSP would refuse any script in it anyway.
 */
import { Grid } from './grid';
import type { FromWebview, PreviewLabels, PreviewState, Range4, ToWebview } from './messages';
import { ScrollSync } from './scroll-sync';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('gr-root') as HTMLElement;
const summary = document.getElementById('gr-summary') as HTMLElement;
const labels = JSON.parse(document.body.dataset.labels ?? '{}') as PreviewLabels;
const post = (message: FromWebview) => vscode.postMessage(message);
const grid = new Grid(root, labels, post, document.getElementById('gr-live') as HTMLElement, document.getElementById('gr-desc') as HTMLElement);
const scroll = new ScrollSync(root, summary, (line) => post({ type: 'scrolled', line }));

let shownDocument = document.body.dataset.document ?? '';
let shownVersion = -1;
let first: Extract<ToWebview, { type: 'update' }>['first'] = {};
let shownCounts = '';
// Remembered by VS Code: after a window reload the extension reopens the preview of this report.
if (shownDocument) vscode.setState({ documentUri: shownDocument });

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'update') update(message);
  else if (message.type === 'scrollToLine') scroll.toLine(message.line);
  else if (message.type === 'edited') grid.edited(message);
});

function update(message: Extract<ToWebview, { type: 'update' }>): void {
  const switched = message.documentUri !== shownDocument;
  if (!switched && message.version < shownVersion) return;
  if (switched) {
    // The preview follows another report now: its versions start afresh, and the top is where to start reading.
    shownDocument = message.documentUri;
    vscode.setState({ documentUri: shownDocument });
    grid.reset();
  }
  shownVersion = message.version;
  first = message.first;
  // Keep the reader where they were: the same source line at the top after the swap.
  const anchor = !switched && root.childElementCount > 0 ? scroll.topLine() : undefined;
  const hadFocus = grid.hasFocus();
  root.innerHTML = message.html;
  for (const el of root.querySelectorAll<HTMLElement>('.gr-note[data-range]')) {
    el.tabIndex = 0;
    el.setAttribute('role', 'button');
  }
  if (anchor !== undefined) scroll.toLine(anchor);
  else if (switched) window.scrollTo(0, 0);
  grid.updated(message.version, hadFocus);
  renderSummary(message.counts);
  post({ type: 'rendered', documentUri: message.documentUri, version: message.version });
}

function renderSummary(counts: { errors: number; warnings: number }): void {
  // Rewritten only when the counts change: the bar is a live region, and the same words should not be announced after every keystroke.
  const key = `${counts.errors}/${counts.warnings}/${first.error?.join()}/${first.warning?.join()}`;
  if (key === shownCounts) return;
  shownCounts = key;
  summary.textContent = '';
  const item = (n: number, one: string, other: string, severity: 'error' | 'warning', symbol: string, title: string, range: Range4 | undefined) => {
    const el = document.createElement(n > 0 && range ? 'button' : 'span');
    el.className = `gr-count gr-${severity}`;
    const mark = document.createElement('span');
    mark.className = `gr-mark gr-${severity}`;
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = symbol;
    el.append(mark, (n === 1 ? one : other).replace('{0}', String(n)));
    if (el instanceof HTMLButtonElement && range) {
      el.type = 'button';
      el.title = title;
      el.addEventListener('click', () => jumpToFirst(severity, range));
    }
    summary.append(el);
  };
  item(counts.errors, labels.errorOne, labels.errorOther, 'error', '✖', labels.firstError, first.error);
  item(counts.warnings, labels.warningOne, labels.warningOther, 'warning', '▲', labels.firstWarning, first.warning);
  if (counts.errors === 0 && counts.warnings === 0) {
    const ok = document.createElement('span');
    ok.className = 'gr-ok';
    ok.textContent = labels.clean;
    summary.append(ok);
  }
}

/** The summary bar's counts: the first problem of that kind, in the source and in the preview. */
function jumpToFirst(severity: 'error' | 'warning', range: Range4): void {
  post({ type: 'reveal', range });
  const marked = root.querySelector<HTMLElement>(`[data-range="${range.join(',')}"]`) ?? root.querySelector<HTMLElement>(`.gr-marked.gr-${severity}`);
  marked?.scrollIntoView({ block: 'center' });
}

function rangeOf(el: HTMLElement | null | undefined): Range4 | undefined {
  if (!el?.dataset.range) return undefined;
  const [a, b, c, d] = el.dataset.range.split(',').map(Number);
  return [a, b, c, d];
}

/** A note in the problem lists above tables: a click (or Enter) shows it in the source. */
function revealNote(target: EventTarget | null): boolean {
  const range = target instanceof Element ? rangeOf(target.closest<HTMLElement>('.gr-note[data-range], mark.gr-marked[data-range], .gr-marked[data-range]:not(td)')) : undefined;
  if (range) post({ type: 'reveal', range });
  return range !== undefined;
}

document.addEventListener('click', (event) => {
  const action = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.gr-action[data-action]') : null;
  if (action) post({ type: 'tableAction', action: action.dataset.action === 'insert' ? 'insert' : 'convert', line: Number(action.dataset.line ?? 0) });
  else if (revealNote(event.target)) event.preventDefault();
});
document.addEventListener('keydown', (event) => {
  if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof Element && event.target.matches('.gr-note[data-range]') && revealNote(event.target)) event.preventDefault();
});

/** Double-click anywhere: that place in the source (the cell's own text, else the block's line). */
document.addEventListener('dblclick', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const el = target?.closest<HTMLElement>('[data-range]') ?? (target?.classList.contains('gr-editor') ? grid.editingCell() : undefined);
  const range = rangeOf(el);
  if (range) return post({ type: 'reveal', range });
  const block = target?.closest<HTMLElement>('[data-line]');
  const line = block ? Number(block.dataset.line) : Math.floor(scroll.topLine());
  post({ type: 'reveal', range: [line, 0, line, 0] });
});

post({ type: 'ready' });
