import { describe, expect, it } from 'vitest';
import { asYear, BASE, check, covered, setCell, single, where, withTable2019 } from './base';

describe('cell-negative', () => {
  it('flags a negative count, without a fix', () => {
    const text = setCell(BASE, '行政强制', 1, '-91');
    const d = single(text);
    expect(d.rule).toBe('cell-negative');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('63:34-63:37');
    expect(covered(text, d)).toBe('-91');
    expect(d.message.zh).toBe('表二第二十条第（六）项「行政强制」为负数（-91）：数量不可能小于 0');
    expect(d.message.en).toBe('table 二, Art. 20(6), “行政强制” is negative (-91): a count cannot be below 0');
    expect(d.fixes).toEqual([]);
  });

  it('does not flag the 2019 layout’s 本年增/减, a change that may be negative (a 2020 report)', () => {
    const text = asYear(withTable2019(), 2020);
    expect(text).toContain('|        -2 |');
    expect(check(text)).toEqual([]);
  });
});
