import { describe, expect, it } from 'vitest';
import { convertDocument, fixAll, hoverAt, inlayHints, LanguageIndex, parseReport } from '../../server/src/engine';
import { canonicalNumber, parseCell } from '../../server/src/engine/text/numbers';
import { corpus } from '../helpers';
import { BASE, check, covered, setCell, single, where } from './base';

/**
 * The guarantee: every figure the engine computes with is exact (integers up to 2^53 − 1,
 * decimals of up to 15 significant digits, sums that stay in that range); a figure beyond
 * that is reported, never used in a sum and never rewritten.
 */

describe('parseCell: exact figures or refusal', () => {
  it.each([
    ['9007199254740991', 'ok', 9007199254740991],
    ['9007199254740992', 'unrepresentable', undefined],
    ['9007199254740993', 'unrepresentable', undefined],
    ['123456789012345678901234567890', 'unrepresentable', undefined],
    ['9,007,199,254,740,993', 'unrepresentable', undefined],
    ['９００７１９９２５４７４０９９３', 'unrepresentable', undefined],
    ['-9007199254740993', 'unrepresentable', undefined],
    ['9007199254740993件', 'unrepresentable', undefined],
    ['429.385756', 'ok', 429.385756],
    ['123456789.012345', 'ok', 123456789.012345],
    ['123456789.0123456', 'unrepresentable', undefined],
    ['0.000000000000000001', 'ok', 1e-18],
    ['100.000000000000000000', 'styled', 100],
  ])('%s → %s', (raw, status, value) => {
    const cell = parseCell(raw, 'money');
    expect(cell.status).toBe(status);
    expect(cell.value).toBe(value);
  });
});

describe('cell-too-many-digits', () => {
  it('reports a figure beyond 2^53 − 1 on its cell, without a fix, and nothing else about it', () => {
    const text = setCell(BASE, '行政复议', 1, '9007199254740993');
    const d = single(text);
    expect(d.rule).toBe('cell-too-many-digits');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('108:37-108:53');
    expect(covered(text, d)).toBe('9007199254740993');
    expect(d.message.zh).toBe('表四「行政复议」「结果维持」的数字 9007199254740993 位数过多，无法精确核对（整数最大 9007199254740991，小数最多 15 位有效数字）；请对照原件改正');
    expect(d.message.en).toBe(
      'table 四, “行政复议”, “结果维持”: 9007199254740993 has more digits than can be checked exactly (integers up to 9007199254740991, decimals up to 15 significant digits); check it against the original',
    );
    expect(d.fixes).toEqual([]);
  });

  it('a correct row above 2^53 is not called wrong, and its total is never rewritten', () => {
    // 9007199254740993 + 0 + 0 + 7 = 9007199254741000: right, but not computable exactly.
    let text = setCell(BASE, '行政复议', 1, '9007199254740993');
    text = setCell(text, '行政复议', 4, '7');
    text = setCell(text, '行政复议', 5, '9007199254741000');
    expect(check(text).map((d) => [d.rule, covered(text, d)])).toEqual([
      ['cell-too-many-digits', '9007199254740993'],
      ['cell-too-many-digits', '9007199254741000'],
    ]);
    expect(fixAll(text).text).toBe(text);
  });

  it('fix-all and convert never write an exponent or a changed figure (1e+21, …992)', () => {
    const text = setCell(BASE, '行政复议', 1, '999999999999999999999');
    expect(fixAll(text).text).toBe(text);
    const pasted = corpus('xiaoyi-2024.txt').replace('行政许可\t35583', '行政许可\t9007199254740993').replace('行政处罚\t5025', '行政处罚\t123456789012345678901234567890');
    const converted = convertDocument(pasted, { fix: true }).text;
    expect(converted).toMatch(/\| 行政许可 +\| 9007199254740993 \|/);
    expect(converted).toMatch(/\| 行政处罚 +\| 123456789012345678901234567890 \|/);
    expect(converted).not.toMatch(/\de\+\d/);
  });

  it('safe figures whose sum leaves the exact range: the equation is not checked, and the hover says why', () => {
    let text = setCell(BASE, '行政复议', 1, '9007199254740991');
    text = setCell(text, '行政复议', 2, '9007199254740991');
    text = setCell(text, '行政复议', 5, '1');
    expect(check(text)).toEqual([]);
    expect(fixAll(text).text).toBe(text);
    const index = new LanguageIndex(parseReport(text));
    const row = text.indexOf('| 行政复议');
    const total = text.lastIndexOf('1 |', text.indexOf('\n', row));
    const hover = hoverAt(index, total, 'en')!;
    expect(hover.markdown).toContain('Cannot be computed exactly: the sum exceeds 9007199254740991, so it is not checked.');
    expect(inlayHints(index, 'en').map((h) => h.label)).not.toContain('= 18014398509481982 ✗');
  });
});

describe('canonicalNumber never writes an exponent', () => {
  it.each([
    [1e-7, '0.0000001'],
    [-1.5e-10, '-0.00000000015'],
    [0.000123, '0.000123'],
    [429.385756, '429.385756'],
    [1e21, '1000000000000000000000'],
    [9007199254740991, '9007199254740991'],
  ])('%s → %s', (value, text) => {
    expect(canonicalNumber(value)).toBe(text);
  });
});
