/**
 * The custom LSP request of "Import Report (Word, Web Page, PDF)…". Pure declarations (no
 * imports), shared by the server handler (import.ts) and the VS Code client.
 */

/** `govreport/importDocument`: a Word document, web page or PDF in, the canonical report out. */
export const IMPORT_DOCUMENT = 'govreport/importDocument';

export interface ImportDocumentParams {
  /** The file's name (its extension says what it should be; the bytes decide). */
  readonly name: string;
  /** The file's bytes, base64. */
  readonly data: string;
}

export type ImportDocumentResult =
  | {
      readonly ok: true;
      readonly text: string;
      /** 「<agency><year>年政府信息公开工作年度报告.govreport.md」, or the source's name when the document does not say. */
      readonly fileName: string;
      readonly format: 'docx' | 'html' | 'pdf';
      /** Statutory tables found (二, 三, 四), and figures written「?」because they could not be read. */
      readonly tables: number;
      readonly unreadable: number;
    }
  /** Why the file cannot be imported, in the user's language, without the file's name. */
  | { readonly ok: false; readonly reason: string };
