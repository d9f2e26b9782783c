import type { Bilingual } from '../engine';
import { composeReport, type ComposedReport } from './compose/report';
import type { SourceFormat } from './document';
import type { Importable } from './kinds';
import type { PdfResources } from './pdf/load';
import { readDocument, type ReadOutcome } from './readers';

/**
 * The importers: a Word document, a web page or a PDF in, a canonical report out. Bytes in
 * and a result out, no file system, so the same code can run in the CLI, in the language
 * server and (later) in a web worker. The CLI and the server go through load.ts, which loads
 * the readers' bundle only when a file is imported.
 */

export type { Origin, SourceFormat } from './document';

export type ImportResult = ({ readonly ok: true; readonly format: SourceFormat } & ComposedReport) | { readonly ok: false; readonly reason: Bilingual };

export async function importDocument(bytes: Uint8Array, kind: Importable, resources: PdfResources = {}): Promise<ImportResult> {
  return composed(await readDocument(bytes, kind, resources));
}

/** What was read, composed into the canonical report. */
export function composed(outcome: ReadOutcome): ImportResult {
  if (!outcome.ok) return outcome;
  return { ok: true, format: outcome.document.format, ...composeReport(outcome.document) };
}
