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
}

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
