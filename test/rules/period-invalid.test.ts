import { describe, expect, it } from 'vitest';
import { BASE, check, covered, replaceOnce, single, where } from './base';

describe('period-invalid', () => {
  it('flags a statistics period ending on 12月30日, on the wrong date, without a fix', () => {
    const text = replaceOnce(BASE, '2024 年 12 月 31 日止', '2024 年 12 月 30 日止');
    const d = single(text);
    expect(d.rule).toBe('period-invalid');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('21:175-21:191');
    expect(covered(text, d)).toBe('2024 年 12 月 30 日');
    expect(d.message.zh).toBe('统计期限应为 2024年1月1日至2024年12月31日，实为 2024年1月1日至2024年12月30日');
    expect(d.message.en).toBe('The statistics period should be 2024-01-01 to 2024-12-31, is 2024-01-01 to 2024-12-30');
    expect(d.fixes).toEqual([]);
  });

  it('flags a start in another month on the start date', () => {
    const text = replaceOnce(BASE, '2024 年 1 月 1 日起', '2024 年 2 月 1 日起');
    expect(covered(text, single(text))).toBe('2024 年 2 月 1 日');
  });

  it('does not flag an end date written without its year', () => {
    expect(check(replaceOnce(BASE, '至 2024 年 12 月 31 日止', '至 12 月 31 日止'))).toEqual([]);
  });

  it('flags a garbled period that yields no dates, on the dates as written', () => {
    const text = replaceOnce(BASE, '自 2024 年 1 月 1 日起，至 2024 年 12 月 31 日止', '自202411日起至20241230日止');
    const d = single(text);
    expect(d.rule).toBe('period-invalid');
    expect(covered(text, d)).toBe('202411日起至20241230日止');
    expect(d.message.zh).toBe('统计期限“202411日起至20241230日止”不是可读的日期：应为 2024年1月1日至2024年12月31日');
    expect(d.message.en).toBe('The statistics period “202411日起至20241230日止” is not a readable pair of dates: it should be 2024-01-01 to 2024-12-31');
  });

  it('does not flag a period written as a whole year or as months', () => {
    for (const period of ['为 2024 年度', '为 2024 年 1 月至 12 月']) {
      expect(check(replaceOnce(BASE, '自 2024 年 1 月 1 日起，至 2024 年 12 月 31 日止', period))).toEqual([]);
    }
  });
});
