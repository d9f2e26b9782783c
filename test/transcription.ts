import type { ReportModel, TableId } from '../server/src/engine';

/**
 * Reading the hand transcriptions of real reports (test/fixtures/corpus/expected-figures.json
 * and the layout fixtures): their row names, and what the parser read in a cell.
 */

export interface Transcription {
  table2?: Record<string, number | null | string | (number | null)[]>;
  table3?: Record<string, (number | null)[]>;
  table4?: Record<string, (number | null)[]>;
}

/** Table 二's rows by the transcription's names. */
export const T2_ROWS: Record<string, [TableId, string]> = {
  规章: ['t2-1', 'rules'],
  行政规范性文件: ['t2-1', 'normative'],
  行政许可: ['t2-5', 'licensing'],
  行政处罚: ['t2-6', 'penalty'],
  行政强制: ['t2-6', 'coercion'],
  行政事业性收费: ['t2-8', 'fees'],
};

/** Table 四's rows by the transcription's names. */
export const T4_ROWS: Record<string, string> = { 行政复议: 'review', '行政诉讼（未经复议直接起诉）': 'suit-direct', '行政诉讼（复议后起诉）': 'suit-after' };

/** Row id of the transcription's row names (they are the official labels, grouped items prefixed). */
export function rowIdFor(model: ReportModel, table: TableId, name: string): string {
  const spec = model.tables.get(table)!.spec;
  const body = name.replace(/^（[一二三四五六七]）(?=\d)/, '');
  const row = spec.rows.find((r) => r.label === body || r.label === name);
  if (row) return row.id;
  // The 2019 layout has one row （六）其他处理 where 2021 has three; the transcription lists the three.
  if (name.startsWith('（六）') && spec.rows.some((r) => r.id === 'r6' && r.role === 'data')) return 'r6';
  throw new Error(`no row ${name}`);
}

export type Read = number | null | 'unreadable';

/** The figure the parser read in a cell: a value, null for a blank cell, or 'unreadable'. */
export function readCell(model: ReportModel, table: TableId, rowId: string, column: number): Read {
  const cell = model.tables.get(table)?.byId.get(rowId)?.cells[column];
  if (!cell) return 'unreadable';
  if (cell.parsed.status === 'empty') return null;
  if (cell.parsed.status === 'ok' || cell.parsed.status === 'styled') return cell.parsed.value!;
  return 'unreadable';
}
