import { describe, expect, it } from 'vitest';
import { BASE, check, covered, setCell, single, where } from './base';

describe('cell-not-integer', () => {
  it('flags a decimal where a count is required, without a fix', () => {
    const text = setCell(BASE, '行政处罚', 1, '5025.5');
    const d = single(text);
    expect(d.rule).toBe('cell-not-integer');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('62:32-62:38');
    expect(covered(text, d)).toBe('5025.5');
    expect(d.message.zh).toBe('表二第二十条第（六）项「行政处罚」应为整数件数，实为 5025.5');
    expect(d.message.en).toBe('table 二, Art. 20(6), “行政处罚” must be a whole number, is 5025.5');
    expect(d.fixes).toEqual([]);
  });

  it('does not flag a decimal fee: 本年收费金额 is in 万元', () => {
    expect(check(setCell(BASE, '行政事业性收费', 1, '96171.6'))).toEqual([]);
  });
});
