/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The script inside the comparison webview (bundled to dist/compare.js). It swaps in the HTML
 * the extension posts — rendered by the language server, every piece of report text escaped —
 * keeping the scroll position and the "only changed figures" choice, and turns every element
 * that names a place in a report (`data-side`, `data-range`) into a link back to it.
 */
import type { CompareState, CompareUpdate, FromCompareWebview } from './messages';

interface VsCodeApi {
  postMessage(message: FromCompareWebview): void;
  setState(state: CompareState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('gr-root') as HTMLElement;
// VS Code keeps this with the panel: after a window reload it gives it back to restore the comparison.
if (document.body.dataset.state) vscode.setState(JSON.parse(document.body.dataset.state) as CompareState);
let shown = -1;

window.addEventListener('message', (event: MessageEvent<CompareUpdate>) => {
  const message = event.data;
  if (message?.type !== 'update' || message.sequence < shown) return;
  shown = message.sequence;
  const onlyChanged = document.querySelector<HTMLInputElement>('#gr-cmp-only-changed')?.checked ?? false;
  const scroll = window.scrollY;
  root.innerHTML = message.html;
  root.removeAttribute('aria-busy');
  const toggle = document.querySelector<HTMLInputElement>('#gr-cmp-only-changed');
  if (toggle) toggle.checked = onlyChanged;
  for (const el of root.querySelectorAll<HTMLElement>('.gr-src[data-range]')) {
    el.tabIndex = 0;
    el.setAttribute('role', 'link');
  }
  window.scrollTo(0, scroll);
  vscode.postMessage({ type: 'rendered', sequence: message.sequence });
});

function reveal(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target.closest<HTMLElement>('.gr-src[data-range][data-side]') : null;
  const side = el?.dataset.side;
  if (!el?.dataset.range || (side !== 'last' && side !== 'this')) return false;
  const [a, b, c, d] = el.dataset.range.split(',').map(Number);
  vscode.postMessage({ type: 'reveal', side, range: [a, b, c, d] });
  return true;
}

document.addEventListener('click', (event) => {
  if (reveal(event.target)) event.preventDefault();
});
document.addEventListener('keydown', (event) => {
  if ((event.key === 'Enter' || event.key === ' ') && reveal(event.target)) event.preventDefault();
});

vscode.postMessage({ type: 'ready' });
