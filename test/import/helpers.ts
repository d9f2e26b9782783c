import { join } from 'node:path';
import { buildLayout, checkModel, parseReport, renderPage, type LayoutDocument, type ReportModel } from '../../server/src/engine';
import { docxBuffer } from '../../server/src/export/docx';
import { importDocument, type ImportResult } from '../../server/src/import';
import type { Importable } from '../../server/src/import/kinds';
import { all, documentOf, text } from '../render/dom';
import { ROOT } from '../helpers';

/** Helpers of the import tests: the project's own exports to import, and what to compare. */

export type Imported = Extract<ImportResult, { ok: true }>;

/** Imports, as the CLI does, from source (pdf.js's character maps from node_modules). */
export async function importBytes(bytes: Uint8Array, kind: Importable): Promise<Imported> {
  const result = await importDocument(bytes, kind, { cMapUrl: `${join(ROOT, 'node_modules/pdfjs-dist/cmaps')}/` });
  if (!result.ok) throw new Error(`import failed: ${result.reason.en}`);
  return result;
}

export function layoutOf(source: string): LayoutDocument {
  const model = parseReport(source);
  return buildLayout(model, checkModel(model));
}

export async function wordExport(source: string): Promise<Uint8Array> {
  return new Uint8Array(await docxBuffer(layoutOf(source)));
}

export function pageExport(source: string): Uint8Array {
  return new TextEncoder().encode(renderPage(layoutOf(source), { marks: false }));
}

/** Every figure cell of a model by its place (`t3/new/0`), as read: value, null (blank), or its status. */
export function figureMap(model: ReportModel): Map<string, number | null | string> {
  const out = new Map<string, number | null | string>();
  for (const [id, table] of model.tables) {
    for (const row of table.rows) {
      row.cells.forEach((cell, i) => {
        const p = cell.parsed;
        out.set(`${id}/${row.spec.id}/${i}`, p.status === 'ok' || p.status === 'styled' ? p.value! : p.status === 'empty' ? null : `${p.status}:${cell.raw}`);
      });
    }
  }
  return out;
}

/**
 * Prose compared as words: spaces next to Chinese characters are layout (a PDF line broken
 * after 「6」 in 「6 个方面」), emphasis is formatting.
 */
export function words(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_[\]|<>#+\-.!])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/ ?([^\x00-\x7f]) ?/g, '$1')
    .trim();
}

/** The lines of an imported report, as words: each paragraph of the original is one line. */
export function linesOf(text: string): Set<string> {
  return new Set(text.split('\n').map(words));
}

export function proseOf(model: ReportModel): string[] {
  return model.paragraphs.map((p) => words(p.text)).filter((t) => t !== '');
}

/** The paragraphs of a rendered page (its <p> elements), read independently of the importer. */
export function pageParagraphs(html: string): string[] {
  return all(documentOf(html), (e) => e.tagName === 'p')
    .map((p) => words(text(p)))
    .filter((t) => t !== '');
}
