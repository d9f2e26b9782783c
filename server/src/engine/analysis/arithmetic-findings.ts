import { tableSpec } from '../format';
import type { CellNode } from '../model';
import { canonicalNumber, usableValue } from '../text/numbers';
import type { Finding, Fix } from './findings';
import type { SourceText } from '../text/source';
import { cellSubject, setCellText } from './cells';
import type { Analysis } from './analysis';
import { expectedValue, type Culprit, type EquationRule, type EvaluatedEquation } from './arithmetic';

/** 四、结转下年度继续办理, the cell the balance of table 三 is reported on (from the format data). */
const NEXT_LABEL = tableSpec('2021', 't3')!.rows.find((r) => r.id === 'next')!.label;

/** Findings of one arithmetic rule, from the shared diagnosis (so the four rules never overlap). */
export function arithmeticFindings(analysis: Analysis, rule: EquationRule): Finding[] {
  const { culprits, unexplained, unsettling } = analysis.arithmetic;
  const out: Finding[] = [];
  const source = analysis.model.source;
  for (const c of culprits) if (c.rule === rule) out.push(culpritFinding(source, c));
  for (const e of unexplained) if (e.rule === rule) out.push(equationFinding(source, e, !unsettling.has(e.target)));
  return out;
}


function setCell(source: SourceText, cell: CellNode, value: number, preferred: boolean, title?: Fix['title']): Fix {
  const text = canonicalNumber(value);
  return { title: title ?? { zh: `改为 ${text}`, en: `Change to ${text}` }, edits: [setCellText(source, cell, text)], preferred };
}

const v = (c: CellNode) => usableValue(c.parsed)!;

/** The message of a broken equation, reported on its target: both sides, and the sum. */
function equationMessage(e: EvaluatedEquation): { zh: string; en: string } {
  const target = e.target;
  const expected = expectedValue(e, target)!;
  const actual = v(target);
  const others = e.terms.filter((t) => t.cell !== target);
  switch (e.rule) {
    case 'table3-balance': {
      const get = (name: string) => v(others.find((t) => t.name === name)!.cell);
      const [a, b, c] = [get('一'), get('二'), get('（七）')];
      return {
        zh: `${e.scope.zh}：${NEXT_LABEL}应为 ${canonicalNumber(expected)}（一 ${a} + 二 ${b} − （七）${c}），实为 ${actual}`,
        en: `${e.scope.en}: carried into next year should be ${canonicalNumber(expected)} (${a} + ${b} − ${c}), is ${actual}`,
      };
    }
    case 'table3-results-total': {
      const parts = others.map((t) => v(t.cell)).filter((x) => x !== 0);
      const sum = parts.length > 0 ? parts.join('+') : '0';
      return {
        zh: `${e.scope.zh}：（七）总计应为 ${canonicalNumber(expected)}（各项办理结果之和：${sum}），实为 ${actual}`,
        en: `${e.scope.en}: total (七) should be ${canonicalNumber(expected)} (sum of the outcomes: ${sum}), is ${actual}`,
      };
    }
    default: {
      const parts = others.map((t) => v(t.cell)).join('+');
      return { zh: `总计应为 ${canonicalNumber(expected)}（${parts}），实为 ${actual}`, en: `Total should be ${canonicalNumber(expected)} (${parts}), is ${actual}` };
    }
  }
}

/**
 * A broken equation nothing explains, on its total. Its fix is preferred only when it settles
 * (`sound`): made with the other proposed fixes, it breaks no equation that holds. Otherwise
 * the broken equation's fix would put the old figure back, and fix-all would rewrite the same
 * total back and forth (a「?」elsewhere in table 三 can leave the two equations of its corner
 * 总计 demanding different values).
 */
function equationFinding(source: SourceText, e: EvaluatedEquation, sound: boolean): Finding {
  const target = e.target;
  const expected = expectedValue(e, target)!;
  const actual = v(target);
  const fixes: Fix[] = [setCell(source, target, expected, sound)];
  if (e.rule === 'table3-balance') {
    const others = e.terms.filter((t) => t.cell !== target);
    const get = (name: string) => v(others.find((t) => t.name === name)!.cell);
    const received = others.find((t) => t.name === '一')!.cell;
    const newReceived = get('（七）') + actual - get('二');
    if (newReceived >= 0) {
      fixes.push(setCell(source, received, newReceived, false, { zh: `改为调整「一、本年新收」为 ${newReceived}`, en: `Adjust 一 (received) to ${newReceived} instead` }));
    }
  }
  return { span: target.span, message: equationMessage(e), fixes, subject: cellSubject(target), data: { expected } };
}

function culpritFinding(source: SourceText, c: Culprit): Finding {
  // The cell an equation is reported on (a wrong 总计) is described by that equation, with its sum:
  // 「总计应为 70（61+5+0+0+2+2），实为 71」. Its only fix is the value that mends every equation.
  const own = c.equations.find((e) => e.rule === c.rule && e.target === c.cell);
  if (own) return { span: c.cell.span, message: equationMessage(own), fixes: [setCell(source, c.cell, c.expected, true)], subject: cellSubject(c.cell), data: { expected: c.expected } };
  const actual = v(c.cell);
  const scopesZh = c.equations.map((e) => e.scope.zh).join('与');
  const scopesEn = c.equations.map((e) => e.scope.en).join(' and ');
  const name = c.cell.column.label;
  return {
    span: c.cell.span,
    message: {
      zh: `「${name}」应为 ${canonicalNumber(c.expected)}，实为 ${actual}：${scopesZh}的勾稽关系都要求 ${canonicalNumber(c.expected)}`,
      en: `“${name}” should be ${canonicalNumber(c.expected)}, is ${actual}: ${scopesEn} both require ${canonicalNumber(c.expected)}`,
    },
    fixes: [setCell(source, c.cell, c.expected, true)],
    subject: cellSubject(c.cell),
    data: { expected: c.expected },
  };
}
