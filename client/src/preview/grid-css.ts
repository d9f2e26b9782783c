/**
 * The preview's editing grid: the focused cell, the editor laid over it, a figure on its way
 * to the source, the message of a refused entry, the "fill with the sum" button, and the
 * notice over a table that cannot be edited yet. Colours come from the VS Code theme.
 */
export const GRID_CSS = `
.gr-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.gr-table[role="grid"] td[role="gridcell"] { cursor: cell; }
.gr-table[role="grid"] td[role="gridcell"][aria-readonly="true"] { cursor: default; }
.gr-table td[role="gridcell"]:focus { outline: 2px solid var(--vscode-focusBorder, #0078d4); outline-offset: -2px; }
.gr-table td.gr-pending { font-style: italic; opacity: 0.75; }
.gr-editor { position: absolute; z-index: 3; box-sizing: border-box; margin: 0; padding: 0 0.3em; text-align: right; font: inherit; font-family: var(--vscode-editor-font-family, monospace);
  color: var(--vscode-input-foreground); background: var(--vscode-input-background, #fff); border: 2px solid var(--vscode-focusBorder, #0078d4); outline: none; }
.gr-editor.gr-invalid { border-color: var(--vscode-inputValidation-errorBorder, #be1100); }
.gr-tip { position: absolute; z-index: 4; max-width: 28em; padding: 0.3em 0.6em; font-family: var(--vscode-font-family, sans-serif); font-size: var(--vscode-font-size, 13px);
  color: var(--vscode-editorHoverWidget-foreground, inherit); background: var(--vscode-inputValidation-errorBackground, var(--vscode-editorHoverWidget-background, #fff));
  border: 1px solid var(--vscode-inputValidation-errorBorder, #be1100); }
.gr-tip.gr-info { background: var(--vscode-inputValidation-infoBackground, var(--vscode-editorHoverWidget-background, #fff)); border-color: var(--vscode-inputValidation-infoBorder, #1a85ff); }
.gr-fill { position: absolute; z-index: 3; padding: 0 0.4em; font-family: var(--vscode-font-family, sans-serif); font-size: var(--vscode-font-size, 13px); cursor: pointer;
  color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0078d4); border: none; }
.gr-grid-note { margin: 0.3em 0; padding: 0.3em 0.6em; font-family: var(--vscode-font-family, sans-serif); font-size: var(--vscode-font-size, 13px); line-height: 1.5;
  border-left: 3px solid var(--vscode-editorInfo-foreground, #1a85ff); background: var(--vscode-textBlockQuote-background, transparent); }
.gr-action, .gr-summary button { font: inherit; cursor: pointer; color: var(--vscode-button-secondaryForeground, inherit); background: var(--vscode-button-secondaryBackground, transparent);
  border: 1px solid var(--vscode-button-border, var(--vscode-contrastBorder, transparent)); padding: 0.1em 0.6em; }
.gr-summary button { display: inline-flex; gap: 0.3em; align-items: center; background: transparent; border-color: transparent; padding: 0.1em 0.3em; }
.gr-summary button:hover { background: var(--vscode-toolbar-hoverBackground, rgba(128, 128, 128, 0.2)); }
.gr-summary button:focus-visible, .gr-action:focus-visible, .gr-fill:focus-visible { outline: 1px solid var(--vscode-focusBorder, #0078d4); }
@media print { .gr-grid-note, .gr-editor, .gr-tip, .gr-fill { display: none; } }
`;
