import { describe, expect, it } from 'vitest';
import { BASE, check, covered, expectFixRestores, setCell, single, where } from './base';

describe('table3-row-total', () => {
  it('flags a row whose 总计 is not the sum of the six applicant columns, on the 总计 cell', () => {
    const text = setCell(BASE, '一、本年新收', 7, '71');
    const d = single(text);
    expect(d.rule).toBe('table3-row-total');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('73:132-73:134');
    expect(covered(text, d)).toBe('71');
    expect(d.message.zh).toBe('总计应为 70（61+5+0+0+2+2），实为 71');
    expect(d.message.en).toBe('Total should be 70 (61+5+0+0+2+2), is 71');
    expect(d.fixes.map((f) => [f.edits.map((e) => e.newText.trim()), f.preferred])).toEqual([[['70'], true]]);
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it('names a wrong applicant figure that breaks its row and its column, once, on that figure', () => {
    // （一）予以公开 自然人 4 → 5 breaks the row's total and the 自然人 column's （七）总计 alike.
    const text = setCell(BASE, '（一）予以公开', 1, '5');
    const d = single(text);
    expect(d.rule).toBe('table3-row-total');
    expect(covered(text, d)).toBe('5');
    expect(where(d)).toBe('76:76-76:77');
    expect(d.message.zh).toBe('「自然人」应为 4，实为 5：表三「（一）予以公开」行与表三「自然人」列的勾稽关系都要求 4');
    expect(d.message.en).toBe('“自然人” should be 4, is 5: table 三 row “（一）予以公开” and table 三 column “自然人” both require 4');
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it('reads a total written in full-width digits as its value: a style notice, no arithmetic fault', () => {
    const text = setCell(BASE, '一、本年新收', 7, '７０');
    expect(check(text).map((d) => d.rule)).toEqual(['cell-number-style']);
  });
});
