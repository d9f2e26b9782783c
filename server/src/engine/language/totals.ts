import type { Analysis } from '../analysis/analysis';
import { expectedValue, type Equation, type EvaluatedEquation } from '../analysis/arithmetic';
import type { CellNode } from '../model';
import { canonicalNumber, usableValue } from '../text/numbers';
import { pick, type Lang } from './types';

/**
 * The 勾稽 equations seen from the cell they total: the hover on a 总计 (or 四、结转下年度)
 * cell and the inlay hint beside it both show `61 + 5 + 0 + 0 + 2 + 2 = 70 ✓`, computed by the
 * same arithmetic analysis the rules use.
 */

export interface TotalView {
  readonly cell: CellNode;
  /** Equations this cell is the total of, evaluated; empty when some term cannot be read. */
  readonly evaluated: readonly EvaluatedEquation[];
  /** Equations this cell is the total of that cannot be evaluated (a term is empty or not a number). */
  readonly unevaluable: readonly Equation[];
}

export function totalsByCell(analysis: Analysis): Map<CellNode, TotalView> {
  const out = new Map<CellNode, { cell: CellNode; evaluated: EvaluatedEquation[]; unevaluable: Equation[] }>();
  const entry = (cell: CellNode) => {
    let e = out.get(cell);
    if (!e) out.set(cell, (e = { cell, evaluated: [], unevaluable: [] }));
    return e;
  };
  for (const eq of analysis.arithmetic.evaluated) entry(eq.target).evaluated.push(eq);
  // Equations with an unreadable term still deserve a hover saying why.
  for (const eq of analysis.arithmetic.unevaluable) entry(eq.target).unevaluable.push(eq);
  return out;
}

/** The value the equation gives its total: the other terms combined, with the signs the equation has. */
export function computedTotal(eq: EvaluatedEquation): number {
  const target = usableValue(eq.target.parsed)!;
  return expectedValue(eq, eq.target) ?? target;
}

/** Whether the total cell holds what its terms add up to. */
export function holds(eq: EvaluatedEquation): boolean {
  return eq.residual === 0;
}

/** The other terms, signed relative to the total: 「61 + 5 + 0」, or 「70 + 0 − 69」 for the balance. */
function signedTerms(eq: Equation): { name: string; value?: number; sign: 1 | -1 }[] {
  const targetCoef = eq.terms.find((t) => t.cell === eq.target)!.coef;
  return eq.terms
    .filter((t) => t.cell !== eq.target)
    .map((t) => ({ name: t.name, value: usableValue(t.cell.parsed), sign: (t.coef === targetCoef ? -1 : 1) as 1 | -1 }));
}

function join(parts: readonly { text: string; sign: 1 | -1 }[]): string {
  return parts.map((p, i) => (i === 0 ? (p.sign < 0 ? `−${p.text}` : p.text) : `${p.sign < 0 ? '−' : '+'} ${p.text}`)).join(' ');
}

/** 「61 + 5 + 0 + 0 + 2 + 2 = 70 ✓」 or 「… = 70 ✗」: the computation, with the computed value. */
export function computationLine(eq: EvaluatedEquation): string {
  const terms = join(signedTerms(eq).map((t) => ({ text: canonicalNumber(t.value!), sign: t.sign })));
  return `${terms} = ${canonicalNumber(computedTotal(eq))} ${holds(eq) ? '✓' : '✗'}`;
}

/** 「自然人 + 商业企业 + … = 总计」: the same equation in words. */
export function namesLine(eq: Equation): string {
  const terms = join(signedTerms(eq).map((t) => ({ text: t.name, sign: t.sign })));
  return `${terms} = ${eq.terms.find((t) => t.cell === eq.target)!.name}`;
}

/** The inlay hint text beside a total: 「= 70 ✓」; one entry per distinct computation. */
export function inlayLabel(view: TotalView): string | undefined {
  const labels = [...new Set(view.evaluated.map((eq) => `= ${canonicalNumber(computedTotal(eq))} ${holds(eq) ? '✓' : '✗'}`))];
  return labels.length > 0 ? labels.join(' · ') : undefined;
}

/** Why an equation cannot be evaluated: the terms that hold no usable figure, or a sum out of exact range. */
export function unreadableTerms(eq: Equation, lang: Lang): string {
  const names = eq.terms.filter((t) => usableValue(t.cell.parsed) === undefined).map((t) => `「${t.name}」`);
  if (names.length === 0) {
    return pick(lang, '无法精确计算：合计超过 9007199254740991，不予核对。', 'Cannot be computed exactly: the sum exceeds 9007199254740991, so it is not checked.');
  }
  return pick(lang, `无法计算：${names.join('、')}没有可用的数字。`, `Cannot be computed: ${names.join(', ')} hold no usable figure.`);
}
