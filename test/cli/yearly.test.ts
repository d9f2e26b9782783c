import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextYearDraft, parseReport } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { FIXTURES, ensureBuilt, govreport, tempDir } from './run';

/**
 * `govreport next` and `govreport compare` through the real entry point, on the two years of
 * 孝义市 (test/fixtures/cli/pair: 2023 carries 3 applications into 2024, which reports 0).
 */

beforeAll(ensureBuilt);

const Y2023 = 'pair/孝义市2023年政府信息公开工作年度报告.md';
const Y2024 = 'pair/孝义市2024年政府信息公开工作年度报告.md';
const text2023 = readFileSync(join(FIXTURES, Y2023), 'utf8');
const GOLDEN_EN = readFileSync(join(ROOT, 'test/fixtures/yearly/compare-2023-2024.en.txt'), 'utf8');

const REVIEW_EN = (file: string) =>
  [
    'Drafted the 2024 report: 9 figures carried over, publication date cleared, the other figures to fill in.',
    "4 paragraphs still last year's text, to be rewritten for this year before publishing:",
    `${file}:12:1 info copied-text This paragraph is identical to one in last year's report (still last year's figures: 2023, 72, 10); write about this year`,
    `${file}:14:1 info copied-text This paragraph is identical to one in last year's report; write about this year`,
    `${file}:81:1 info copied-text This paragraph is identical to one in last year's report; write about this year`,
    `${file}:85:1 info copied-text This paragraph is identical to one in last year's report (still last year's figures: 2023); write about this year`,
    '',
  ].join('\n');

describe('govreport next', () => {
  const dir = tempDir();
  afterAll(dir.remove);
  beforeAll(() => {
    mkdirSync(join(dir.path, 'archive'));
    mkdirSync(join(dir.path, 'drafts'));
    writeFileSync(join(dir.path, 'archive/孝义市2023年政府信息公开工作年度报告.md'), text2023);
  });

  it('writes next year’s draft, with previous: relative to the draft, and lists what to review', () => {
    const r = govreport(['next', '-o', 'drafts/2024.govreport.md', 'archive/孝义市2023年政府信息公开工作年度报告.md'], { cwd: dir.path });
    expect(r).toEqual({ status: 0, stdout: '', stderr: REVIEW_EN('drafts/2024.govreport.md') });
    const written = readFileSync(join(dir.path, 'drafts/2024.govreport.md'), 'utf8');
    const expected = nextYearDraft(parseReport(text2023), { previousPath: '../archive/孝义市2023年政府信息公开工作年度报告.md' });
    expect(expected.ok && written).toBe(expected.ok && expected.text);
    expect(written.split('\n').slice(0, 4)).toEqual(['---', 'year: 2024', 'previous: ../archive/孝义市2023年政府信息公开工作年度报告.md', '---']);
  });

  it('makes a draft that `check` pairs with last year’s through its front matter', () => {
    const r = govreport(['check', '--format', 'json', 'drafts/2024.govreport.md'], { cwd: dir.path });
    const rules = (JSON.parse(r.stdout) as { files: { diagnostics: { rule: string }[] }[] }).files[0].diagnostics.map((d) => d.rule);
    expect(rules.filter((x) => x !== 'cell-empty')).toEqual(['copied-text', 'copied-text', 'copied-text', 'copied-text']);
    expect(rules.filter((x) => x === 'carry-over-mismatch' || x === 'stock-mismatch' || x === 'previous-unreadable')).toEqual([]);
  });

  it('prints the draft when no file is given, with previous: relative to the working folder', () => {
    const r = govreport(['next', Y2023]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['---', 'year: 2024', `previous: ${Y2023}`]);
    expect(r.stderr).toBe(REVIEW_EN('<stdout>'));
  });

  it('speaks Chinese', () => {
    const r = govreport(['next', '--lang', 'zh', Y2023]);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      '已生成 2024 年度的草稿：结转了 9 个数字，清除了公布日期，其余数字待填写。',
      '4 段仍是上年的原文，发布前须按本年度情况改写：',
      '<stdout>:12:1 info copied-text 本段与上一年度报告的一段完全相同（仍是上年的数字：2023、72、10），请按本年度情况撰写',
    ]);
  });

  it('never overwrites a file unless told to', () => {
    writeFileSync(join(dir.path, 'drafts/mine.md'), 'my own draft');
    const refused = govreport(['next', '-o', 'drafts/mine.md', 'archive/孝义市2023年政府信息公开工作年度报告.md'], { cwd: dir.path });
    expect(refused).toEqual({ status: 2, stdout: '', stderr: 'govreport: drafts/mine.md: file exists; add --force to overwrite it\n' });
    expect(readFileSync(join(dir.path, 'drafts/mine.md'), 'utf8')).toBe('my own draft');
    expect(govreport(['next', '--force', '-o', 'drafts/mine.md', 'archive/孝义市2023年政府信息公开工作年度报告.md'], { cwd: dir.path }).status).toBe(0);
    expect(readFileSync(join(dir.path, 'drafts/mine.md'), 'utf8')).toContain('year: 2024');
  });

  it('says why it cannot make a draft, in one line, with status 2', () => {
    writeFileSync(join(dir.path, 'no-year.md'), '## 一、总体情况\n\n本机关认真贯彻条例。\n');
    expect(govreport(['next', 'no-year.md'], { cwd: dir.path })).toEqual({
      status: 2,
      stdout: '',
      stderr: "govreport: no-year.md: cannot tell which year last year's report is for (no year in its title, front matter or statistics period)\n",
    });
    expect(govreport(['next', 'missing.md'], { cwd: dir.path })).toMatchObject({ status: 2, stdout: '', stderr: 'govreport: missing.md: no such file or directory\n' });
    expect(govreport(['next', '-'])).toMatchObject({ status: 2, stderr: expect.stringContaining("next needs last year's report as a file") });
    expect(govreport(['next', Y2023, Y2024])).toMatchObject({ status: 2, stderr: expect.stringContaining("next takes exactly one file (last year's report), got 2") });
    expect(govreport(['next', '-o', Y2023, Y2023])).toMatchObject({ status: 2, stderr: expect.stringContaining("the output cannot be last year's report itself") });
  });
});

