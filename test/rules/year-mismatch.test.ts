import { applyEdits } from '../../server/src/engine';
import { describe, expect, it } from 'vitest';
import { BASE, check, covered, expectFixRestores, replaceOnce, single, where } from './base';

const INTRO_END = '按照《中华人民共和国政府信息公开工作年度报告格式》编制而成。';

describe('year-mismatch', () => {
  it('flags a title naming another year, on the year, and corrects it to the year most places state', () => {
    const text = replaceOnce(BASE, '# 孝义市2024年', '# 孝义市2023年');
    const d = single(text);
    expect(d.rule).toBe('year-mismatch');
    expect(d.severity).toBe('warning');
    expect(where(d)).toBe('19:6-19:10');
    expect(covered(text, d)).toBe('2023');
    expect(d.message.zh).toBe('年份不一致：前置元数据为 2024 年度，标题为 2023 年');
    expect(d.message.en).toBe('Year mismatch: the front matter says 2024, the title says 2023');
    // Front matter, statistics period and signature agree on 2024: the title is the slip.
    expect(d.fixes.map((f) => [f.edits[0].newText, f.preferred])).toEqual([['2024', true]]);
    expect(check(applyEdits(text, d.fixes[0].edits).text)).toEqual([]);
  });

  it('flags the text calling the report last year’s report, and corrects the year', () => {
    const text = replaceOnce(BASE, INTRO_END, `${INTRO_END}现将《孝义市2023年政府信息公开工作年度报告》向社会公布。`);
    const d = single(text);
    expect(covered(text, d)).toBe('2023');
    expect(d.message.zh).toBe('年份不一致：前置元数据为 2024 年度，正文为 2023 年');
    expect(d.fixes.map((f) => f.edits.map((e) => e.newText))).toEqual([['2024']]);
    expect(check(expectFixRestores(text, d))).toEqual([]);
  });

  // BUG (not fixed: the report year is chosen in parse/meta.ts and read by many rules): the front
  // matter's year always wins, so one wrong front-matter year against a title, statistics period and
  // signature that all agree on 2024 yields four diagnostics (year-mismatch on the title and on the
  // period, period-invalid, publish-date) instead of one on the odd year out.
  it('one wrong front-matter year is one diagnostic, on that year', () => {
    const text = replaceOnce(BASE, 'year: 2024', 'year: 2023');
    const d = single(text);
    expect(d.rule).toBe('year-mismatch');
    expect(covered(text, d)).toBe('2023');
  });

  it('does not flag a reference to last year’s report', () => {
    const text = replaceOnce(BASE, INTRO_END, `${INTRO_END}对照上一年度编制的《孝义市2023年政府信息公开工作年度报告》提出的改进措施逐项落实。`);
    expect(check(text)).toEqual([]);
  });
});
