import type { Bilingual } from '../engine';
import type { ImportedDocument } from './document';
import { ImportError } from './errors';
import type { Importable } from './kinds';
import type { PdfResources } from './pdf/load';

/**
 * The readers of Word documents, web pages and PDFs, bytes in and the document model out.
 * Bundled on their own (dist/importer.js; pdf.js in dist/pdfjs.js) and loaded only when a
 * file is imported — see load.ts; what they read is composed into a report by the host
 * (compose/, with the engine it already has).
 */

export type ReadOutcome = { readonly ok: true; readonly document: ImportedDocument } | { readonly ok: false; readonly reason: Bilingual };

export async function readDocument(bytes: Uint8Array, kind: Importable, resources: PdfResources = {}): Promise<ReadOutcome> {
  try {
    return { ok: true, document: await read(bytes, kind, resources) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, reason: error.reason };
    throw error;
  }
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
