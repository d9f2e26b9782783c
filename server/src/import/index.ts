import type { Bilingual } from '../engine';
import { composeReport } from './compose/report';
import type { ImportedDocument, Origin, SourceFormat } from './document';
import { ImportError } from './errors';
import type { Importable } from './kinds';
import type { PdfResources } from './pdf/load';

/**
 * The importers: a Word document, a web page or a PDF in, a canonical report out. Bytes in and
 * a result out, no file system, so the same code runs in the CLI, in the language server and
 * (later) in a web worker. This module and the libraries it uses (pdf.js above all) are bundled
 * on their own (dist/importer.js) and loaded only when a file is imported: see load.ts.
 */

export type { Origin, SourceFormat } from './document';
export { originText } from './origin';

export type ImportResult =
  | {
      readonly ok: true;
      readonly format: SourceFormat;
      /** The canonical report. */
      readonly text: string;
      /** Where each line of `text` came from in the original (undefined: the front matter). */
      readonly origins: readonly (Origin | undefined)[];
      readonly tables: number;
      readonly unreadable: number;
      readonly agency?: string;
      readonly year?: number;
    }
  | { readonly ok: false; readonly reason: Bilingual };

export async function importDocument(bytes: Uint8Array, kind: Importable, resources: PdfResources = {}): Promise<ImportResult> {
  let document: ImportedDocument;
  try {
    document = await read(bytes, kind, resources);
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, reason: error.reason };
    throw error;
  }
  const report = composeReport(document);
  return { ok: true, format: document.format, ...report };
}

async function read(bytes: Uint8Array, kind: Importable, resources: PdfResources): Promise<ImportedDocument> {
  switch (kind) {
    case 'html':
      return (await import('./html/read')).readHtml(bytes);
    case 'docx':
      return (await import('./docx/read')).readDocx(bytes);
    case 'pdf':
      return (await import('./pdf/read')).readPdf(bytes, resources);
  }
}
