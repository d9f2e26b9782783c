import { describe, expect, it } from 'vitest';
import { BASE, check, covered, lastYear, setCell, single, where } from './base';

describe('stock-mismatch', () => {
  it('flags 现行有效件数 that is not last year’s + 制发 − 废止, on the cell, as a notice', () => {
    // Last year 28 in force; 10 issued, 0 repealed: 38 expected.
    const text = setCell(BASE, '行政规范性文件', 3, '40');
    const d = single(text, { previous: lastYear() });
    expect(d.rule).toBe('stock-mismatch');
    expect(d.severity).toBe('info');
    expect(where(d)).toBe('54:57-54:59');
    expect(covered(text, d)).toBe('40');
    expect(d.message.zh).toBe('「行政规范性文件」现行有效件数为 40，按上年 28 + 本年制发 10 − 本年废止 0 应为 38');
    expect(d.message.en).toBe("“行政规范性文件” in force is 40; last year's 28 + 10 issued − 0 repealed gives 38");
    expect(d.fixes).toEqual([]);
  });

  it('does not flag a stock that adds up, nor check without last year’s report', () => {
    expect(check(BASE, { previous: lastYear() })).toEqual([]);
    let text = setCell(BASE, '行政规范性文件', 2, '2');
    text = setCell(text, '行政规范性文件', 3, '36');
    expect(check(text, { previous: lastYear() })).toEqual([]);
    expect(check(setCell(BASE, '行政规范性文件', 3, '40'))).toEqual([]);
  });
});
