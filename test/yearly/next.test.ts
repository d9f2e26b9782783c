import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModel, nextYearDraft, parseReport, type NextYearDraft, type ReportModel } from '../../server/src/engine';
import { replaceYear } from '../../server/src/engine/yearly/years';
import { ROOT, corpus } from '../helpers';

const PAIR = join(ROOT, 'test/fixtures/cli/pair');
const Y2023 = readFileSync(join(PAIR, '孝义市2023年政府信息公开工作年度报告.md'), 'utf8');
const EXAMPLE = readFileSync(join(ROOT, 'examples/孝义市2024年政府信息公开工作年度报告.govreport.md'), 'utf8');

function draftOf(text: string, previousPath = 'last.md'): NextYearDraft {
  const result = nextYearDraft(parseReport(text), { previousPath });
  if (!result.ok) throw new Error(result.reason.en);
  return result;
}

/** The figures of a row of the draft, as written. */
function cells(model: ReportModel, table: string, row: string): string[] {
  return model.tables.get(table as never)!.byId.get(row)!.cells.map((c) => c.raw.trim());
}

const counts = (text: string, previous: string) => {
  const out: Record<string, number> = {};
  for (const d of checkModel(parseReport(text), { previous: parseReport(previous) })) out[d.rule] = (out[d.rule] ?? 0) + 1;
  return out;
};

describe('next year’s draft from 孝义市 2023', () => {
  const draft = draftOf(Y2023, '孝义市2023年政府信息公开工作年度报告.md');
  const model = parseReport(draft.text);
  const lines = draft.text.split('\n');

  it('is for 2024, with a front matter pointing back at last year’s file', () => {
    expect(draft.year).toBe(2024);
    expect(lines.slice(0, 5)).toEqual(['---', 'year: 2024', 'previous: 孝义市2023年政府信息公开工作年度报告.md', '---', '']);
    expect(model.meta.previous?.value).toBe('孝义市2023年政府信息公开工作年度报告.md');
  });

  it('moves the title, the text’s reference to its own report and the statistics period to 2024', () => {
    expect(lines[5]).toBe('# 孝义市 2024 年政府信息公开工作年度报告');
    expect(lines[7]).toContain('特向社会公布孝义市 2024 年度政府信息公开工作年度报告');
    expect(lines[7]).toContain('所列数据的统计期限为 2024 年 1 月 1 日至 2024 年 12 月 31 日。');
    expect(model.meta.yearMentions.map((m) => `${m.source} ${m.value}`)).toEqual(['front-matter 2024', 'title 2024', 'period 2024', 'text 2024']);
    expect(model.meta.period).toMatchObject({ start: { year: 2024, month: 1, day: 1 }, end: { year: 2024, month: 12, day: 31 } });
  });

  it('keeps the other years of the prose as they were', () => {
    expect(lines[11]).toBe('2023 年，孝义市围绕重点领域信息公开开展工作，全年共受理政府信息公开申请 72 件，出台行政规范性文件 10 件。');
    expect(draft.text).toContain('本机关 2023 年度未收取政府信息公开信息处理费。');
  });

  it('clears the publication date (the signature’s date line and the blank line above it)', () => {
    expect(draft.publishedCleared).toBe(true);
    expect(model.meta.published).toBeUndefined();
    expect(draft.text.endsWith('本机关 2023 年度未收取政府信息公开信息处理费。\n\n孝义市人民政府\n')).toBe(true);
  });

  it('carries 二、上年结转 over from last year’s 四、结转下年度继续办理, column by column', () => {
    expect(cells(model, 't3', 'carried')).toEqual(['3', '0', '0', '0', '0', '0', '3']);
    expect(cells(model, 't3', 'next')).toEqual(['', '', '', '', '', '', '']);
    expect(cells(model, 't3', 'new')).toEqual(['', '', '', '', '', '', '']);
  });

  it('starts 现行有效件数 from last year’s and leaves issued and repealed empty', () => {
    expect(cells(model, 't2-1', 'rules')).toEqual(['', '', '0']);
    expect(cells(model, 't2-1', 'normative')).toEqual(['', '', '28']);
    expect(draft.carried).toBe(9);
  });

  it('clears every other figure', () => {
    for (const [table, row] of [['t2-5', 'licensing'], ['t2-6', 'penalty'], ['t2-6', 'coercion'], ['t2-8', 'fees'], ['t4', 'review'], ['t4', 'suit-direct'], ['t4', 'suit-after'], ['t3', 'r7']]) {
      expect(cells(model, table, row).every((c) => c === '')).toBe(true);
    }
    const filled = [...model.tables.values()].flatMap((t) => t.rows.flatMap((r) => r.cells)).filter((c) => c.parsed.status !== 'empty');
    expect(filled).toHaveLength(9);
  });

  it('lists the paragraphs that are still last year’s text, with the figures they still quote', () => {
    expect(draft.review.map((r) => `${r.range.start.line + 1} ${r.message.zh}`)).toEqual([
      '12 本段与上一年度报告的一段完全相同（仍是上年的数字：2023、72、10），请按本年度情况撰写',
      '14 本段与上一年度报告的一段完全相同，请按本年度情况撰写',
      '81 本段与上一年度报告的一段完全相同，请按本年度情况撰写',
      '85 本段与上一年度报告的一段完全相同（仍是上年的数字：2023），请按本年度情况撰写',
    ]);
  });

  it('checked against last year’s report, finds no fault but the copied text and the tables to fill in (one each)', () => {
    expect(counts(draft.text, Y2023)).toEqual({ 'copied-text': 4, 'cell-empty': 6 });
  });
});

