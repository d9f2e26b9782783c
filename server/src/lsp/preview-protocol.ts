/**
 * The custom LSP request behind the preview pane. Pure declarations (no imports), shared by
 * the server handler (preview.ts) and the client's PreviewManager, so the method name and the
 * shapes are written once.
 */

/** `govreport/preview`: the report as it will be published, as an HTML fragment, for an open document. */
export const PREVIEW_REQUEST = 'govreport/preview';

export interface PreviewParams {
  readonly uri: string;
  /** The version the client has; informational (the server answers for the version it holds). */
  readonly version?: number;
  /** Language of the marks' tooltips; default zh. */
  readonly lang?: 'zh' | 'en';
}

export interface PreviewResult {
  /** Version of the document the HTML was made from: the client never shows an older one after a newer. */
  readonly version: number;
  /** The body fragment (an `<article>`): every block with `data-line`, marked cells with `data-range`. */
  readonly html: string;
  readonly counts: { readonly errors: number; readonly warnings: number };
  /** Source lines that start a block, ascending (what scroll synchronisation can land on). */
  readonly lineMap?: readonly number[];
  /** Where the first error and the first warning are (the summary bar jumps there). */
  readonly first?: { readonly error?: LspRange; readonly warning?: LspRange };
}

/** An LSP range (0-based line and UTF-16 character). */
export interface LspRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

/**
 * `govreport/editCell`: the edit that writes one figure of a statutory table (the preview's
 * grid). The cell is named by table, row and column ids; the server checks the input and
 * answers the one-cell edit against the version it holds, or why the input is refused.
 */
export const EDIT_CELL_REQUEST = 'govreport/editCell';

export interface EditCellParams {
  readonly uri: string;
  readonly cell: { readonly table: string; readonly row: string; readonly column: string };
  /** The text typed (empty clears the cell), or `fill: 'sum'` for the value the cell's equation computes. */
  readonly input: { readonly text: string } | { readonly fill: 'sum' };
}

export type EditCellResult =
  | {
      readonly ok: true;
      /** The document version the edit applies to: the client applies it only to that version. */
      readonly version: number;
      /** The figure written, canonically spelled. */
      readonly text: string;
      /** Absent when the cell already holds the figure. */
      readonly edit?: { readonly range: LspRange; readonly newText: string };
    }
  | { readonly ok: false; readonly version: number; readonly reason: string };

/** `govreport/export`: the report as a publishable file (the editor's export commands). */
export const EXPORT_REQUEST = 'govreport/export';

export interface ExportParams {
  readonly uri: string;
  readonly format: 'html' | 'docx';
}

export interface ExportResult {
  readonly version: number;
  /** Errors and warnings still in the report: the client asks for confirmation when errors > 0. */
  readonly counts: { readonly errors: number; readonly warnings: number };
  /** The file's content: UTF-8 text for html, base64 for docx (LSP messages are JSON). */
  readonly data: string;
  readonly encoding: 'utf8' | 'base64';
}
