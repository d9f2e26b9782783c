import type { Bilingual } from '../../engine';
import { sniff } from '../../import/kinds';
import { importFile } from '../../import/load';
import type { Origin, SourceFormat } from '../../import';
import { msg } from '../i18n';
import type { InputFile } from './discover';
import type { ReadResult } from './read';

/** What became of a Word document, web page or PDF read as a report. */
export interface Imported {
  readonly format: SourceFormat;
  /** Where each line of the imported report came from in the original. */
  readonly origins: readonly (Origin | undefined)[];
  readonly tables: number;
  readonly unreadable: number;
  readonly agency?: string;
  readonly year?: number;
}

/**
 * Every command reads Word documents, web pages and PDFs as it reads Markdown: the file is
 * imported into a canonical report first (the importers load only now). Returns undefined for
 * a text file, which the caller decodes as before.
 */
export async function importInput(file: InputFile, bytes: Uint8Array): Promise<ReadResult | undefined> {
  const kind = sniff(bytes, file.absolute === undefined ? undefined : file.display);
  if (kind.kind === 'text') return undefined;
  if (kind.kind === 'refused') return { ok: false, reason: named(file.display, kind.reason) };
  const result = await importFile(bytes, kind.kind);
  if (!result.ok) return { ok: false, reason: named(file.display, result.reason) };
  const { format, origins, tables, unreadable, agency, year } = result;
  return { ok: true, text: result.text, bom: false, imported: { format, origins, tables, unreadable, agency, year } };
}

function named(display: string, reason: Bilingual): Bilingual {
  return msg(`${display}：${reason.zh}`, `${display}: ${reason.en}`);
}