describe('next year’s draft: front matter', () => {
  it('updates an existing front matter: year, previous added, the publication date left as a commented key', () => {
    const draft = draftOf(EXAMPLE, '../2024/孝义市2024年政府信息公开工作年度报告.govreport.md');
    expect(draft.text.split('\n').slice(0, 7)).toEqual([
      '---',
      'agency: 孝义市人民政府',
      'agencyKind: government',
      'year: 2025',
      '# published:',
      'previous: ../2024/孝义市2024年政府信息公开工作年度报告.govreport.md',
      '---',
    ]);
    expect(parseReport(draft.text).frontMatter?.problems).toEqual([]);
  });

  it('replaces a previous: that pointed at the year before last', () => {
    const text = EXAMPLE.replace('published: 2025-01-24\n', 'previous: 2023.md\n');
    expect(draftOf(text, '2024.md').text.split('\n').slice(0, 6)).toEqual(['---', 'agency: 孝义市人民政府', 'agencyKind: government', 'year: 2025', 'previous: 2024.md', '---']);
  });

  it('quotes a path YAML would misread', () => {
    const model = parseReport(draftOf(Y2023, '#drafts/a: b.md').text);
    expect(model.meta.previous?.value).toBe('#drafts/a: b.md');
    expect(model.frontMatter?.problems).toEqual([]);
  });
});

describe('next year’s draft from real reports', () => {
  it('reads pasted tables and writes canonical ones, carrying their figures (孝义市 2024 as published)', () => {
    const draft = draftOf(corpus('xiaoyi-2024.txt'));
    const model = parseReport(draft.text);
    expect(draft.year).toBe(2025);
    expect(model.regions.every((r) => r.form === 'pipe')).toBe(true);
    expect(cells(model, 't3', 'carried')).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(cells(model, 't2-1', 'normative')).toEqual(['', '', '38']);
  });

  it('clears a publication date stated twice (under the title and in the signature)', () => {
    const last = corpus('shuyang-2025.ocr.md');
    expect(parseReport(last).meta.published?.value).toEqual({ year: 2026, month: 1, day: 23 });
    const draft = draftOf(last);
    expect(draft.text).not.toContain('2026年1月23日');
    expect(parseReport(draft.text).meta.published).toBeUndefined();
    expect(draft.text).toContain('本报告所列数据统计期限从2026年1月1日至2026年12月31日止。现将沐阳县人民政府2026年政府信息公开年度报告向社会公布。');
  });

  it('writes a 2021 report in the 2021 format whatever last year’s layout', () => {
    // The 2019 (试行) format applies to the 2019 and 2020 reports: a 2020 draft keeps it.
    const draft2020 = parseReport(draftOf(corpus('shanghai-office-2019.oldformat.txt')).text);
    expect(draft2020.meta.year?.value).toBe(2020);
    expect(draft2020.format.version).toBe('2019');
    const draft2021 = parseReport(draftOf(draftOf(corpus('shanghai-office-2019.oldformat.txt')).text).text);
    expect(draft2021.meta.year?.value).toBe(2021);
    expect(draft2021.format.version).toBe('2021');
    expect(checkModel(draft2021).filter((d) => d.rule === 'format-outdated')).toEqual([]);
  });

  it('says why it cannot make a draft of a report without a year', () => {
    const result = nextYearDraft(parseReport('## 一、总体情况\n\n本机关认真贯彻条例。\n'), { previousPath: 'x.md' });
    expect(result).toEqual({
      ok: false,
      reason: {
        zh: '看不出上年报告是哪一年度的（标题、前置元数据和统计期限都没有写明年份）',
        en: "cannot tell which year last year's report is for (no year in its title, front matter or statistics period)",
      },
    });
  });
});

describe('replaceYear', () => {
  it('keeps how the year was written', () => {
    expect(replaceYear('2023 年', 2023, 2024)).toBe('2024 年');
    expect(replaceYear('２０２３年', 2023, 2024)).toBe('２０２４年');
    expect(replaceYear('2 0 2 3 年', 2023, 2024)).toBe('2 0 2 4 年');
    expect(replaceYear('二〇二三年', 2023, 2024)).toBe('二〇二四年');
    expect(replaceYear('二零二三年', 2023, 2024)).toBe('二〇二四年');
  });

  it('leaves other years and longer numbers alone', () => {
    expect(replaceYear('2022 年至 2023 年', 2023, 2024)).toBe('2022 年至 2024 年');
    expect(replaceYear('编号 120231', 2023, 2024)).toBe('编号 120231');
  });
});
