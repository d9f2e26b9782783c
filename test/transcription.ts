import { checkModel, type ReportModel, type TableId } from '../server/src/engine';

/**
 * Reading the hand transcriptions of real reports (test/fixtures/corpus/expected-figures.json
 * and the layout fixtures): their row names, and what the parser read in a cell.
 */

/** A text fixture's JSON: its layout, its figures transcribed by hand, and its true diagnostics. */
export interface TranscribedFixture {
  readonly layout: string;
  readonly figures: Transcription;
  readonly diagnostics: readonly string[];
}

/** The diagnostics of a report as the fixtures list them: 「line:column severity rule」. */
export function diagnosticKeys(model: ReportModel): string[] {
  return checkModel(model).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.rule}`);
}

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
  // Rows of the 2019 layout only.
  其他对外管理服务事项: ['t2-5', 'other-services'],
  政府集中采购: ['t2-9', 'procurement'],
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

/** Every transcribed cell of a report: where, what the parser read, and the truth. */
export function transcribedCells(model: ReportModel, figures: Transcription): { where: string; got: Read; want: number | null }[] {
  const out: { where: string; got: Read; want: number | null }[] = [];
  for (const [name, value] of Object.entries(figures.table2 ?? {})) {
    const [table, row] = T2_ROWS[name];
    (Array.isArray(value) ? value : [value as number | null]).forEach((want, i) => out.push({ where: `${name}[${i}]`, got: readCell(model, table, row, i), want }));
  }
  for (const [name, values] of Object.entries(figures.table3 ?? {})) {
    const row = model.tables.has('t3' as TableId) ? rowIdFor(model, 't3' as TableId, name) : name;
    values.forEach((want, i) => out.push({ where: `${name}[${i}]`, got: readCell(model, 't3' as TableId, row, i), want }));
  }
  for (const [name, values] of Object.entries(figures.table4 ?? {})) {
    values.forEach((want, i) => out.push({ where: `${name}[${i}]`, got: readCell(model, 't4' as TableId, T4_ROWS[name], i), want }));
  }
  return out;
}
