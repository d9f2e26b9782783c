import { escapeHtml } from '../../../server/src/engine/render/escape';
import { webviewPage } from '../webview-page';
import type { DashboardLabels } from './dashboard-messages';

/**
 * The dashboard's page, set once per panel; the audit is patched in by postMessage. The CSP
 * allows this page's nonce'd stylesheet and its script from the extension's dist folder,
 * nothing else: no remote content, no inline handlers, no eval. Colours are VS Code's theme
 * variables, so the page follows the theme.
 */
export interface DashboardPageInput {
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly nonce: string;
  readonly lang: 'zh' | 'en';
  readonly labels: DashboardLabels;
}

export const DASHBOARD_CSS = `
body { margin: 0; padding: 0.8em 1.2em 2em; background: var(--vscode-editor-background); color: var(--vscode-editor-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size, 13px); }
h1 { font-size: 1.3em; font-weight: 600; margin: 0 0 0.6em; }
.gr-toolbar { display: flex; flex-wrap: wrap; gap: 0.6em 1em; align-items: center; margin: 0 0 0.8em; }
.gr-toolbar input[type=search], .gr-toolbar select { background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, transparent); padding: 0.25em 0.4em; font: inherit; }
.gr-toolbar input[type=search] { min-width: 16em; }
.gr-toolbar label { display: inline-flex; gap: 0.35em; align-items: center; cursor: pointer; }
.gr-toolbar button { background: var(--vscode-button-secondaryBackground, var(--vscode-button-background)); color: var(--vscode-button-secondaryForeground, var(--vscode-button-foreground)); border: none; padding: 0.3em 0.8em; font: inherit; cursor: pointer; }
.gr-toolbar button:hover { background: var(--vscode-button-secondaryHoverBackground, var(--vscode-button-hoverBackground)); }
.gr-status { opacity: 0.85; margin-left: auto; }
.gr-scroll { overflow: auto; max-height: calc(100vh - 8em); }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--vscode-editorWidget-border, rgba(128, 128, 128, 0.35)); padding: 0.25em 0.6em; text-align: left; white-space: nowrap; }
thead th { position: sticky; top: 0; background: var(--vscode-editor-background); z-index: 1; }
thead th button { all: unset; cursor: pointer; font-weight: 600; }
thead th button:focus-visible, tbody tr:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
thead th[aria-sort=ascending] button::after { content: ' ▲'; }
thead th[aria-sort=descending] button::after { content: ' ▼'; }
th.gr-rule button { font-family: var(--vscode-editor-font-family, monospace); font-weight: 400; font-size: 0.9em; }
td.gr-n { text-align: right; }
td.gr-zero { opacity: 0.45; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: var(--vscode-list-hoverBackground); }
.gr-error { color: var(--vscode-editorError-foreground, #e51400); font-weight: 600; }
.gr-warning { color: var(--vscode-editorWarning-foreground, #bf8803); font-weight: 600; }
.gr-ok { color: var(--vscode-testing-iconPassed, #73c991); }
.gr-file { opacity: 0.8; font-size: 0.92em; }
.gr-empty { padding: 1em 0; opacity: 0.85; }
`;

export function dashboardPage({ cspSource, scriptUri, nonce, lang, labels }: DashboardPageInput): string {
  return webviewPage({
    lang,
    csp: ["default-src 'none'", `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}' ${cspSource}`, "base-uri 'none'", "form-action 'none'"],
    nonce,
    css: DASHBOARD_CSS,
    scriptUri,
    data: { labels },
    body: `<h1>${escapeHtml(labels.title)}</h1>
<div id="gr-dashboard" role="main" aria-busy="true">${escapeHtml(labels.loading)}</div>`,
  });
}
