import { foldWidth } from './normalize';
import { canonicalNumber, parseCell, type ValueKind } from './numbers';

/**
 * Checking a figure typed into the preview's grid. Small and free of the format data on
 * purpose: the webview bundles it to refuse a bad entry at once, and the server runs the same
 * function before it writes anything, so both sides always agree.
 */

/** The canonical figure to write, or why the input is refused (in both languages). */
export type FigureInput = { readonly text: string } | { readonly reason: { readonly zh: string; readonly en: string } };

/**
 * Input typed into a cell, as the canonical figure to write: digits typed with an IME
 * (full-width), separators and leading zeros are accepted and written canonically; anything
 * that is not a figure of the column's kind is refused, saying why. Empty clears the cell.
 */
export function validFigure(input: string, kind: ValueKind): FigureInput {
  const typed = foldWidth(input).trim();
  if (typed === '') return { text: '' };
  if (typed.length > 15) return { reason: { zh: '数字太长。', en: 'The number is too long.' } };
  const parsed = parseCell(typed, kind);
  switch (parsed.status) {
    case 'ok':
    case 'styled':
      return { text: canonicalNumber(parsed.value!) };
    case 'negative':
      return { reason: { zh: '统计数字不能为负数。', en: 'A figure cannot be negative.' } };
    case 'not-integer':
      return { reason: { zh: '这里填件数，须为整数。', en: 'This is a count: a whole number is required.' } };
    default:
      return {
        reason:
          kind === 'money'
            ? { zh: `“${input.trim()}”不是数字：请填写金额（可带小数），没有则填 0。`, en: `“${input.trim()}” is not a number: enter the amount (decimals allowed), or 0 for none.` }
            : { zh: `“${input.trim()}”不是数字：请填写非负整数，没有则填 0。`, en: `“${input.trim()}” is not a number: enter a whole number, or 0 for none.` },
      };
  }
}

