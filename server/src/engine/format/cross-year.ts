import type { TableSpec } from './schema';
import { TABLE2_2021 } from './table2';
import { TABLE3_2021 } from './table3';

/**
 * The figures of a report that follow from last year's report of the same body (勾稽关系 R5,
 * report-format.md §5). The cross-year rules, the hovers, the next year's draft and the
 * year-over-year comparison all read these two relations from here.
 */

/** 二、上年结转 of year N = 四、结转下年度继续办理 of year N−1, column by column. */
export interface CarryOverRelation {
  readonly table: 't3';
  /** The row of this year's report that is carried over. */
  readonly row: string;
  /** The row of last year's report it equals. */
  readonly from: string;
}

/** 现行有效件数(N) = 现行有效件数(N−1) + 本年制发件数(N) − 本年废止件数(N), row by row. */
export interface StockRelation {
  readonly table: 't2-1';
  /** The stock column, in both years. */
  readonly column: string;
  /** This year's additions and removals. */
  readonly plus: string;
  readonly minus: string;
}

function checked<T extends { table: string }>(relation: T, spec: TableSpec, ids: { rows?: readonly string[]; columns?: readonly string[] }): T {
  for (const id of ids.rows ?? []) if (!spec.rows.some((r) => r.id === id)) throw new Error(`format data: ${spec.id} has no row ${id}`);
  for (const id of ids.columns ?? []) if (!spec.columns.some((c) => c.id === id)) throw new Error(`format data: ${spec.id} has no column ${id}`);
  return relation;
}

const T2_1 = TABLE2_2021.find((t) => t.id === 't2-1')!;

export const CARRY_OVER: CarryOverRelation = checked({ table: 't3', row: 'carried', from: 'next' }, TABLE3_2021, { rows: ['carried', 'next'] });

export const STOCK: StockRelation = checked({ table: 't2-1', column: 'in-force', plus: 'issued', minus: 'repealed' }, T2_1, {
  columns: ['in-force', 'issued', 'repealed'],
});
