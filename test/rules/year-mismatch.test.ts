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

  it('a title left at last year, against the period, the publication date and the prose, is one diagnostic on the title', () => {
    // Without front matter the title and the period tie one to one; the publication date (January
    // 2025: a 2024 report) and the prose's own year (「2024 年，孝义市坚持……」) decide.
    const body = BASE.slice(BASE.indexOf('<!--'));
    const text = replaceOnce(body, '# 孝义市2024年', '# 孝义市2023年');
    const d = single(text);
    expect(d.rule).toBe('year-mismatch');
    expect(covered(text, d)).toBe('2023');
    expect(d.message.zh).toBe('年份不一致：统计期限为 2024 年度，标题为 2023 年');
    expect(d.fixes.map((f) => f.edits[0].newText)).toEqual(['2024']);
    expect(check(applyEdits(text, d.fixes[0].edits).text)).toEqual([]);
  });

  it('a year no place states but the publication date and the prose point to names the publication date', () => {
    const body = BASE.slice(BASE.indexOf('<!--'));
    const text = replaceOnce(replaceOnce(body, '# 孝义市2024年', '# 孝义市2023年'), '本报告中所列数据的统计期限自 2024 年 1 月 1 日起，至 2024 年 12 月 31 日止。', '');
    const d = single(text);
    expect(covered(text, d)).toBe('2023');
    expect(d.message.zh).toBe('年份不一致：公布日期为 2024 年度，标题为 2023 年');
    expect(d.message.en).toBe('Year mismatch: the publication date says 2024, the title says 2023');
  });
});
