import { describe, expect, it } from 'vitest';
import { BASE, check, covered, expectFixRestores, setCell, single, where } from './base';

describe('cell-number-style', () => {
  it('flags thousands separators and rewrites the figure canonically', () => {
    const text = setCell(BASE, '行政许可', 1, '35,583');
    const d = single(text);
    expect(d.rule).toBe('cell-number-style');
    expect(d.severity).toBe('info');
    expect(where(d)).toBe('58:31-58:37');
    expect(covered(text, d)).toBe('35,583');
    expect(d.message.zh).toBe('数字“35,583”应写作 35583');
    expect(d.message.en).toBe('Write “35,583” as 35583');
    expect(d.fixes.map((f) => f.edits.map((e) => e.newText.trim()))).toEqual([['35583']]);
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it.each([
    ['full-width digits', '９１', '91'],
    ['a leading zero', '091', '91'],
    ['bold', '**91**', '91'],
  ])('flags %s', (_, written, canonical) => {
    const text = setCell(BASE, '行政强制', 1, written);
    const d = single(text);
    expect(d.rule).toBe('cell-number-style');
    expect(covered(text, d)).toBe(written);
    expect(d.fixes[0].edits[0].newText.trim()).toBe(canonical);
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it('does not flag a decimal fee written plainly', () => {
    expect(check(setCell(BASE, '行政事业性收费', 1, '0.5'))).toEqual([]);
  });
});
