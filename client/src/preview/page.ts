import { escapeHtml } from '../../../server/src/engine/render/escape';
import { webviewPage } from '../webview-page';
import { PREVIEW_CSS, REPORT_CSS } from '../../../server/src/engine/render/styles';
import { GRID_CSS } from './grid-css';
import type { PreviewLabels } from './messages';

/**
 * The preview webview's page, set once per panel (and again when the UI language changes):
 * everything after is patched in by postMessage. The CSP allows only this page's nonce'd
 * stylesheet and script (the script from the extension's dist folder) and images from the
 * extension or data: URLs; nothing remote, no inline handlers, no eval.
 */
export interface PageInput {
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly nonce: string;
  readonly labels: PreviewLabels;
  /** The report shown, kept in the webview's state so the panel can be restored after a reload. */
  readonly documentUri: string;
}

export function previewPage({ cspSource, scriptUri, nonce, labels, documentUri }: PageInput): string {
  return webviewPage({
    lang: labels.lang,
    csp: [
      "default-src 'none'",
      `style-src ${cspSource} 'nonce-${nonce}'`,
      `script-src 'nonce-${nonce}'`,
      `img-src ${cspSource} data:`,
      `font-src ${cspSource}`,
      "base-uri 'none'",
      "form-action 'none'",
    ],
    nonce,
    css: `${REPORT_CSS}${PREVIEW_CSS}${GRID_CSS}`,
    scriptUri,
    data: { labels, document: documentUri },
    body: `<div class="gr-summary" id="gr-summary" role="status" aria-live="polite">${escapeHtml(labels.loading)}</div>
<div id="gr-root"></div>
<div id="gr-live" class="gr-sr" aria-live="assertive" aria-atomic="true"></div>
<div id="gr-desc" class="gr-sr"></div>`,
  });
}
