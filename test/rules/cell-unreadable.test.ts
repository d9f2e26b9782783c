import { describe, expect, it } from 'vitest';
import { BASE, check, covered, replaceOnce, setCell, single, where } from './base';

describe('cell-unreadable', () => {
  it('flags a figure the converter marked “?”, without a fix (it is never guessed)', () => {
    const text = setCell(BASE, '行政处罚', 1, '?');
    const d = single(text);
    expect(d.rule).toBe('cell-unreadable');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('62:32-62:33');
    expect(covered(text, d)).toBe('?');
    expect(d.message.zh).toBe('表二第二十条第（六）项「行政处罚」未能从原文读出，请对照原件填写');
    expect(d.message.en).toBe('table 二, Art. 20(6), “行政处罚” could not be read from the source; fill it in from the original');
    expect(d.fixes).toEqual([]);
  });

  it('takes a full-width “？” for the same mark', () => {
    expect(single(setCell(BASE, '行政处罚', 1, '？')).rule).toBe('cell-unreadable');
  });

  it('keeps an unreadable figure out of the arithmetic (no total is blamed for it)', () => {
    const text = setCell(BASE, '（一）予以公开', 1, '?');
    expect(check(text).map((d) => d.rule)).toEqual(['cell-unreadable']);
  });

  it('does not flag a question mark in the prose', () => {
    const text = replaceOnce(BASE, '本机关 2024 年度未收取政府信息公开信息处理费。', '本机关 2024 年度是否收取信息处理费？未收取。');
    expect(check(text)).toEqual([]);
  });
});
