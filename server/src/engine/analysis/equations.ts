import type { Bilingual, TableId, TableSpec } from '../format';
import type { CellNode, ReportModel, TableNode } from '../model';
import { resultRows } from './figures';

/** The 勾稽 rules as linear equations over the cells of tables 三 and 四. */

export type EquationRule = 'table3-row-total' | 'table3-results-total' | 'table3-balance' | 'table4-total';

export interface Term {
  readonly cell: CellNode;
  readonly coef: 1 | -1;
  /** How the term is named in messages: 「自然人」, 「（一）」, 「一」. */
  readonly name: string;
}

export interface Equation {
  readonly rule: EquationRule;
  /** The cell rules.md reports the failure on (a 总计, or 四、结转下年度). */
  readonly target: CellNode;
  /** Terms with the target first; the equation is Σ coef·value = 0. */
  readonly terms: readonly Term[];
  /** What the equation is about: 「一、本年新收…」 row, 「自然人」 column, 「行政复议」 block. */
  readonly scope: Bilingual;
}

/** A term as the format defines it: which row, which column (by index: cells are in column order). */
interface TermSpec {
  readonly row: string;
  readonly column: number;
  readonly coef: 1 | -1;
  readonly name: string;
}

/** An equation of table 三 as the format defines it, target first; a report fills in its cells. */
interface EquationSpec {
  readonly rule: EquationRule;
  readonly terms: readonly TermSpec[];
  readonly scope: Bilingual;
}

/**
 * The equations of a table 三 layout and the scopes of a table 四 layout depend on the format
 * alone: worked out once per layout, where building their names and scopes for every report was
 * one of the checker's biggest allocations.
 */
const TABLE3 = new WeakMap<TableSpec, readonly EquationSpec[]>();
const TABLE4_SCOPES = new WeakMap<TableSpec, ReadonlyMap<string, Bilingual>>();

export function buildEquations(model: ReportModel): Equation[] {
  const out: Equation[] = [];
  const t3 = model.tables.get('t3' as TableId);
  if (t3) {
    let specs = TABLE3.get(t3.spec);
    if (!specs) TABLE3.set(t3.spec, (specs = table3Equations(t3.spec)));
    const cellOf = (t: TermSpec) => t3.byId.get(t.row)?.cells[t.column];
    for (const spec of specs) {
      // An equation with a cell missing (a row absent or its figures unplaced) is not built.
      if (!spec.terms.every(cellOf)) continue;
      // Looked up twice rather than grown by push: the terms are allocated once, at their size.
      const terms = spec.terms.map((t): Term => ({ cell: cellOf(t)!, coef: t.coef, name: t.name }));
      out.push({ rule: spec.rule, target: terms[0].cell, terms, scope: spec.scope });
    }
  }
  const t4 = model.tables.get('t4' as TableId);
  if (t4) table4Equations(t4, out);
  return out;
}

function table4Equations(t4: TableNode, out: Equation[]): void {
  let scopes = TABLE4_SCOPES.get(t4.spec);
  if (!scopes) {
    scopes = new Map(t4.spec.rows.map((row) => [row.id, { zh: `表四「${row.label}」`, en: `table 四 “${row.label}”` }] as const));
    TABLE4_SCOPES.set(t4.spec, scopes);
  }
  for (const row of t4.spec.rows) {
    const node = t4.byId.get(row.id);
    if (!node || node.cells.length !== t4.spec.columns.length) continue;
    const total = node.cells.find((c) => c.column.id === 'total')!;
    const terms: Term[] = [{ cell: total, coef: 1, name: '总计' }];
    for (const c of node.cells) if (c !== total) terms.push({ cell: c, coef: -1, name: c.column.label });
    out.push({ rule: 'table4-total', target: total, terms, scope: scopes.get(row.id)! });
  }
}

/** Table 三's equations, in the order they are checked: every row's 总计, then each column's （七） and balance. */
function table3Equations(spec: TableSpec): EquationSpec[] {
  const out: EquationSpec[] = [];
  const column = new Map(spec.columns.map((c, i) => [c.id, i] as const));
  const totalColumn = column.get('total')!;
  const dataColumns = spec.columns.filter((c) => c.id !== 'total');
  // R2: each row's 总计 = the six applicant columns.
  for (const row of spec.rows) {
    if (row.role === 'group') continue;
    const terms: TermSpec[] = [{ row: row.id, column: totalColumn, coef: 1, name: '总计' }];
    for (const col of dataColumns) terms.push({ row: row.id, column: column.get(col.id)!, coef: -1, name: col.label });
    out.push({ rule: 'table3-row-total', terms, scope: { zh: `表三「${row.label}」行`, en: `table 三 row “${row.label}”` } });
  }
  const results = resultRows(spec);
  spec.columns.forEach((col, c) => {
    const scope = { zh: `表三「${col.label}」列`, en: `table 三 column “${col.label}”` };
    // R3: （七）总计 = the sum of every result row.
    const sum: TermSpec[] = [{ row: 'r7', column: c, coef: 1, name: '（七）总计' }];
    for (const row of results) sum.push({ row: row.id, column: c, coef: -1, name: shortName(row.label) });
    out.push({ rule: 'table3-results-total', terms: sum, scope });
    // R1: 一 + 二 = （七） + 四, reported on 四.
    const balance: TermSpec[] = [
      { row: 'next', column: c, coef: -1, name: '四' },
      { row: 'new', column: c, coef: 1, name: '一' },
      { row: 'carried', column: c, coef: 1, name: '二' },
      { row: 'r7', column: c, coef: -1, name: '（七）' },
    ];
    out.push({ rule: 'table3-balance', terms: balance, scope });
  });
  return out;
}

/** 「（三）不予公开 1.属于国家秘密」 is named by its number only in long sums. */
function shortName(label: string): string {
  const m = /^(（[一二三四五六七]）|\d+\.)/.exec(label);
  return m ? m[1] : label;
}
