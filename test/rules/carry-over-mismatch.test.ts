import { describe, expect, it } from 'vitest';
import { BASE, check, covered, lastYear, lastYearText, setCell, single, where } from './base';

describe('carry-over-mismatch', () => {
  it('flags 二、上年结转 differing from last year’s 四、结转下年度, once, on the 总计 cell, naming each column', () => {
    // Last year's report carried 1 application (自然人) into this year; this year carries over 0.
    let previous = setCell(lastYearText(), '四、结转下年度', 1, '1');
    previous = setCell(previous, '四、结转下年度', 7, '1');
    const d = single(BASE, { previous: lastYear(previous) });
    expect(d.rule).toBe('carry-over-mismatch');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('74:133-74:134');
    expect(covered(BASE, d)).toBe('0');
    expect(d.message.zh).toBe('「二、上年结转」与上一年度报告「四、结转下年度继续办理」不符：「自然人」为 0，上年为 1；「总计」为 0，上年为 1');
    expect(d.message.en).toBe("二 (carried over) differs from last year's 四 (carried into next year): “自然人” is 0, last year 1; “总计” is 0, last year 1");
    expect(d.fixes).toEqual([]);
  });

  it('points at the differing column when the totals agree', () => {
    let previous = setCell(lastYearText(), '四、结转下年度', 1, '1');
    previous = setCell(previous, '四、结转下年度', 2, '0');
    let text = setCell(BASE, '二、上年结转', 2, '1');
    text = setCell(text, '二、上年结转', 7, '1');
    text = setCell(text, '四、结转下年度', 2, '1');
    text = setCell(text, '四、结转下年度', 7, '2');
    previous = setCell(previous, '四、结转下年度', 7, '1');
    const d = single(text, { previous: lastYear(previous) });
    expect(d.rule).toBe('carry-over-mismatch');
    expect(where(d)).toBe('74:67-74:68');
    expect(covered(text, d)).toBe('0');
    expect(d.message.zh).toBe('「二、上年结转」与上一年度报告「四、结转下年度继续办理」不符：「自然人」为 0，上年为 1；「商业企业」为 1，上年为 0');
  });

  it('does not flag a carry-over that equals last year’s, nor check without last year’s report', () => {
    expect(check(BASE, { previous: lastYear() })).toEqual([]);
    let previous = setCell(lastYearText(), '四、结转下年度', 1, '1');
    previous = setCell(previous, '四、结转下年度', 7, '1');
    expect(check(BASE)).toEqual([]);
    expect(check(BASE, { previous: lastYear(previous) })).toHaveLength(1);
  });
});
