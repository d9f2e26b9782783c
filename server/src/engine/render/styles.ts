/**
 * Stylesheets. REPORT_CSS is the report itself (shared by the preview and the standalone page);
 * its colours are custom properties that PAGE_CSS sets for paper and PREVIEW_CSS maps to the
 * VS Code theme. Fonts are ones found on Chinese Windows (仿宋, 黑体, 楷体, 宋体), macOS and
 * Linux (Noto CJK), with the generic family last: nothing is downloaded.
 *
 * Typography follows 党政机关公文格式 (GB/T 9704): title in 小标宋 二号, body 仿宋 三号 with a
 * two-character indent, section headings 黑体, sub-headings 楷体; tables in 宋体 五号.
 */

const SERIF = `'FangSong', 'STFangsong', 'FangSong_GB2312', 'SimSun', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', serif`;
const TITLE = `'FZXiaoBiaoSong-B05S', 'STZhongsong', 'SimSun', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', serif`;
const SANS = `'SimHei', 'Heiti SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif`;
const KAI = `'KaiTi', 'STKaiti', 'Kaiti SC', 'Noto Serif CJK SC', serif`;
const TABLE = `'SimSun', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', serif`;
const SYMBOL = `'Segoe UI Symbol', 'DejaVu Sans', sans-serif`;

export const REPORT_CSS = `
.gr-report { font-family: ${SERIF}; font-size: var(--gr-size, 16pt); line-height: 1.75; color: var(--gr-fg); }
.gr-report p { margin: 0; text-indent: 2em; text-align: justify; }
.gr-report .gr-title { font-family: ${TITLE}; font-size: 1.375em; font-weight: 700; text-align: center; line-height: 1.5; margin: 0 0 1em; }
.gr-report .gr-section { font-family: ${SANS}; font-size: 1em; font-weight: 400; text-indent: 2em; margin: 0.5em 0 0; }
.gr-report .gr-subsection { font-family: ${KAI}; font-size: 1em; font-weight: 700; text-indent: 2em; margin: 0; }
.gr-report a { color: var(--gr-link); }
.gr-report ul, .gr-report ol { margin: 0; padding-left: 4em; }
.gr-report pre, .gr-report code { font-family: monospace; font-size: 0.85em; white-space: pre-wrap; }
.gr-report blockquote { margin: 0 0 0 2em; }
.gr-prose table { border-collapse: collapse; margin: 0.5em auto; font-family: ${TABLE}; font-size: 0.66em; line-height: 1.4; }
.gr-prose th, .gr-prose td { border: 1px solid var(--gr-border); padding: 0.2em 0.4em; }
.gr-table-block { margin: 0.5em 0 1em; }
.gr-table { width: 100%; table-layout: fixed; border-collapse: collapse; font-family: ${TABLE}; font-size: 0.66em; line-height: 1.4; }
.gr-table th, .gr-table td { border: 1px solid var(--gr-border); padding: 0.25em 0.3em; vertical-align: middle; text-align: center; font-weight: 400; overflow-wrap: anywhere; }
.gr-table th.gr-label[scope="row"] { text-align: left; }
.gr-table th.gr-vertical { writing-mode: vertical-rl; text-orientation: mixed; padding: 0.4em 0; }
.gr-table th.gr-caption { text-align: left; font-weight: 700; }
.gr-table th.gr-note { font-size: 0.9em; }
.gr-table td.gr-figure { font-variant-numeric: tabular-nums; }
.gr-table tr { break-inside: avoid; }
.gr-signature { margin-top: 2em; text-align: right; padding-right: 2em; }
.gr-signature p { text-indent: 0; text-align: right; }
.gr-marked.gr-error { outline: 2px solid var(--gr-error); outline-offset: -2px; background: var(--gr-error-bg); }
.gr-marked.gr-warning { outline: 2px dashed var(--gr-warning); outline-offset: -2px; background: var(--gr-warning-bg); }
.gr-marked.gr-info { outline: 1px dotted var(--gr-info); outline-offset: -1px; }
mark.gr-inline { color: inherit; padding: 0 0.1em; border-radius: 2px; cursor: pointer; }
.gr-mark { font-family: ${SYMBOL}; font-size: 0.8em; font-weight: 700; text-indent: 0; margin-right: 0.2em; }
.gr-mark.gr-error { color: var(--gr-error); }
.gr-mark.gr-warning { color: var(--gr-warning); }
.gr-mark.gr-info { color: var(--gr-info); }
.gr-notes, .gr-doc-notes { list-style: none; margin: 0.3em 0; padding: 0; font-size: 0.7em; line-height: 1.5; }
.gr-note { padding: 0.1em 0.4em; margin: 0.15em 0; }
.gr-rule { opacity: 0.7; }
@media print {
  .gr-mark, .gr-notes, .gr-doc-notes { display: none; }
  .gr-marked { outline: none !important; background: none !important; }
}
`;

/** The standalone page: black on white paper, A4 with the official margins. */
export const PAGE_CSS = `
:root { --gr-fg: #000; --gr-border: #000; --gr-link: #0b4ea2; --gr-error: #b00020; --gr-error-bg: #fde7ea; --gr-warning: #8a5300; --gr-warning-bg: #fff3d6; --gr-info: #1f5fbf; }
html { background: #e8e8e8; }
body { margin: 0; }
.gr-paper { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 37mm 26mm 35mm 28mm; background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@media print {
  html { background: none; }
  .gr-paper { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
`;

/** The preview webview: the report in the editor's theme, with a summary bar. */
export const PREVIEW_CSS = `
body { margin: 0; padding: 0; background: var(--vscode-editor-background); color: var(--vscode-editor-foreground); }
.gr-report { --gr-size: 15px; --gr-fg: var(--vscode-editor-foreground); --gr-border: var(--vscode-editorWidget-border, var(--vscode-panel-border, currentColor));
  --gr-link: var(--vscode-textLink-foreground); --gr-error: var(--vscode-editorError-foreground, #e51400); --gr-warning: var(--vscode-editorWarning-foreground, #bf8803);
  --gr-info: var(--vscode-editorInfo-foreground, #1a85ff); --gr-error-bg: rgba(229, 20, 0, 0.12); --gr-warning-bg: rgba(191, 136, 3, 0.14);
  max-width: 60em; margin: 0 auto; padding: 1em 2em 4em; }
.gr-table td.gr-marked, .gr-table th.gr-marked, .gr-note { cursor: pointer; }
body.vscode-high-contrast .gr-report, body.vscode-high-contrast-light .gr-report { --gr-border: var(--vscode-contrastBorder, currentColor); --gr-error-bg: transparent; --gr-warning-bg: transparent; }
body.vscode-high-contrast .gr-marked, body.vscode-high-contrast-light .gr-marked { outline-width: 3px; }
.gr-summary { position: sticky; top: 0; z-index: 1; display: flex; gap: 1.2em; align-items: center; padding: 0.3em 1em; font-family: var(--vscode-font-family, sans-serif); font-size: var(--vscode-font-size, 13px);
  background: var(--vscode-editorWidget-background, var(--vscode-editor-background, Canvas)); border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, transparent)); }
.gr-summary .gr-count { display: inline-flex; gap: 0.3em; align-items: center; }
.gr-summary .gr-count.gr-error .gr-mark { color: var(--vscode-editorError-foreground, #e51400); }
.gr-summary .gr-count.gr-warning .gr-mark { color: var(--vscode-editorWarning-foreground, #bf8803); }
.gr-summary .gr-ok { opacity: 0.8; }
`;
