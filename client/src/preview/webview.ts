/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The script inside the preview webview (bundled to dist/preview.js for the browser). It
 * swaps in the report HTML the extension posts — never reloading the page, so nothing
 * flickers — keeps the scroll position across updates, synchronises scrolling with the editor
 * by the blocks' `data-line`, shows the summary bar, and sends clicks on marked cells back to
 * the editor. It only ever inserts HTML the language server rendered (all report text escaped),
 * and the page's CSP would refuse any script in it anyway.
 */
import type { FromWebview, PreviewState, SummaryLabels, ToWebview } from './messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('gr-root') as HTMLElement;
const summary = document.getElementById('gr-summary') as HTMLElement;
const labels = JSON.parse(document.body.dataset.labels ?? '{}') as SummaryLabels;
// Remembered by VS Code: after a window reload the extension reopens the preview of this report.
if (document.body.dataset.document) vscode.setState({ documentUri: document.body.dataset.document });

let shownVersion = -1;
/** Until this time, scroll events are ours (programmatic), not the user's: do not echo them to the editor. */
let ignoreScrollUntil = 0;

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'update') update(message.version, message.html, message.counts);
  else if (message.type === 'scrollToLine') scrollToLine(message.line);
});

function update(version: number, html: string, counts: { errors: number; warnings: number }): void {
  if (version < shownVersion) return;
  shownVersion = version;
  // Keep the reader where they were: the same source line at the top after the swap.
  const anchor = root.childElementCount > 0 ? topLine() : undefined;
  root.innerHTML = html;
  for (const el of root.querySelectorAll<HTMLElement>('.gr-marked[data-range]')) {
    el.tabIndex = 0;
    el.setAttribute('role', 'button');
  }
  if (anchor !== undefined) scrollToLine(anchor);
  renderSummary(counts);
  vscode.postMessage({ type: 'rendered', version });
}

function renderSummary(counts: { errors: number; warnings: number }): void {
  summary.textContent = '';
  const item = (n: number, label: string, severity: 'error' | 'warning', symbol: string) => {
    const span = document.createElement('span');
    span.className = `gr-count gr-${severity}`;
    const mark = document.createElement('span');
    mark.className = `gr-mark gr-${severity}`;
    mark.textContent = symbol;
    span.append(mark, `${n} ${label}`);
    summary.append(span);
  };
  item(counts.errors, labels.errors, 'error', '✖');
  item(counts.warnings, labels.warnings, 'warning', '▲');
  if (counts.errors === 0 && counts.warnings === 0) {
    const ok = document.createElement('span');
    ok.className = 'gr-ok';
    ok.textContent = labels.clean;
    summary.append(ok);
  }
}

/** Elements that carry a source line, in document order, with their line. */
function lineElements(): { el: HTMLElement; line: number }[] {
  const out: { el: HTMLElement; line: number }[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('[data-line]')) {
    if (el.tagName === 'TD' || el.tagName === 'TH' || el.offsetParent === null) continue;
    out.push({ el, line: Number(el.dataset.line) });
  }
  return out;
}

const pageTop = (el: HTMLElement) => el.getBoundingClientRect().top + window.scrollY;
const barHeight = () => summary.getBoundingClientRect().height;

/** Scrolls so that `line` (fractional) is at the top, interpolating between the blocks around it. */
function scrollToLine(line: number): void {
  const items = lineElements();
  if (items.length === 0) return;
  let before = items[0];
  let after: (typeof items)[number] | undefined;
  for (const item of items) {
    if (item.line <= line) before = item;
    else {
      after = item;
      break;
    }
  }
  let y = pageTop(before.el);
  if (after && after.line > before.line) {
    const fraction = Math.min(1, Math.max(0, (line - before.line) / (after.line - before.line)));
    y += (pageTop(after.el) - y) * fraction;
  }
  ignoreScrollUntil = Date.now() + 150;
  window.scrollTo(0, Math.max(0, y - barHeight()));
}

/** The source line at the top of the view (fractional), from the blocks around it. */
function topLine(): number {
  const items = lineElements();
  const top = window.scrollY + barHeight();
  let before = items[0];
  for (let i = 0; i < items.length; i++) {
    const y = pageTop(items[i].el);
    if (y > top) {
      if (!before || i === 0) return items[i].line;
      const y0 = pageTop(before.el);
      return before.line + ((top - y0) / Math.max(1, y - y0)) * (items[i].line - before.line);
    }
    before = items[i];
  }
  return before?.line ?? 0;
}

let scrollFrame = 0;
window.addEventListener('scroll', () => {
  if (Date.now() < ignoreScrollUntil || scrollFrame) return;
  scrollFrame = requestAnimationFrame(() => {
    scrollFrame = 0;
    vscode.postMessage({ type: 'scrolled', line: topLine() });
  });
});

function revealFrom(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target.closest<HTMLElement>('.gr-marked[data-range]') : null;
  if (!el?.dataset.range) return false;
  const [a, b, c, d] = el.dataset.range.split(',').map(Number);
  vscode.postMessage({ type: 'reveal', range: [a, b, c, d] });
  return true;
}

document.addEventListener('click', (event) => {
  if (revealFrom(event.target)) event.preventDefault();
});
document.addEventListener('keydown', (event) => {
  if ((event.key === 'Enter' || event.key === ' ') && revealFrom(event.target)) event.preventDefault();
});

vscode.postMessage({ type: 'ready' });
