import { describe, expect, it } from 'vitest';
import { applyEdits, parseReport, type TableId } from '../../server/src/engine';
import { BASE, applyFix, brief, check, covered, setCell, single, where } from './base';

const ARITHMETIC = new Set(['table3-row-total', 'table3-results-total', 'table3-balance', 'table4-total']);

/** One wrong figure yields one diagnostic, not a cascade over every equation it breaks. */
describe('one fault, one diagnostic', () => {
  it('一、本年新收 自然人 61 → 62 (breaks its row total and its column balance): one diagnostic, on that cell', () => {
    const text = setCell(BASE, '一、本年新收', 1, '62');
    const d = single(text);
    expect(ARITHMETIC.has(d.rule)).toBe(true);
    expect(where(d)).toBe('73:66-73:68');
    expect(covered(text, d)).toBe('62');
    expect(d.message.zh).toBe('「自然人」应为 61，实为 62：表三「一、本年新收政府信息公开申请数量」行与表三「自然人」列的勾稽关系都要求 61');
    const preferred = d.fixes.filter((f) => f.preferred);
    expect(preferred.map((f) => f.edits.map((e) => e.newText.trim()))).toEqual([['61']]);
    expect(applyFix(text, d)).toBe(BASE);
  });

  it('一、本年新收 总计 70 → 71: one table3-row-total, on that cell', () => {
    const text = setCell(BASE, '一、本年新收', 7, '71');
    const d = single(text);
    expect(d.rule).toBe('table3-row-total');
    expect(covered(text, d)).toBe('71');
    expect(where(d)).toBe('73:132-73:134');
    expect(applyFix(text, d)).toBe(BASE);
  });

  it('a wrong （七）总计 of a column: one table3-results-total, on that cell', () => {
    const text = setCell(BASE, '（七）总计', 5, '3');
    const d = single(text);
    expect(d.rule).toBe('table3-results-total');
    expect(covered(text, d)).toBe('3');
    expect(d.message.zh).toBe('表三「法律服务机构」列：（七）总计应为 2（各项办理结果之和：1+1），实为 3');
    expect(applyFix(text, d)).toBe(BASE);
  });

  it('a wrong （七）总计 in the 总计 column (three equations): one diagnostic, on that cell', () => {
    const text = setCell(BASE, '（七）总计', 7, '70');
    const d = single(text);
    expect(d.rule).toBe('table3-row-total');
    expect(where(d)).toBe('101:143-101:145');
    expect(d.message.zh).toBe('总计应为 69（60+5+0+0+2+2），实为 70');
    expect(applyFix(text, d)).toBe(BASE);
  });

  it.each([
    ['blank', '', 'cell-empty'],
    ['unreadable', '?', 'cell-unreadable'],
    ['a slash', '/', 'cell-not-number'],
    ['negative', '-4', 'cell-negative'],
    ['a decimal', '4.5', 'cell-not-integer'],
  ])('a %s cell inside a sum is reported as such only, never as an arithmetic fault', (_, written, rule) => {
    const text = setCell(BASE, '（一）予以公开', 1, written);
    expect(check(text).map((d) => d.rule)).toEqual([rule]);
  });

  it('two independent typos are two diagnostics, each on its own cell', () => {
    let text = setCell(BASE, '一、本年新收', 1, '62');
    text = setCell(text, '行政诉讼（未经复议直接起诉）', 5, '13');
    expect(check(text).map(brief)).toEqual(['table3-row-total/error@73:66-73:68', 'table4-total/error@109:66-109:68']);
  });

  describe('every figure of table 三, one at a time: one diagnostic, on that figure, whose fix restores it', () => {
    const model = parseReport(BASE);
    const t3 = model.tables.get('t3' as TableId)!;
    const cells = t3.rows.flatMap((row) => row.cells.map((cell) => ({ row: row.spec.label, column: cell.column.label, cell })));
    it('covers all 25 rows × 7 columns', () => {
      expect(cells).toHaveLength(175);
    });
    it.each(cells.map((c) => [`${c.row} / ${c.column}`, c] as const))('%s + 1', (_, { cell }) => {
      const wrong = String(Number(cell.raw) + 1);
      const text = applyEdits(BASE, [{ span: cell.span, newText: wrong }]).text;
      const d = single(text);
      expect(ARITHMETIC.has(d.rule)).toBe(true);
      expect(d.span).toEqual({ start: cell.span.start, end: cell.span.start + wrong.length });
      expect(applyFix(text, d)).toBe(BASE);
    });
  });

  describe('every figure of table 四: one diagnostic, on its block’s 总计', () => {
    const t4 = parseReport(BASE).tables.get('t4' as TableId)!;
    const cells = t4.rows.flatMap((row) => row.cells.map((cell) => ({ row, cell })));
    it.each(cells.map((c) => [`${c.row.spec.label} / ${c.cell.column.label}`, c] as const))('%s + 1', (_, { row, cell }) => {
      const wrong = String(Number(cell.raw) + 1);
      const text = applyEdits(BASE, [{ span: cell.span, newText: wrong }]).text;
      const d = single(text);
      expect(d.rule).toBe('table4-total');
      const total = row.cells.find((c) => c.column.id === 'total')!;
      expect(d.range.start.line).toBe(parseReport(BASE).source.lineAt(total.span.start));
      expect(covered(text, d)).toBe(cell === total ? wrong : total.raw);
    });
  });
});
