import { describe, expect, it } from 'vitest';
import { BASE, check, covered, replaceOnce, single, where } from './base';

const FEE = '本机关 2024 年度未收取政府信息公开信息处理费。';

describe('fee-not-reported', () => {
  it('flags a section 六 that says nothing of the information processing fee, on its heading', () => {
    const text = replaceOnce(BASE, FEE, '本机关 2024 年度无其他需要报告的事项。');
    const d = single(text);
    expect(d.rule).toBe('fee-not-reported');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('118:1-118:15');
    expect(covered(text, d)).toBe('## 六、其他需要报告的事项');
    expect(d.message.zh).toBe('第六部分应报告信息处理费的收取情况（条例第四十二条）；未收取也应写明');
    expect(d.message.en).toBe('Section 六 must report the information processing fee collected (Art. 42), or say none was collected');
    expect(d.fixes).toEqual([]);
  });

  it('is not satisfied by the 行政事业性收费 of table 二, a different fee', () => {
    const d = single(replaceOnce(BASE, FEE, '本机关行政事业性收费情况见表二。'));
    expect(d.rule).toBe('fee-not-reported');
  });

  it('does not flag other wordings of the fee', () => {
    expect(check(replaceOnce(BASE, FEE, '本机关办理政府信息公开申请，未向申请人收取任何费用。'))).toEqual([]);
    expect(check(replaceOnce(BASE, FEE, '全年收取信息处理费 3940 元。'))).toEqual([]);
  });
});
