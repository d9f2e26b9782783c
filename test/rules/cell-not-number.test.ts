import { describe, expect, it } from 'vitest';
import { BASE, check, covered, expectFixRestores, setCell, single, where } from './base';

describe('cell-not-number', () => {
  it('flags a number with a unit and offers the bare number', () => {
    const text = setCell(BASE, '行政许可', 1, '35583件');
    const d = single(text);
    expect(d.rule).toBe('cell-not-number');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('58:31-58:37');
    expect(covered(text, d)).toBe('35583件');
    expect(d.message.zh).toBe('表二第二十条第（五）项「行政许可」应为数字，实为“35583件”（数字应为 35583，单位见表头）');
    expect(d.message.en).toBe('table 二, Art. 20(5), “行政许可” must be a number, is “35583件” (write 35583; the unit is in the header)');
    expect(d.fixes.map((f) => f.title.zh)).toEqual(['改为 35583']);
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it('flags “/” with no fix: a slash is not a zero', () => {
    const text = setCell(BASE, '规章', 1, '/');
    const d = single(text);
    expect(d.rule).toBe('cell-not-number');
    expect(covered(text, d)).toBe('/');
    expect(d.message.zh).toBe('表二第二十条第（一）项「规章」「本年制发件数」应为数字，实为“/”；没有则填 0');
    expect(d.message.en).toBe('table 二, Art. 20(1), “规章”, “本年制发件数” must be a number, is “/”; write 0 for none');
    expect(d.fixes).toEqual([]);
  });

  it.each(['-', '—', '无'])('flags “%s” the same way', (mark) => {
    const d = single(setCell(BASE, '行政强制', 1, mark));
    expect(d.rule).toBe('cell-not-number');
    expect(d.message.zh).toContain(`实为“${mark}”`);
  });

  it('does not take a figure with thousands separators for text (a style notice instead)', () => {
    expect(check(setCell(BASE, '行政许可', 1, '35,583')).map((d) => d.rule)).toEqual(['cell-number-style']);
  });
});
