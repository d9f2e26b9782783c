/**
 * Stylesheets of the comparison. COMPARE_CSS lays it out with colours as custom properties;
 * COMPARE_PAGE_CSS sets them for the standalone page (light, printable), COMPARE_WEBVIEW_CSS
 * maps them to the VS Code theme. Nothing is downloaded: system fonts only.
 */

const SANS = `system-ui, 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif`;

export const COMPARE_CSS = `
.gr-compare { font-family: var(--gr-font, ${SANS}); font-size: var(--gr-size, 14px); line-height: 1.6; color: var(--gr-fg); max-width: 72em; margin: 0 auto; padding: 1em 1.5em 3em; }
.gr-compare h1 { font-size: 1.4em; margin: 0 0 0.3em; }
.gr-compare h2 { font-size: 1.15em; margin: 1.5em 0 0.5em; border-bottom: 1px solid var(--gr-border); padding-bottom: 0.2em; }
.gr-compare h3 { font-size: 1em; margin: 1.2em 0 0.4em; }
.gr-cmp-summary { margin: 0 0 0.8em; opacity: 0.9; }
.gr-cmp-toggle-label { display: inline-flex; gap: 0.4em; align-items: center; cursor: pointer; user-select: none; }
.gr-cmp-table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 1em; font-variant-numeric: tabular-nums; }
.gr-cmp-table caption { text-align: left; font-weight: 700; padding: 0.3em 0; }
.gr-cmp-table th, .gr-cmp-table td { border-bottom: 1px solid var(--gr-border); padding: 0.15em 0.5em; text-align: left; vertical-align: top; font-weight: 400; }
.gr-cmp-table thead th { font-weight: 700; }
.gr-cmp-table td.gr-num, .gr-cmp-table th.gr-num { text-align: right; white-space: nowrap; }
.gr-cmp-table tr.gr-cmp-row th { font-weight: 700; padding-top: 0.5em; }
.gr-cmp-table tr.gr-cmp-group th { font-style: italic; opacity: 0.85; }
.gr-cmp-table td.gr-col { padding-left: 1.5em; }
.gr-cmp-fig.gr-changed td.gr-this { font-weight: 700; }
.gr-cmp-fig.gr-large { background: var(--gr-large-bg); }
.gr-cmp-fig.gr-large td.gr-delta, .gr-cmp-fig.gr-large td.gr-pct { color: var(--gr-large); font-weight: 700; }
.gr-cmp-fig .gr-flag { color: var(--gr-large); margin-right: 0.2em; }
.gr-links { font-weight: 400; font-size: 0.85em; margin-left: 0.6em; white-space: nowrap; }
.gr-links .gr-src { margin-right: 0.6em; }
.gr-finding td { padding-left: 1.5em; font-size: 0.9em; }
.gr-finding.gr-error td { color: var(--gr-error); }
.gr-finding.gr-warning td { color: var(--gr-warning); }
.gr-finding.gr-info td, .gr-finding.gr-hint td { color: var(--gr-info); }
.gr-rule { opacity: 0.7; }
.gr-cmp-section .gr-badge, .gr-cmp-para .gr-badge { font-size: 0.8em; font-weight: 400; border: 1px solid var(--gr-border); border-radius: 3px; padding: 0 0.4em; margin-left: 0.5em; }
.gr-cmp-section.gr-unchanged .gr-badge, .gr-cmp-para.gr-same .gr-badge { color: var(--gr-warning); border-color: var(--gr-warning); }
.gr-cmp-para { margin: 0.4em 0 0.8em; padding: 0.3em 0.6em; border-left: 3px solid var(--gr-border); }
.gr-cmp-para.gr-same { border-left-color: var(--gr-warning); }
.gr-cmp-para.gr-changed { border-left-color: var(--gr-info); }
.gr-cmp-para.gr-added { border-left-color: var(--gr-ins); }
.gr-cmp-para.gr-removed { border-left-color: var(--gr-del); }
.gr-cmp-para p { margin: 0.2em 0; }
.gr-cmp-para ul { margin: 0.2em 0; padding-left: 1.2em; }
.gr-cmp-para .gr-meta { font-size: 0.85em; opacity: 0.85; }
.gr-compare del { background: var(--gr-del-bg); color: inherit; text-decoration: line-through; }
.gr-compare ins { background: var(--gr-ins-bg); color: inherit; text-decoration: none; }
#gr-cmp-only-changed:checked ~ .gr-cmp-figures .gr-unchanged { display: none; }
@media print { .gr-cmp-toggle, .gr-cmp-toggle-label { display: none; } .gr-cmp-fig, .gr-cmp-para { break-inside: avoid; } }
`;

/** The standalone page: dark text on white, usable on paper. */
export const COMPARE_PAGE_CSS = `
:root { --gr-fg: #1b1b1b; --gr-border: #c8c8c8; --gr-large: #a4262c; --gr-large-bg: #fdf1e6; --gr-error: #b00020;
  --gr-warning: #8a5300; --gr-info: #1f5fbf; --gr-ins: #2e7d32; --gr-del: #c62828; --gr-ins-bg: #d8f0d8; --gr-del-bg: #f8d7da; }
body { margin: 0; background: #fff; }
`;

/** The editor's comparison view: the colours of the current VS Code theme. */
export const COMPARE_WEBVIEW_CSS = `
body { margin: 0; padding: 0; background: var(--vscode-editor-background); color: var(--vscode-editor-foreground); }
.gr-compare { --gr-font: var(--vscode-font-family); --gr-size: var(--vscode-font-size, 13px); --gr-fg: var(--vscode-editor-foreground);
  --gr-border: var(--vscode-editorWidget-border, var(--vscode-panel-border, rgba(128, 128, 128, 0.35)));
  --gr-large: var(--vscode-editorWarning-foreground, #bf8803); --gr-large-bg: var(--vscode-diffEditor-unchangedRegionBackground, rgba(191, 136, 3, 0.12));
  --gr-error: var(--vscode-editorError-foreground, #e51400); --gr-warning: var(--vscode-editorWarning-foreground, #bf8803); --gr-info: var(--vscode-editorInfo-foreground, #1a85ff);
  --gr-ins: var(--vscode-gitDecoration-addedResourceForeground, #81b88b); --gr-del: var(--vscode-gitDecoration-deletedResourceForeground, #c74e39);
  --gr-ins-bg: var(--vscode-diffEditor-insertedTextBackground, rgba(156, 204, 44, 0.25)); --gr-del-bg: var(--vscode-diffEditor-removedTextBackground, rgba(255, 0, 0, 0.2)); }
.gr-src { cursor: pointer; color: var(--vscode-textLink-foreground); border-bottom: 1px dotted currentColor; }
.gr-src:hover { color: var(--vscode-textLink-activeForeground); }
.gr-src:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
body.vscode-high-contrast .gr-compare, body.vscode-high-contrast-light .gr-compare { --gr-border: var(--vscode-contrastBorder, currentColor); --gr-large-bg: transparent; }
body.vscode-high-contrast .gr-cmp-fig.gr-large, body.vscode-high-contrast-light .gr-cmp-fig.gr-large { outline: 1px dashed var(--vscode-contrastActiveBorder, currentColor); }
`;
