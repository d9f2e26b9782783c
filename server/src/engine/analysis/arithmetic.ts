import type { TableId } from '../format';
import type { CellNode, ReportModel } from '../model';
import { usableValue } from '../text/numbers';
import { resultRows } from './figures';

/**
 * The 勾稽 rules as linear equations over cells, and the diagnosis of which figure is wrong.
 *
 * One typo breaks several equations at once (a wrong 一、本年新收 自然人 breaks its row's
 * total and its column's balance). Reporting every broken equation would be a cascade; so a
 * figure that alone explains two or more broken equations — changing it by one amount mends
 * them all and breaks no equation that holds — is reported once, on that figure. Broken
 * equations nothing explains are reported on their total cell, as rules.md defines.
 */

export type EquationRule = 'table3-row-total' | 'table3-results-total' | 'table3-balance' | 'table4-total';

/**
 * Order of specificity: a culprit is reported under the first rule of which it is the reported
 * cell (the target), else under the first rule whose equation it breaks.
 */
const PRIORITY: readonly EquationRule[] = ['table3-row-total', 'table3-results-total', 'table3-balance', 'table4-total'];

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
  readonly scope: { readonly zh: string; readonly en: string };
}

export interface EvaluatedEquation extends Equation {
  /** Σ coef·value; 0 when the equation holds. */
  readonly residual: number;
}

/** A figure identified as the single wrong one behind several broken equations. */
export interface Culprit {
  readonly cell: CellNode;
  /** The value that mends every equation it breaks. */
  readonly expected: number;
  readonly equations: readonly EvaluatedEquation[];
  readonly rule: EquationRule;
}

export interface ArithmeticResult {
  readonly culprits: readonly Culprit[];
  /** Broken equations no culprit explains, each to be reported on its target. */
  readonly unexplained: readonly EvaluatedEquation[];
  /** Every evaluable equation (for hovers and inlay hints). */
  readonly evaluated: readonly EvaluatedEquation[];
  /** Equations with a term that cannot be read (a blank or not a number): hovers say why. */
  readonly unevaluable: readonly Equation[];
  /** Cells the diagnosis says are wrong, with the value that would mend them. */
  readonly expectedByCell: ReadonlyMap<CellNode, number>;
  /**
   * Cells of `expectedByCell` whose change, made together with all the others, would break an
   * equation that holds now (or that two broken equations want set to different values): their
   * fix is offered but never preferred, since fix-all would rewrite them back and forth.
   */
  readonly unsettling: ReadonlySet<CellNode>;
}

export function buildEquations(model: ReportModel): Equation[] {
  const out: Equation[] = [];
  const t3 = model.tables.get('t3' as TableId);
  if (t3) {
    const spec = t3.spec;
    // Cells are in column order: look them up by index, not by searching each row.
    const columnIndex = new Map(spec.columns.map((c, i) => [c.id, i] as const));
    const cell = (rowId: string, colId: string) => t3.byId.get(rowId)?.cells[columnIndex.get(colId)!];
    const dataColumns = spec.columns.filter((c) => c.id !== 'total');
    const figureRows = spec.rows.filter((r) => r.role !== 'group');
    // R2: each row's 总计 = the six applicant columns.
    for (const row of figureRows) {
      const total = cell(row.id, 'total');
      if (!total) continue;
      const terms: Term[] = [{ cell: total, coef: 1, name: '总计' }];
      for (const col of dataColumns) {
        const c = cell(row.id, col.id);
        if (c) terms.push({ cell: c, coef: -1, name: col.label });
      }
      if (terms.length === dataColumns.length + 1) {
        out.push({ rule: 'table3-row-total', target: total, terms, scope: { zh: `表三「${row.label}」行`, en: `table 三 row “${row.label}”` } });
      }
    }
    const results = resultRows(spec);
    for (const col of spec.columns) {
      // R3: （七）总计 = the sum of every result row.
      const r7 = cell('r7', col.id);
      if (r7) {
        const terms: Term[] = [{ cell: r7, coef: 1, name: '（七）总计' }];
        let complete = true;
        for (const row of results) {
          const c = cell(row.id, col.id);
          if (!c) complete = false;
          else terms.push({ cell: c, coef: -1, name: shortName(row.label) });
        }
        if (complete) out.push({ rule: 'table3-results-total', target: r7, terms, scope: { zh: `表三「${col.label}」列`, en: `table 三 column “${col.label}”` } });
      }
      // R1: 一 + 二 = （七） + 四, reported on 四.
      const next = cell('next', col.id);
      const received = cell('new', col.id);
      const carried = cell('carried', col.id);
      if (next && received && carried && r7) {
        out.push({
          rule: 'table3-balance',
          target: next,
          terms: [
            { cell: next, coef: -1, name: '四' },
            { cell: received, coef: 1, name: '一' },
            { cell: carried, coef: 1, name: '二' },
            { cell: r7, coef: -1, name: '（七）' },
          ],
          scope: { zh: `表三「${col.label}」列`, en: `table 三 column “${col.label}”` },
        });
      }
    }
  }
  const t4 = model.tables.get('t4' as TableId);
  if (t4) {
    for (const row of t4.spec.rows) {
      const node = t4.byId.get(row.id);
      if (!node || node.cells.length !== t4.spec.columns.length) continue;
      const total = node.cells.find((c) => c.column.id === 'total')!;
      const terms: Term[] = [{ cell: total, coef: 1, name: '总计' }];
      for (const c of node.cells) if (c !== total) terms.push({ cell: c, coef: -1, name: c.column.label });
      out.push({ rule: 'table4-total', target: total, terms, scope: { zh: `表四「${row.label}」`, en: `table 四 “${row.label}”` } });
    }
  }
  return out;
}

