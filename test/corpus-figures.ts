import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModel, TableId } from '../server/src/engine';
import { CORPUS } from './helpers';
import { rowIdFor, T2_ROWS, T4_ROWS, type Transcription } from './transcription';

/**
 * The corpus reports' hand transcription (expected-figures.json), every figure placed in a
 * report model: the import tests check that a report survives a trip through Word, a web page
 * or a PDF figure by figure.
 */

export { readCell, rowIdFor, T2_ROWS, T4_ROWS, type Read } from './transcription';

export const EXPECTED: Readonly<Record<string, Transcription>> = JSON.parse(readFileSync(join(CORPUS, 'expected-figures.json'), 'utf8')).reports;

/** One transcribed figure: where it is named, where it belongs, and its value. */
export interface Transcribed {
  readonly where: string;
  readonly table: TableId;
  readonly row: string;
  readonly column: number;
  readonly want: number | null;
}

/** Every transcribed figure of a report, placed in `model` (which must have tables 三 and 四). */
export function transcribed(model: ReportModel, expected: Transcription): Transcribed[] {
  const out: Transcribed[] = [];
  for (const [name, values] of Object.entries(expected.table3 ?? {})) {
    const row = rowIdFor(model, 't3' as TableId, name);
    values.forEach((want, column) => out.push({ where: `三 ${name}[${column}]`, table: 't3' as TableId, row, column, want }));
  }
  for (const [name, values] of Object.entries(expected.table4 ?? {})) {
    values.forEach((want, column) => out.push({ where: `四 ${name}[${column}]`, table: 't4' as TableId, row: T4_ROWS[name], column, want }));
  }
  for (const [name, values] of Object.entries(expected.table2 ?? {})) {
    if (name === 'note' || !T2_ROWS[name]) continue;
    const [table, row] = T2_ROWS[name];
    const list = Array.isArray(values) ? values : [values as number];
    list.forEach((want, column) => out.push({ where: `二 ${name}[${column}]`, table, row, column, want: want as number | null }));
  }
  return out;
}
