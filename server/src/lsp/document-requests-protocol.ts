/**
 * Custom LSP requests the VS Code client sends for its whole-document commands. Pure
 * declarations (no imports), shared by the server handlers in document-requests.ts and the
 * client, so the method names and shapes are written once.
 *
 * Custom requests rather than workspace/executeCommand: a connection has exactly one
 * executeCommand handler, which the server's own commands already own.
 */

/** `govreport/newReportTemplate`: the canonical empty report, from the engine's format data. */
export const NEW_REPORT_TEMPLATE = 'govreport/newReportTemplate';
export interface NewReportTemplateParams {
  readonly year: number;
  readonly agency?: string;
  readonly eol?: '\n' | '\r\n';
}
export interface NewReportTemplateResult {
  readonly text: string;
}

/** `govreport/convertDocument`: rewrite every recognised pasted table of an open document as a canonical pipe table. */
export const CONVERT_DOCUMENT = 'govreport/convertDocument';
export interface ConvertDocumentParams {
  readonly uri: string;
}
export interface ConvertDocumentResult {
  /** Version of the text the edit was computed from: the client drops the edit if its text moved on. */
  readonly version: number;
  /** Number of tables rewritten (0: nothing to convert, `newText` absent). */
  readonly tables: number;
  /** The whole new document text, when something changed. */
  readonly newText?: string;
  /** Where the rewritten tables are in `newText`, as offsets (the client selects and reveals them). */
  readonly converted?: readonly { readonly start: number; readonly end: number }[];
}
