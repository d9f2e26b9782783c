/**
 * Messages between the comparison panel (extension host) and its webview script. Pure types,
 * imported by both sides.
 */

/** Extension → webview: the comparison to show (HTML the server rendered; report text escaped). */
export interface CompareUpdate {
  readonly type: 'update';
  readonly sequence: number;
  readonly html: string;
}

/** Webview → extension. */
export type FromCompareWebview =
  /** The webview page loaded. */
  | { readonly type: 'ready' }
  /** The update with this sequence number is on screen (for tests and timing). */
  | { readonly type: 'rendered'; readonly sequence: number }
  /** A figure, label or paragraph was clicked: open it (0-based line, character) in last year's or this year's report. */
  | { readonly type: 'reveal'; readonly side: 'last' | 'this'; readonly range: readonly [number, number, number, number] };

/**
 * What the webview keeps in its state (vscode.setState) so that VS Code can hand the panel back
 * after a window reload: this year's report, and last year's when the user chose it.
 */
export interface CompareState {
  readonly documentUri: string;
  readonly lastUri?: string;
}
