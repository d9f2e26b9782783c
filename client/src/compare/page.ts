import { escapeHtml } from '../../../server/src/engine/render/escape';
import { webviewPage } from '../webview-page';
import { COMPARE_CSS, COMPARE_WEBVIEW_CSS } from '../../../server/src/engine/yearly/compare-styles';
import type { CompareState } from './messages';

/**
 * The comparison webview's page, set once per panel; every update is patched in by
 * postMessage. The CSP allows this page's nonce'd stylesheet and its script from the
 * extension's dist folder, nothing else: no remote content, no inline handlers, no eval.
 */
export interface ComparePageInput {
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly nonce: string;
  readonly lang: 'zh' | 'en';
  readonly loading: string;
  /** Kept by the webview script as its state, for the panel's restoration after a reload. */
  readonly state: CompareState;
}

export function comparePage({ cspSource, scriptUri, nonce, lang, loading, state }: ComparePageInput): string {
  return webviewPage({
    lang,
    csp: ["default-src 'none'", `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}' ${cspSource}`, "base-uri 'none'", "form-action 'none'"],
    nonce,
    css: `${COMPARE_CSS}${COMPARE_WEBVIEW_CSS}`,
    scriptUri,
    data: { state },
    body: `<div id="gr-root" role="main" aria-busy="true">${escapeHtml(loading)}</div>`,
  });
}
