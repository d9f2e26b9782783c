import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../server/src/engine';
import { applyFix, BASE, brief, check, covered, expectFixRestores, setCell, single, where } from './base';

describe('table3-balance', () => {
  it('flags a 四、结转下年度 figure that breaks 一 + 二 = （七）+ 四, on the 四 cell of that column', () => {
    const text = setCell(BASE, '四、结转下年度', 1, '2');
    const d = single(text);
    expect(d.rule).toBe('table3-balance');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('102:72-102:73');
    expect(covered(text, d)).toBe('2');
    expect(d.message.zh).toBe('表三「自然人」列：四、结转下年度继续办理应为 1（一 61 + 二 0 − （七）60），实为 2');
    expect(d.message.en).toBe('table 三 column “自然人”: carried into next year should be 1 (61 + 0 − 60), is 2');
    // The figure also breaks its row's total, so adjusting 一 instead would not mend it: one fix.
    expect(d.fixes.map((f) => f.edits.map((e) => e.newText.trim()))).toEqual([['1']]);
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  describe('a whole row 四 that disagrees with 一 + 二 − （七）: both fixes, adjust 四 or adjust 一', () => {
    let text = setCell(BASE, '四、结转下年度', 1, '2');
    text = setCell(text, '四、结转下年度', 7, '2');
    const diagnostics = check(text);

    it('reports each unbalanced column on its 四 cell, offering both fixes', () => {
      expect(diagnostics.map(brief)).toEqual(['table3-balance/error@102:72-102:73', 'table3-balance/error@102:138-102:139']);
      expect(diagnostics[1].message.zh).toBe('表三「总计」列：四、结转下年度继续办理应为 1（一 70 + 二 0 − （七）69），实为 2');
      expect(diagnostics.map((d) => d.fixes.map((f) => f.title.zh))).toEqual([
        ['改为 1', '改为调整「一、本年新收」为 62'],
        ['改为 1', '改为调整「一、本年新收」为 71'],
      ]);
      expect(diagnostics.map((d) => d.fixes.map((f) => f.preferred))).toEqual([
        [true, false],
        [true, false],
      ]);
    });

    it('adjusting 四 in both columns restores the example', () => {
      const fixed = applyEdits(text, diagnostics.flatMap((d) => d.fixes[0].edits)).text;
      expect(fixed).toBe(BASE);
    });

    it('adjusting 一 instead in both columns leaves a consistent table (一 = 62 … 71)', () => {
      const fixed = applyEdits(text, diagnostics.flatMap((d) => d.fixes[1].edits)).text;
      // The tables now balance; only the prose 「受理政府信息公开申请 70 件」 no longer matches 一 = 71.
      const rest = check(fixed);
      expect(rest.map(brief)).toEqual(['text-table-mismatch/warning@33:114-33:116']);
      expect(rest[0].data).toEqual({ claimed: 70, table: 71 });
      expect(fixed.split('\n')[72]).toContain('|     62 |');
      expect(fixed.split('\n')[72]).toMatch(/\|\s+71 \|$/);
    });

    it('after one column’s fix, the other 四 cell is the one wrong figure left', () => {
      const rest = check(applyFix(text, diagnostics[0]));
      expect(rest.map(brief)).toEqual(['table3-row-total/error@102:138-102:139']);
      expect(rest[0].message.zh).toBe('总计应为 1（1+0+0+0+0+0），实为 2');
      expect(applyFix(applyFix(text, diagnostics[0]), rest[0])).toBe(BASE);
    });
  });

  it('does not flag a carried-over application still pending: 61 + 1 = 60 + 2', () => {
    let text = setCell(BASE, '二、上年结转', 1, '1');
    text = setCell(text, '二、上年结转', 7, '1');
    text = setCell(text, '四、结转下年度', 1, '2');
    text = setCell(text, '四、结转下年度', 7, '2');
    expect(check(text)).toEqual([]);
  });
});
