import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hoverAt, LanguageIndex, parseReport } from '../../server/src/engine';
import { ROOT } from '../helpers';

/**
 * Hovers on the figures that follow from last year's report, with the two years of 孝义市:
 * 2023 has 28 行政规范性文件 in force and carries 3 applications (自然人) into 2024; 2024 issues
 * 10, repeals 0, has 38 in force, and reports 0 carried over.
 */
const PAIR = join(ROOT, 'test/fixtures/cli/pair');
const Y2023 = readFileSync(join(PAIR, '孝义市2023年政府信息公开工作年度报告.md'), 'utf8');
const Y2024 = readFileSync(join(PAIR, '孝义市2024年政府信息公开工作年度报告.md'), 'utf8');

/** Offset of cell `column` (1-based figure column) of the pipe row starting with `label`. */
function cellOffset(text: string, label: string, column: number): number {
  const start = text.indexOf(`| ${label}`);
  let at = start;
  for (let i = 0; i < column; i++) at = text.indexOf('|', at + 1);
  const end = text.indexOf('|', at + 1);
  return at + 1 + Math.max(0, text.slice(at + 1, end).search(/\S/));
}

function hover(text: string, previous: string | undefined, label: string, column: number, lang: 'zh' | 'en' = 'zh') {
  const index = new LanguageIndex(parseReport(text), previous === undefined ? undefined : parseReport(previous));
  return hoverAt(index, cellOffset(text, label, column), lang);
}

describe('hover on 现行有效件数 with last year’s report', () => {
  it('shows last year’s + issued − repealed, with the verdict', () => {
    const h = hover(Y2024, Y2023, '行政规范性文件', 3)!;
    expect(h.markdown).toBe('**「行政规范性文件」现行有效件数**：上年现行有效件数 + 本年制发件数 − 本年废止件数\n\n28 + 10 − 0 = 38 ✓');
    expect(Y2024.slice(h.span.start, h.span.end)).toBe('38');
  });

  it('explains a difference as a notice, in English too', () => {
    const h = hover(Y2024.replace('|           38 |', '|           40 |'), Y2023, '行政规范性文件', 3, 'en')!;
    expect(h.markdown).toBe(
      "**「行政规范性文件」现行有效件数**: last year's 现行有效件数 + 本年制发件数 − 本年废止件数\n\n28 + 10 − 0 = 38 ✗\n\nThe table says 40 (expiry can explain a difference; rule stock-mismatch is a notice only).",
    );
  });

  it('names what is not filled in yet', () => {
    const draft = Y2024.replace('|           10 |            0 |           38 |', '|              |              |           28 |');
    expect(hover(draft, Y2023, '行政规范性文件', 3)!.markdown).toBe(
      '**「行政规范性文件」现行有效件数**：上年现行有效件数 + 本年制发件数 − 本年废止件数\n\n28 + ? − ? = ?\n\n无法计算：「本年制发件数」、「本年废止件数」没有可用的数字。',
    );
  });

  it('says nothing of last year without its report', () => {
    expect(hover(Y2024, undefined, '行政规范性文件', 3)).toBeUndefined();
  });
});

describe('hover on 二、上年结转 with last year’s report', () => {
  it('puts last year’s 四、结转下年度继续办理 beside this year’s figure', () => {
    expect(hover(Y2024, Y2023, '二、上年结转', 1)!.markdown).toBe(
      '**「二、上年结转政府信息公开申请数量」「自然人」= 上年报告「四、结转下年度继续办理」「自然人」**\n\n上年：3 · 本年：0 ✗',
    );
    expect(hover(Y2024, Y2023, '二、上年结转', 2)!.markdown).toContain('上年：0 · 本年：0 ✓');
  });

  it('shows the row total’s sum and the carry-over together on the 总计 cell', () => {
    const md = hover(Y2024, Y2023, '二、上年结转', 7, 'en')!.markdown;
    const [total, carried] = md.split('\n\n---\n\n');
    expect(total).toContain('0 + 0 + 0 + 0 + 0 + 0 = 0 ✓');
    expect(carried).toBe("**「二、上年结转政府信息公开申请数量」「总计」= last year's 「四、结转下年度继续办理」「总计」**\n\nLast year: 3 · this year: 0 ✗");
  });

  it('says what to fill in when the cell is empty', () => {
    const draft = Y2024.replace(/(\| 二、上年结转政府信息公开申请数量 *\| *)0( \|)/, '$1 $2');
    expect(hover(draft, Y2023, '二、上年结转', 1)!.markdown).toContain('上年：3 · 本年：?\n\n应填 3。');
  });
});
