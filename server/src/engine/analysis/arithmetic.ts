import type { CellNode, ReportModel } from '../model';
import { usableValue } from '../text/numbers';
import { buildEquations, EvaluatedEquation, type Equation, type EquationRule } from './equations';

export type { Equation, EquationRule, EvaluatedEquation, Term } from './equations';

/**
 * The 勾稽 rules as linear equations over cells, and the diagnosis of which figure is wrong.
 *
 * One typo breaks several equations at once (a wrong 一、本年新收 自然人 breaks its row's
 * total and its column's balance). Reporting every broken equation would be a cascade; so a
 * figure that alone explains two or more broken equations — changing it by one amount mends
 * them all and breaks no equation that holds — is reported once, on that figure. Broken
 * equations nothing explains are reported on their total cell, as rules.md defines.
 */

/**
 * Order of specificity: a culprit is reported under the first rule of which it is the reported
 * cell (the target), else under the first rule whose equation it breaks.
 */
const PRIORITY: readonly EquationRule[] = ['table3-row-total', 'table3-results-total', 'table3-balance', 'table4-total'];

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

/**
 * Σ coef·value, or undefined when a term holds no usable figure or the arithmetic would leave
 * the range a double holds exactly (2^53 − 1): such an equation is not checked rather than
 * checked wrongly, and no fix is computed from an inexact sum.
 */
function evaluate(eq: Equation): EvaluatedEquation | undefined {
  let residual = 0;
  for (let i = 0; i < eq.cells.length; i++) {
    const v = usableValue(eq.cells[i].parsed);
    if (v === undefined) return undefined;
    residual += eq.coef(i) * v;
    if (!isSafe(residual)) return undefined;
  }
  const evaluated = new EvaluatedEquation(eq, residual);
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
  const culprits: Culprit[] = [];
  // Most reports add up: with nothing broken there is nothing to diagnose (and no set of the
  // cells of every holding equation to build).
  if (failing.length > 0) failing = findCulprits(failing, passing, culprits);
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
  for (const e of expectedByCell.size > 0 ? passing : []) {
    if (!e.terms.some((t) => expectedByCell.has(t.cell))) continue;
    let residual = 0;
    for (const t of e.terms) residual += t.coef * (expectedByCell.get(t.cell) ?? usableValue(t.cell.parsed)!);
    if (residual !== 0) for (const t of e.terms) if (expectedByCell.has(t.cell)) unsettling.add(t.cell);
  }
  return { culprits, unexplained: failing, evaluated, unevaluable, expectedByCell, unsettling };
}

/**
 * Moves into `culprits` the figures that each explain two or more broken equations; returns the
 * broken equations left unexplained.
 */
function findCulprits(failing: EvaluatedEquation[], passing: readonly EvaluatedEquation[], culprits: Culprit[]): EvaluatedEquation[] {
  const inPassing = new Set<CellNode>();
  for (const e of passing) for (const t of e.terms) inPassing.add(t.cell);
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
  return failing;
}

/** The value of `cell` that makes the equation hold. */
export function expectedValue(eq: EvaluatedEquation, cell: CellNode): number | undefined {
  const term = eq.cells.indexOf(cell);
  const v = usableValue(cell.parsed);
  if (term < 0 || v === undefined) return undefined;
  const expected = v - eq.residual / eq.coef(term);
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