/** 「（三）不予公开 1.属于国家秘密」 is named by its number only in long sums. */
function shortName(label: string): string {
  const m = /^(（[一二三四五六七]）|\d+\.)/.exec(label);
  return m ? m[1] : label;
}

/**
 * Σ coef·value, or undefined when a term holds no usable figure or the arithmetic would leave
 * the range a double holds exactly (2^53 − 1): such an equation is not checked rather than
 * checked wrongly, and no fix is computed from an inexact sum.
 */
function evaluate(eq: Equation): EvaluatedEquation | undefined {
  let residual = 0;
  for (const t of eq.terms) {
    const v = usableValue(t.cell.parsed);
    if (v === undefined) return undefined;
    residual += t.coef * v;
    if (!isSafe(residual)) return undefined;
  }
  const evaluated = { rule: eq.rule, target: eq.target, terms: eq.terms, scope: eq.scope, residual };
  return expectedValue(evaluated, eq.target) === undefined ? undefined : evaluated;
}

const isSafe = (n: number) => Math.abs(n) <= Number.MAX_SAFE_INTEGER;

export function diagnoseArithmetic(model: ReportModel): ArithmeticResult {
  const evaluated: EvaluatedEquation[] = [];
  const unevaluable: Equation[] = [];
  for (const eq of buildEquations(model)) {
    const e = evaluate(eq);
    if (e) evaluated.push(e);
    else unevaluable.push(eq);
  }
  let failing = evaluated.filter((e) => e.residual !== 0);
  const passing = evaluated.filter((e) => e.residual === 0);
  const inPassing = new Set<CellNode>();
  for (const e of passing) for (const t of e.terms) inPassing.add(t.cell);
  const culprits: Culprit[] = [];

  // Greedy: take the figure that explains the most broken equations, while one explains two or more.
  for (;;) {
    let best: Culprit | undefined;
    let tie = false;
    const seen = new Set<CellNode>();
    const failingOf = equationsByCell(failing);
    for (const eq of failing) {
      for (const term of eq.terms) {
        if (seen.has(term.cell)) continue;
        seen.add(term.cell);
        const c = inPassing.has(term.cell) ? undefined : explain(term.cell, failingOf.get(term.cell)!);
        if (!c || c.equations.length < 2) continue;
        if (!best || c.equations.length > best.equations.length) {
          best = c;
          tie = false;
        } else if (c.equations.length === best.equations.length) tie = true;
      }
    }
    if (!best || tie) break;
    culprits.push(best);
    const explained = new Set(best.equations);
    failing = failing.filter((e) => !explained.has(e));
  }
  const expectedByCell = new Map<CellNode, number>();
  const unsettling = new Set<CellNode>();
  for (const c of culprits) expectedByCell.set(c.cell, c.expected);
  for (const e of failing) {
    const expected = expectedValue(e, e.target)!;
    const other = expectedByCell.get(e.target);
    if (other !== undefined && other !== expected) unsettling.add(e.target);
    expectedByCell.set(e.target, expected);
  }
  // Every proposed change at once: an equation that holds now must still hold afterwards.
  for (const e of passing) {
    if (!e.terms.some((t) => expectedByCell.has(t.cell))) continue;
    let residual = 0;
    for (const t of e.terms) residual += t.coef * (expectedByCell.get(t.cell) ?? usableValue(t.cell.parsed)!);
    if (residual !== 0) for (const t of e.terms) if (expectedByCell.has(t.cell)) unsettling.add(t.cell);
  }
  return { culprits, unexplained: failing, evaluated, unevaluable, expectedByCell, unsettling };
}

/** The value of `cell` that makes the equation hold. */
export function expectedValue(eq: EvaluatedEquation, cell: CellNode): number | undefined {
  const term = eq.terms.find((t) => t.cell === cell);
  const v = usableValue(cell.parsed);
  if (!term || v === undefined) return undefined;
  const expected = v - eq.residual / term.coef;
  return isSafe(expected) ? expected : undefined;
}

/**
 * The equations each cell is a term of, in the order given: one pass, where asking every
 * equation about every cell made a table full of broken figures cost cells × equations.
 */
function equationsByCell(equations: readonly EvaluatedEquation[]): Map<CellNode, EvaluatedEquation[]> {
  const out = new Map<CellNode, EvaluatedEquation[]>();
  for (const e of equations) {
    for (const t of e.terms) {
      const list = out.get(t.cell);
      if (!list) out.set(t.cell, [e]);
      else if (list[list.length - 1] !== e) list.push(e);
    }
  }
  return out;
}

/** `mine`: the broken equations `cell` is a term of (it is in no equation that holds). */
function explain(cell: CellNode, mine: readonly EvaluatedEquation[]): Culprit | undefined {
  if (mine.length === 0) return undefined;
  const expected = expectedValue(mine[0], cell);
  if (expected === undefined || expected < 0) return undefined;
  if (!mine.every((e) => expectedValue(e, cell) === expected)) return undefined;
  // A culprit that is the cell an equation is reported on (a 总计, （七）总计, 四) is reported
  // under that equation's rule, as rules.md places them; any other figure under the first rule.
  const targetOf = PRIORITY.find((r) => mine.some((e) => e.rule === r && e.target === cell));
  const rule = targetOf ?? PRIORITY.find((r) => mine.some((e) => e.rule === r))!;
  return { cell, expected, equations: mine, rule };
}
