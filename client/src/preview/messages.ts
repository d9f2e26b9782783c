/**
 * Messages between the preview panel (extension host) and its webview script. Pure types,
 * imported by both sides.
 */

/** A range as [start line, start character, end line, end character] (0-based). */
export type Range4 = readonly [number, number, number, number];

/** A figure cell by its place in the format (the grid's cell identity, stable across versions). */
export interface CellAddress {
  readonly table: string;
  readonly row: string;
  readonly column: string;
}

/** Extension → webview. */
export type ToWebview =
  | {
      readonly type: 'update';
      /** The document shown: versions of different documents are not comparable. */
      readonly documentUri: string;
      readonly version: number;
      /** The report body fragment from the server (already escaped: report text never becomes markup). */
      readonly html: string;
      readonly counts: { readonly errors: number; readonly warnings: number };
      /** Where the first error and warning are, for the summary bar. */
      readonly first: { readonly error?: Range4; readonly warning?: Range4 };
    }
  /** Scroll so that this source line (fractional: between two blocks) is at the top. */
  | { readonly type: 'scrollToLine'; readonly line: number }
  /**
   * What became of an edit the grid sent: written (the document reaches `version` with it), or
   * refused with the reason (the grid shows it on the cell and keeps the entry for correction).
   */
  | { readonly type: 'edited'; readonly id: number; readonly ok: true; readonly version: number; readonly text: string }
  | { readonly type: 'edited'; readonly id: number; readonly ok: false; readonly reason: string };

/** Webview → extension. */
export type FromWebview =
  /** The webview document (re)loaded: a full reload. Sent once per load. */
  | { readonly type: 'ready' }
  /** The preview was scrolled: this source line is now at its top. */
  | { readonly type: 'scrolled'; readonly line: number }
  /** Show this range of the source in the editor (a marked cell, a note, the summary bar, a double-click). */
  | { readonly type: 'reveal'; readonly range: Range4 }
  /**
   * The update with this version of this document is now on screen (for tests and timing). The
   * document is named: an update in flight when the preview moved to another report is rendered
   * after the move, and its version says nothing of the new report's.
   */
  | { readonly type: 'rendered'; readonly documentUri: string; readonly version: number }
  /** Write a figure: what was typed (empty clears), or the value the cell's equation computes. */
  | { readonly type: 'editCell'; readonly id: number; readonly cell: CellAddress; readonly input: { readonly text: string } | { readonly fill: 'sum' } }
  /** A read-only table's button: convert the pasted tables, or insert the missing table (at its section's line). */
  | { readonly type: 'tableAction'; readonly action: 'convert' | 'insert'; readonly line: number };

/** What the webview keeps across reloads of the window (VS Code's webview state). */
export interface PreviewState {
  readonly documentUri: string;
}

/**
 * The preview's own text, in the language of `govreport.language`, set in the page. Counts have
 * both forms ("1 error", "2 errors"); `{0}` holes are filled by the webview.
 */
export interface PreviewLabels {
  readonly lang: 'zh' | 'en';
  readonly errorOne: string;
  readonly errorOther: string;
  readonly warningOne: string;
  readonly warningOther: string;
  readonly clean: string;
  readonly loading: string;
  /** Title of a count in the summary bar: "Go to the first error". */
  readonly firstError: string;
  readonly firstWarning: string;
  /** The grid's hint, announced with a cell: "Enter to edit, Escape to cancel". */
  readonly editHint: string;
  /** "Fill with the sum: {0}" and its key. */
  readonly fill: string;
  /** Announced after a commit: "{0} written", "Cell cleared". */
  readonly written: string;
  readonly cleared: string;
  /** Prefix of a refusal: "Not written: {0}". */
  readonly refused: string;
  /** The editor's accessible name: "Edit {0}". */
  readonly editLabel: string;
}