describe('govreport compare', () => {
  const dir = tempDir();
  afterAll(dir.remove);

  it('prints the figures that changed, the findings beside them and the prose diff', () => {
    expect(govreport(['compare', Y2023, Y2024])).toEqual({ status: 0, stdout: GOLDEN_EN, stderr: '' });
  });

  it('takes the large-change threshold and the rule severities from the command line', () => {
    const r = govreport(['compare', '--threshold', '30', '--min-change', '5', '--rule', 'carry-over-mismatch=off', Y2023, Y2024]);
    expect(r.stdout).toContain('\n  ! 行政规范性文件 · 现行有效件数: 28 → 38  +10 (+35.7%)\n');
    expect(r.stdout).toContain('200 figures, 5 changed, 1 by much (≥ 30%, ≥ 5); 0 cross-year findings;');
    expect(r.stdout).not.toContain('carry-over-mismatch');
  });

  it('writes every figure as JSON, with both years’ ranges', () => {
    const r = govreport(['compare', '--format', 'json', Y2023, Y2024]);
    const c = JSON.parse(r.stdout) as { summary: Record<string, number>; tables: { id: string; rows: { id: string; figures: { column: string; last: { range: unknown }; change: number }[] }[] }[] };
    expect(c.summary).toEqual({ figures: 200, changed: 5, large: 0, findings: 1, sectionsChanged: 4, paragraphsUnchanged: 1 });
    const stock = c.tables.find((t) => t.id === 't2-1')!.rows.find((row) => row.id === 'normative')!.figures.find((f) => f.column === 'in-force')!;
    expect(stock).toMatchObject({ change: 10, last: { range: { start: { line: 15, character: 56 }, end: { line: 15, character: 58 } } } });
  });

  it('writes a standalone HTML page', () => {
    const r = govreport(['compare', '--format', 'html', '--lang', 'zh', '-o', join(dir.path, 'compare.html'), Y2023, Y2024]);
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    const html = readFileSync(join(dir.path, 'compare.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'">/);
    expect(html).not.toMatch(/<script|<link|https?:/);
    expect(html).toContain('<title>孝义市人民政府：年度报告对比 2023 年 → 2024 年</title>');
  });

  it('notes reports that are not of consecutive years, and reads one from standard input', () => {
    const r = govreport(['compare', Y2024, '-'], { input: text2023 });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`govreport: note: ${Y2024} is the 2024 report and - the 2023 report: not consecutive years (give last year's first, then this year's).\n`);
  });

  it('rejects bad usage and unreadable files with status 2', () => {
    expect(govreport(['compare', Y2023])).toMatchObject({ status: 2, stderr: expect.stringContaining("compare takes exactly two files (last year's report and this year's), got 1") });
    expect(govreport(['compare', '--threshold', 'lots', Y2023, Y2024])).toMatchObject({ status: 2, stderr: expect.stringContaining("--threshold takes a number of at least 0, got 'lots'") });
    expect(govreport(['compare', '--format', 'pdf', Y2023, Y2024])).toMatchObject({ status: 2, stderr: expect.stringContaining("invalid value 'pdf' for --format") });
    expect(govreport(['compare', 'nope.md', 'nada.md'])).toEqual({ status: 2, stdout: '', stderr: 'govreport: nope.md: no such file or directory\ngovreport: nada.md: no such file or directory\n' });
  });
});
