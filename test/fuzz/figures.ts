import fc from 'fast-check';
import { FORMAT_2021, type TableSpec } from '../../server/src/engine';

/**
 * Random statutory tables that are consistent, built from the format data (engine/format):
 * every 总计 column is the sum of its row, （七）总计 the sum of the outcome rows, and
 * 一 + 二 = （七） + 四 in every column of table 三. Nothing here restates a layout: rows,
 * columns and groups come from the specs.
 */

/** Figures of one table: row id → the figure of each column, in column order. */
export type TableFigures = ReadonlyMap<string, readonly number[]>;
/** Figures of the whole report: table id → its figures. */
export type ReportFigures = ReadonlyMap<string, TableFigures>;

export const TABLES = FORMAT_2021.tables;
export const T3 = TABLES.find((t) => t.id === 't3')!;
export const T4 = TABLES.find((t) => t.id === 't4')!;
export const TABLE2 = TABLES.filter((t) => t.section === 's2');

/** Rows that carry figures of their own (not group headings, not totals). */
export const dataRows = (t: TableSpec) => t.rows.filter((r) => r.role === 'data');
const totalColumn = (t: TableSpec) => t.columns.findIndex((c) => c.id === 'total');

/** Rows under the outcome group of table 三, however deep (（三）1. … belong to 三、本年度办理结果). */
function outcomeRows(t: TableSpec): string[] {
  const total = t.rows.find((r) => r.role === 'total')!;
  const under = new Set([total.group!]);
  for (const r of t.rows) if (r.group && under.has(r.group) && r.role === 'group') under.add(r.id);
  return t.rows.filter((r) => r.role === 'data' && r.group !== undefined && under.has(r.group)).map((r) => r.id);
}
export const T3_OUTCOMES = outcomeRows(T3);

/** Mostly small counts, as real reports have, sometimes thousands, rarely millions. */
export const count = (): fc.Arbitrary<number> =>
  fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 12 }) }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 5000 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 9_999_999 }) });

/** A money amount in 万元 with up to six decimals (行政事业性收费 429.385756). */
export const money = (): fc.Arbitrary<number> => fc.integer({ min: 0, max: 99_999_999_999 }).map((n) => n / 1_000_000);

const rowWithTotal = (t: TableSpec, parts: number[]): number[] => {
  const at = totalColumn(t);
  if (at < 0) return parts;
  const out = [...parts];
  out.splice(at, 0, parts.reduce((a, b) => a + b, 0));
  return out;
};

function table3(): fc.Arbitrary<TableFigures> {
  const applicants = T3.columns.length - 1;
  const row = () => fc.array(count(), { minLength: applicants, maxLength: applicants });
  return fc.record({ outcomes: fc.array(row(), { minLength: T3_OUTCOMES.length, maxLength: T3_OUTCOMES.length }), next: row(), share: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: applicants, maxLength: applicants }) }).map(({ outcomes, next, share }) => {
    const figures = new Map<string, number[]>();
    T3_OUTCOMES.forEach((id, i) => figures.set(id, rowWithTotal(T3, outcomes[i])));
    const concluded = Array.from({ length: applicants }, (_, c) => outcomes.reduce((a, r) => a + r[c], 0));
    // 一 + 二 = （七） + 四: split what was handled between this year's and last year's applications.
    const handled = concluded.map((v, c) => v + next[c]);
    const carried = handled.map((v, c) => Math.floor(v * share[c]));
    figures.set(T3.rows.find((r) => r.role === 'total')!.id, rowWithTotal(T3, concluded));
    figures.set('next', rowWithTotal(T3, next));
    figures.set('carried', rowWithTotal(T3, carried));
    figures.set('new', rowWithTotal(T3, handled.map((v, c) => v - carried[c])));
    return figures;
  });
}

function plainTable(t: TableSpec): fc.Arbitrary<TableFigures> {
  const rows = dataRows(t);
  const parts = t.columns.filter((c) => c.id !== 'total');
  const cell = (kind: string) => (kind === 'money' ? money() : count());
  return fc.tuple(...rows.map(() => fc.tuple(...parts.map((c) => cell(c.kind))))).map((values) => new Map(rows.map((r, i) => [r.id, rowWithTotal(t, values[i])])));
}

/** Every table of the 2021 format, consistent. */
export function reportFigures(): fc.Arbitrary<ReportFigures> {
  const tables = [...TABLE2, T4];
  return fc.tuple(table3(), ...tables.map(plainTable)).map(([t3, ...rest]) => new Map([['t3', t3], ...tables.map((t, i) => [t.id, rest[i]] as const)]));
}

/** A figure as a report writes it: integers plainly, money with its decimals. */
export function figureText(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}
