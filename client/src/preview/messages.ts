/**
 * Messages between the preview panel (extension host) and its webview script. Pure types,
 * imported by both sides.
 */

/** Extension → webview. */
export type ToWebview =
  | {
      readonly type: 'update';
      readonly version: number;
      /** The report body fragment from the server (already escaped: report text never becomes markup). */
      readonly html: string;
      readonly counts: { readonly errors: number; readonly warnings: number };
    }
  /** Scroll so that this source line (fractional: between two blocks) is at the top. */
  | { readonly type: 'scrollToLine'; readonly line: number };

/** Webview → extension. */
export type FromWebview =
  /** The webview document (re)loaded: a full reload. Sent once per load. */
  | { readonly type: 'ready' }
  /** The preview was scrolled: this source line is now at its top. */
  | { readonly type: 'scrolled'; readonly line: number }
  /** A marked cell or note was clicked: reveal this range (0-based line, character) in the editor. */
  | { readonly type: 'reveal'; readonly range: readonly [number, number, number, number] }
  /** The update with this version is now on screen (for tests and timing). */
  | { readonly type: 'rendered'; readonly version: number };

/** What the webview keeps across reloads of the window (VS Code's webview state). */
export interface PreviewState {
  readonly documentUri: string;
}

/** Labels of the summary bar, in the editor's language (set once, in the page). */
export interface SummaryLabels {
  readonly errors: string;
  readonly warnings: string;
  readonly clean: string;
  readonly loading: string;
}
