import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareReports, nextYearDraft, parseReport, wordDiff, type Comparison, type FigureComparison } from '../../server/src/engine';
import { TABLE2_2019 } from '../rules/base';
import { ROOT } from '../helpers';

const PAIR = join(ROOT, 'test/fixtures/cli/pair');
const Y2023 = readFileSync(join(PAIR, '孝义市2023年政府信息公开工作年度报告.md'), 'utf8');
const Y2024 = readFileSync(join(PAIR, '孝义市2024年政府信息公开工作年度报告.md'), 'utf8');

function figure(c: Comparison, table: string, row: string, column: string): FigureComparison {
  const f = c.tables.find((t) => t.id === table)?.rows.find((r) => r.id === row)?.figures.find((x) => x.column === column);
  if (!f) throw new Error(`no figure ${table}/${row}/${column}`);
  return f;
}

describe('comparison of 孝义市 2023 and 2024', () => {
  const c = compareReports(parseReport(Y2023), parseReport(Y2024));

  it('names both reports and counts what changed', () => {
    expect(c.last).toEqual({ year: 2023, agency: '孝义市人民政府', title: '孝义市2023年政府信息公开工作年度报告' });
    expect(c.this.year).toBe(2024);
    expect(c.summary).toEqual({ figures: 200, changed: 5, large: 0, findings: 1, sectionsChanged: 4, paragraphsUnchanged: 1 });
  });

  it('puts every figure of tables 二–四 side by side, with its change and percentage', () => {
    expect(c.tables.map((t) => `${t.id}:${t.rows.reduce((n, r) => n + r.figures.length, 0)}`)).toEqual(['t2-1:6', 't2-5:1', 't2-6:2', 't2-8:1', 't3:175', 't4:15']);
    const stock = figure(c, 't2-1', 'normative', 'in-force');
    expect(stock).toMatchObject({ columnLabel: '现行有效件数', last: { text: '28', value: 28 }, this: { text: '38', value: 38 }, change: 10, large: false, findings: [] });
    expect(stock.percent).toBeCloseTo(35.714, 3);
    // Each side leads back to its cell in its own file (0-based LSP ranges).
    expect(stock.last!.range).toEqual({ start: { line: 15, character: 56 }, end: { line: 15, character: 58 } });
    expect(stock.this!.range).toEqual({ start: { line: 15, character: 56 }, end: { line: 15, character: 58 } });
    expect(figure(c, 't3', 'next', 'natural')).toMatchObject({ last: { value: 3 }, this: { value: 1 }, change: -2 });
    expect(figure(c, 't3', 'next', 'natural').percent).toBeCloseTo(-66.667, 3);
    expect(figure(c, 't2-8', 'fees', 'amount')).toMatchObject({ change: 0, percent: 0, large: false });
  });

  it('shows table 三’s group rows as headings without figures', () => {
    const t3 = c.tables.find((t) => t.id === 't3')!;
    expect(t3.rows.filter((r) => r.role === 'group').map((r) => r.label)).toEqual(['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
    expect(t3.rows.find((r) => r.id === 'r3')!.figures).toEqual([]);
  });

  it('shows the cross-year rules’ findings beside the figure they are about', () => {
    const carried = figure(c, 't3', 'carried', 'total');
    expect(carried.findings).toEqual([
      {
        rule: 'carry-over-mismatch',
        severity: 'warning',
        message: {
          zh: '「二、上年结转」与上一年度报告「四、结转下年度继续办理」不符：「自然人」为 0，上年为 3；「总计」为 0，上年为 3',
          en: "二 (carried over) differs from last year's 四 (carried into next year): “自然人” is 0, last year 3; “总计” is 0, last year 3",
        },
        range: { start: { line: 35, character: 132 }, end: { line: 35, character: 133 } },
      },
    ]);
    expect(c.otherFindings).toEqual([]);
  });

  it('follows the severity settings of the cross-year rules', () => {
    const quiet = compareReports(parseReport(Y2023), parseReport(Y2024), { rules: { 'carry-over-mismatch': 'off' } });
    expect(quiet.summary.findings).toBe(0);
    expect(figure(quiet, 't3', 'carried', 'total').findings).toEqual([]);
  });

  it('compares each section’s prose: unchanged, changed with a word diff, added, removed', () => {
    expect(c.sections.map((s) => `${s.id} ${s.status} ${s.paragraphs.map((p) => p.status).join(',')}`)).toEqual([
      'opening changed changed',
      's1 changed changed,added,removed',
      's2 absent ',
      's3 absent ',
      's4 absent ',
      's5 changed added,removed',
      's6 changed changed,same,changed',
    ]);
    const overview = c.sections[1].paragraphs[0];
    expect(overview.diff).toEqual([
      { kind: 'removed', text: '2023' },
      { kind: 'added', text: '2024' },
      { kind: 'same', text: ' 年，孝义市' },
      { kind: 'removed', text: '围绕重点领域信息' },
      { kind: 'added', text: '进一步转变' },
      { kind: 'same', text: '公开' },
      { kind: 'removed', text: '开展工作，' },
      { kind: 'added', text: '职能、完善公开机制、优化公开方式。' },
      { kind: 'same', text: '全年共受理政府信息公开申请 ' },
      { kind: 'removed', text: '72' },
      { kind: 'added', text: '70' },
      { kind: 'same', text: ' 件，出台行政规范性文件 10 件。' },
    ]);
    expect(overview.last!.range.start.line).toBe(6);
    expect(overview.this!.range.start.line).toBe(6);
  });
});

describe('large changes', () => {
  const last = parseReport(Y2023);
  const now = (licensing: string) => parseReport(Y2024.replace('|            35583 |', `| ${licensing.padStart(16)} |`));

  it('are changes of at least the percentage and the minimum both', () => {
    const stock = (largeChange: { percent: number; minimum: number }) => figure(compareReports(last, parseReport(Y2024), { largeChange }), 't2-1', 'normative', 'in-force');
    expect(stock({ percent: 30, minimum: 10 }).large).toBe(true);
    expect(stock({ percent: 40, minimum: 10 }).large).toBe(false);
    expect(stock({ percent: 30, minimum: 11 }).large).toBe(false);
    const c = compareReports(last, now('3558'));
    expect(figure(c, 't2-5', 'licensing', 'decisions')).toMatchObject({ change: -32025, large: true });
    expect(c.summary.large).toBe(1);
  });

  it('count a figure up from 0 by at least the minimum, which has no percentage', () => {
    const c = compareReports(parseReport(Y2023.replace('|            35583 |', '|                0 |')), parseReport(Y2024));
    expect(figure(c, 't2-5', 'licensing', 'decisions')).toMatchObject({ change: 35583, percent: undefined, large: true });
  });

  it('never flag a figure that cannot be read', () => {
    const c = compareReports(last, now('?'));
    expect(figure(c, 't2-5', 'licensing', 'decisions')).toMatchObject({ this: { text: '?', value: undefined }, change: undefined, large: false });
  });
});

describe('comparison across formats and with a draft', () => {
  it('compares a 2021 report with last year’s 2019 layout through the columns that continue', () => {
    const year2020 = parseReport(Y2023.replace(/\| 第二十条第（一）项[^]*?\n\n/, `${TABLE2_2019}\n\n`).replace(/2023/g, '2020'));
    expect(year2020.format.version).toBe('2019');
    const c = compareReports(year2020, parseReport(Y2024.replace(/2024/g, '2021')));
    expect(figure(c, 't2-1', 'normative', 'issued')).toMatchObject({ last: { text: '10' }, this: { text: '10' }, change: 0 });
    expect(figure(c, 't2-1', 'normative', 'in-force').last).toBeUndefined();
  });

  it('shows the draft’s copied paragraphs as unchanged, with the copied-text finding on each', () => {
    const draft = nextYearDraft(parseReport(Y2023), { previousPath: 'last.md' });
    if (!draft.ok) throw new Error('no draft');
    const c = compareReports(parseReport(Y2023), parseReport(draft.text));
    const copied = c.sections.flatMap((s) => s.paragraphs).filter((p) => p.findings.some((f) => f.rule === 'copied-text'));
    expect(copied.map((p) => p.status)).toEqual(['same', 'same', 'same', 'same']);
    // Only 二、上年结转 moved: 0 last year, 3 (自然人 and 总计) carried into the draft.
    expect(c.summary).toMatchObject({ changed: 2, findings: 4 });
    expect(figure(c, 't3', 'carried', 'total')).toMatchObject({ last: { value: 0 }, this: { value: 3 }, change: 3 });
  });
});

describe('wordDiff', () => {
  it('splits Chinese into characters and keeps figures whole', () => {
    expect(wordDiff('收费 429.385756 万元', '收费 96171.6 万元')).toEqual([
      { kind: 'same', text: '收费 ' },
      { kind: 'removed', text: '429.385756' },
      { kind: 'added', text: '96171.6' },
      { kind: 'same', text: ' 万元' },
    ]);
  });

  it('folds a single shared character between two changes into the change', () => {
    expect(wordDiff('围绕重点领域开展', '进一步转变职能的开展')).toEqual([
      { kind: 'removed', text: '围绕重点领域' },
      { kind: 'added', text: '进一步转变职能的' },
      { kind: 'same', text: '开展' },
    ]);
    expect(wordDiff('同样的文字', '同样的文字')).toEqual([{ kind: 'same', text: '同样的文字' }]);
  });
});
