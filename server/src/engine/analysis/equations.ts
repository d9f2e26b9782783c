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

/** A term as the format defines it; the report supplies its cell. */
export interface TermSpec {
  readonly coef: 1 | -1;
  readonly name: string;
}

/** A term of table 三, found by row (its index in the table's spec) and column index (a row's cells are in column order). */
interface Table3TermSpec extends TermSpec {
  readonly row: number;
  readonly column: number;
}

/** An equation as the format defines it, target first. */
export interface EquationSpec<T extends TermSpec = TermSpec> {
  readonly rule: EquationRule;
  readonly terms: readonly T[];
  readonly scope: Bilingual;
}

/**
 * An equation of one report: the format's equation over this report's cells, Σ coef·value = 0.
 * Checking it needs only the cells and the format's coefficients; its terms (cell, coefficient
 * and name together) are built when first asked for, by a message or a hover: building them for
 * every equation of every report was most of what the arithmetic allocated.
 */
export class Equation {
  private built?: readonly Term[];

  constructor(
    /** The equation as the format defines it. */
    readonly spec: EquationSpec,
    /** The terms' cells, in the order of the terms: the target first. */
    readonly cells: readonly CellNode[],
  ) {}

  get rule(): EquationRule {
    return this.spec.rule;
  }

  /** The cell rules.md reports the failure on (a 总计, or 四、结转下年度). */
  get target(): CellNode {
    return this.cells[0];
  }

  /** The coefficient of the term at `index` (of `cells` and `terms`). */
  coef(index: number): 1 | -1 {
    return this.spec.terms[index].coef;
  }

  /** Terms with the target first. */
  get terms(): readonly Term[] {
    this.built ??= this.spec.terms.map((t, i) => ({ cell: this.cells[i], coef: t.coef, name: t.name }));
    return this.built;
  }

  /** What the equation is about: 「一、本年新收…」 row, 「自然人」 column, 「行政复议」 block. */
  get scope(): Bilingual {
    return this.spec.scope;
  }
}

/** An equation with its figures read: all usable, their sum within the range a double holds exactly. */
export class EvaluatedEquation extends Equation {
  constructor(
    equation: Equation,
    /** Σ coef·value; 0 when the equation holds. */
    readonly residual: number,
  ) {
    super(equation.spec, equation.cells);
  }
}

/**
 * The equations of a table layout depend on the format alone: worked out once per layout, where
 * building their names and scopes for every report was one of the checker's biggest allocations.
 */
const TABLE3 = new WeakMap<TableSpec, readonly EquationSpec<Table3TermSpec>[]>();
const TABLE4 = new WeakMap<TableSpec, ReadonlyMap<string, EquationSpec>>();

export function buildEquations(model: ReportModel): Equation[] {
  const out: Equation[] = [];
  const t3 = model.tables.get('t3' as TableId);
  if (t3) {
    let specs = TABLE3.get(t3.spec);
    if (!specs) TABLE3.set(t3.spec, (specs = table3Equations(t3.spec)));
    // Each row looked up once, not once per term: some 270 terms name table 三's 25 rows.
    const rows = t3.spec.rows.map((r) => t3.byId.get(r.id));
    for (const spec of specs) {
      const cells: CellNode[] = [];
      for (const t of spec.terms) {
        const cell = rows[t.row]?.cells[t.column];
        // An equation with a cell missing (a row absent or its figures unplaced) is not built.
        if (!cell) break;
        cells.push(cell);
      }
      if (cells.length === spec.terms.length) out.push(new Equation(spec, cells));
    }
  }
  const t4 = model.tables.get('t4' as TableId);
  if (t4) table4Equations(t4, out);
  return out;
}

/** Each row of table 四: 总计 = the other columns (a row's cells are in column order). */
function table4Equations(t4: TableNode, out: Equation[]): void {
  const columns = t4.spec.columns;
  const total = columns.findIndex((c) => c.id === 'total');
  let specs = TABLE4.get(t4.spec);
  if (!specs) {
    const terms: TermSpec[] = [{ coef: 1, name: '总计' }];
    for (const c of columns) if (c.id !== 'total') terms.push({ coef: -1, name: c.label });
    const rule = 'table4-total';
    specs = new Map(t4.spec.rows.map((row) => [row.id, { rule, terms, scope: { zh: `表四「${row.label}」`, en: `table 四 “${row.label}”` } }] as const));
    TABLE4.set(t4.spec, specs);
  }
  for (const row of t4.spec.rows) {
    const node = t4.byId.get(row.id);
    if (!node || node.cells.length !== columns.length) continue;
    const cells = [node.cells[total]];
    for (let i = 0; i < node.cells.length; i++) if (i !== total) cells.push(node.cells[i]);
    out.push(new Equation(specs.get(row.id)!, cells));
  }
}

/** Table 三's equations, in the order they are checked: every row's 总计, then each column's （七） and balance. */
function table3Equations(spec: TableSpec): EquationSpec<Table3TermSpec>[] {
  const out: EquationSpec<Table3TermSpec>[] = [];
  const column = new Map(spec.columns.map((c, i) => [c.id, i] as const));
  const rowIndex = (id: string) => spec.rows.findIndex((r) => r.id === id);
  const totalColumn = column.get('total')!;
  const dataColumns = spec.columns.filter((c) => c.id !== 'total');
  // R2: each row's 总计 = the six applicant columns.
  for (const row of spec.rows) {
    if (row.role === 'group') continue;
    const terms: Table3TermSpec[] = [{ row: rowIndex(row.id), column: totalColumn, coef: 1, name: '总计' }];
    for (const col of dataColumns) terms.push({ row: rowIndex(row.id), column: column.get(col.id)!, coef: -1, name: col.label });
    out.push({ rule: 'table3-row-total', terms, scope: { zh: `表三「${row.label}」行`, en: `table 三 row “${row.label}”` } });
  }
  const results = resultRows(spec);
  spec.columns.forEach((col, c) => {
    const scope = { zh: `表三「${col.label}」列`, en: `table 三 column “${col.label}”` };
    // R3: （七）总计 = the sum of every result row.
    const sum: Table3TermSpec[] = [{ row: rowIndex('r7'), column: c, coef: 1, name: '（七）总计' }];
    for (const row of results) sum.push({ row: rowIndex(row.id), column: c, coef: -1, name: shortName(row.label) });
    out.push({ rule: 'table3-results-total', terms: sum, scope });
    // R1: 一 + 二 = （七） + 四, reported on 四.
    const balance: Table3TermSpec[] = [
      { row: rowIndex('next'), column: c, coef: -1, name: '四' },
      { row: rowIndex('new'), column: c, coef: 1, name: '一' },
      { row: rowIndex('carried'), column: c, coef: 1, name: '二' },
      { row: rowIndex('r7'), column: c, coef: -1, name: '（七）' },
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
