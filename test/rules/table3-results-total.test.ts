import { describe, expect, it } from 'vitest';
import { BASE, check, covered, expectFixRestores, setCell, single, where } from './base';

describe('table3-results-total', () => {
  it('flags a （七）总计 that is not the sum of the result rows, on that column’s （七）总计 cell', () => {
    const text = setCell(BASE, '（七）总计', 1, '61');
    const d = single(text);
    expect(d.rule).toBe('table3-results-total');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('101:77-101:79');
    expect(covered(text, d)).toBe('61');
    expect(d.message.zh).toBe('表三「自然人」列：（七）总计应为 60（各项办理结果之和：4+25+1+21+2+1+6），实为 61');
    expect(d.message.en).toBe('table 三 column “自然人”: total (七) should be 60 (sum of the outcomes: 4+25+1+21+2+1+6), is 61');
    expect(d.fixes).toHaveLength(1);
    expect(expectFixRestores(text, d)).toBe(BASE);
  });

  it('does not flag an application moved from one result row to another: the totals still hold', () => {
    // 6.属于四类过程性信息 → 7.属于行政执法案卷 (自然人 and 总计 both move by one).
    let text = setCell(BASE, '6.属于四类过程性信息', 1, '0');
    text = setCell(text, '6.属于四类过程性信息', 7, '0');
    text = setCell(text, '7.属于行政执法案卷', 1, '1');
    text = setCell(text, '7.属于行政执法案卷', 7, '1');
    expect(check(text)).toEqual([]);
  });
});
