import { describe, expect, it } from 'vitest';
import { BASE, check, covered, expectFixRestores, setCell, single, where } from './base';

describe('table4-total', () => {
  it('flags a block whose 总计 is not 维持 + 纠正 + 其他结果 + 尚未审结, on the 总计 cell', () => {
    const text = setCell(BASE, '行政诉讼（未经复议直接起诉）', 5, '13');
    const d = single(text);
    expect(d.rule).toBe('table4-total');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('109:66-109:68');
    expect(covered(text, d)).toBe('13');
    expect(d.message.zh).toBe('总计应为 12（7+2+3+0），实为 13');
    expect(d.message.en).toBe('Total should be 12 (7+2+3+0), is 13');
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it('reports a wrong part on the block’s 总计, as the catalogue places it', () => {
    const text = setCell(BASE, '行政诉讼（未经复议直接起诉）', 2, '3');
    const d = single(text);
    expect(d.rule).toBe('table4-total');
    expect(covered(text, d)).toBe('12');
    expect(d.message.zh).toBe('总计应为 13（7+3+3+0），实为 12');
  });

  it('does not flag a block whose parts are redistributed but still sum to its 总计', () => {
    let text = setCell(BASE, '行政诉讼（未经复议直接起诉）', 1, '6');
    text = setCell(text, '行政诉讼（未经复议直接起诉）', 3, '4');
    expect(check(text)).toEqual([]);
  });
});
