import { describe, expect, it } from 'vitest';
import { check, corpus, covered, only, where } from '../helpers';

/**
 * On each real report, the checker reports exactly the faults its corpus README says are
 * true — plus the notices every pasted report gets (table-pasted, section-heading wording,
 * government-evaluation) — and nothing else: in particular no arithmetic error.
 */

const STYLE = new Set(['table-pasted', 'section-heading', 'government-evaluation', 'cell-number-style']);

function counts(file: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of check(corpus(file))) out[d.rule] = (out[d.rule] ?? 0) + 1;
  return out;
}

describe('xiaoyi-2024.txt: exactly the true faults', () => {
  const text = corpus('xiaoyi-2024.txt');
  const diagnostics = check(text);

  it('reports the rules and counts of the issue, and nothing else', () => {
    expect(counts('xiaoyi-2024.txt')).toEqual({
      'cell-empty': 5,
      'text-table-mismatch': 1,
      'government-evaluation': 1,
      'table-pasted': 3,
    });
  });

  it('marks the five empty 行政复议 cells of table 四, each on its own tab', () => {
    const empties = only(diagnostics, 'cell-empty');
    expect(empties.map(where)).toEqual(['94:1-94:2', '94:2-94:3', '94:3-94:4', '94:4-94:5', '94:5-94:6']);
    expect(empties.every((d) => d.severity === 'error')).toBe(true);
    expect(empties[0].message.zh).toBe('表四「行政复议」「结果维持」为空：须填写数字，没有则填 0');
    expect(empties[4].message.en).toBe('Empty cell (table 四, “行政复议”, “总计”): a figure is required; write 0 for none');
  });

  it('flags 出台行政规范性文件 8 件 against 本年制发件数 10, on the figure', () => {
    const [d] = only(diagnostics, 'text-table-mismatch');
    expect(where(d)).toBe('23:79-23:80');
    expect(covered(text, d)).toBe('8');
    expect(d.message.zh).toBe('正文“出台行政规范性文件 8 件”与表二「行政规范性文件」「本年制发件数」 10 不符');
    expect(d.fixes.map((f) => f.edits[0].newText)).toEqual(['10', '8']);
    // Which side is wrong is for a person to decide: neither fix is preferred.
    expect(d.fixes.map((f) => f.preferred ?? false)).toEqual([false, false]);
  });

  it('does not take 审查拟出台规范性文件 15 件 or 受理 70 件 for faults', () => {
    expect(only(diagnostics, 'text-table-mismatch')).toHaveLength(1);
  });

  it('names the missing 社会评议 and 责任追究 of a people’s government, at 监督保障', () => {
    const [d] = only(diagnostics, 'government-evaluation');
    expect(covered(text, d)).toBe('### **（五）强化监督保障**');
    expect(d.message.zh).toContain('未见：社会评议、责任追究');
    expect(d.message.zh).not.toContain('工作考核、社会评议、责任追究结果情况（条例第五十条第（四）项），未见：工作考核');
  });

  it('offers to convert each pasted table', () => {
    const pasted = only(diagnostics, 'table-pasted');
    expect(pasted.map((d) => d.range.start.line + 1)).toEqual([39, 57, 91]);
    expect(pasted.every((d) => d.severity === 'info' && d.fixes.length === 1)).toBe(true);
  });
});

describe('huaian-2024.pdftotext.txt (every table and prose figure consistent)', () => {
  it('reports only the missing 考核/评议/追究, the page numbers left in the prose and the pasted-table notices', () => {
    expect(counts('huaian-2024.pdftotext.txt')).toEqual({ 'government-evaluation': 1, 'table-pasted': 3, 'page-leftover': 4 });
    // -3- and -4- fall inside tables 二 and 三: frame, not findings.
    const text = corpus('huaian-2024.pdftotext.txt');
    expect(only(check(text), 'page-leftover').map((d) => covered(text, d))).toEqual(['-1-', '-2-', '-5-', '-6-']);
    const [d] = only(check(corpus('huaian-2024.pdftotext.txt')), 'government-evaluation');
    expect(d.message.zh).toContain('未见：工作考核、社会评议、责任追究');
  });
});

describe('shuyang-2025.ocr.md (受理 749 = 新收 713 + 上年结转 36)', () => {
  it('reports only notices', () => {
    const c = counts('shuyang-2025.ocr.md');
    expect(Object.keys(c).every((r) => STYLE.has(r))).toBe(true);
    expect(c).toEqual({ 'government-evaluation': 1, 'table-pasted': 2, 'section-heading': 1 });
  });
});

describe('shuyang-fgj-2023.web.txt', () => {
  it('reports the 125 blank organisation cells, the label 规范性文件 and the 五 heading variant', () => {
    expect(counts('shuyang-fgj-2023.web.txt')).toEqual({ 'cell-empty': 125, 'row-label': 1, 'section-heading': 1, 'table-pasted': 3 });
    const text = corpus('shuyang-fgj-2023.web.txt');
    const [label] = only(check(text), 'row-label');
    expect(covered(text, label)).toBe('规范性文件');
    const [heading] = only(check(text), 'section-heading');
    expect(covered(text, heading)).toBe('五、存在的主要问题及整改措施');
  });
});

describe('shanghai-kewei-2024.pdf2md.md (damaged)', () => {
  const text = corpus('shanghai-kewei-2024.pdf2md.md');
  const diagnostics = check(text);
  it('reports the missing 总计 of 四 and the contradiction of 所有申请均已办理完成', () => {
    const [empty] = only(diagnostics, 'cell-empty');
    expect(only(diagnostics, 'cell-empty')).toHaveLength(1);
    expect(empty.message.zh).toBe('表三「四、结转下年度继续办理」「总计」为空：须填写数字，没有则填 0');
    const [claim] = only(diagnostics, 'text-table-mismatch');
    expect(only(diagnostics, 'text-table-mismatch')).toHaveLength(1);
    expect(covered(text, claim)).toBe('所有申请均已按要求办理完成');
  });
  it('reports nothing else but notices, the label 规范性文件 and an unplaceable figure', () => {
    const allowed = new Set([...STYLE, 'cell-empty', 'text-table-mismatch', 'row-label', 'row-unknown']);
    expect(diagnostics.filter((d) => !allowed.has(d.rule)).map((d) => d.rule)).toEqual([]);
    expect(diagnostics.filter((d) => d.rule.startsWith('table3') || d.rule === 'table4-total')).toEqual([]);
  });
});

describe('shanghai-office-2025.pdf2md.md (damaged)', () => {
  it('reports lost figures as unreadable and no other fault', () => {
    const c = counts('shanghai-office-2025.pdf2md.md');
    expect(c['column-count']).toBe(2);
    // Its page numbers — 1 — … — 7 — are left in the prose (the others fall inside its tables).
    expect(c['page-leftover']).toBe(5);
    const allowed = new Set([...STYLE, 'column-count', 'row-unknown', 'page-leftover']);
    expect(Object.keys(c).filter((r) => !allowed.has(r))).toEqual([]);
  });
});

describe('shanghai-office-2019.oldformat.txt (2019 format, correct for 2019)', () => {
  const text = corpus('shanghai-office-2019.oldformat.txt');
  const diagnostics = check(text);
  it('reports the blank cells, the two prose figures and one share, and no format error', () => {
    const c = counts('shanghai-office-2019.oldformat.txt');
    expect(c['format-outdated']).toBeUndefined();
    expect(c['text-table-mismatch']).toBe(2);
    // 「占33.9%」 is neither 258 / 805 nor the table's 275 / 805 (see text-percentage-mismatch.test.ts).
    expect(c['text-percentage-mismatch']).toBe(1);
    const allowed = new Set([...STYLE, 'cell-empty', 'text-table-mismatch', 'text-percentage-mismatch']);
    expect(Object.keys(c).filter((r) => !allowed.has(r))).toEqual([]);
  });
  it('quotes 258 against 272 + 3 and 265 against 337', () => {
    const claims = only(diagnostics, 'text-table-mismatch');
    expect(claims.map((d) => covered(text, d))).toEqual(['258', '265']);
    expect(claims.map((d) => d.data?.table)).toEqual([275, 337]);
  });
  it('leaves every blank 总计 of the result rows blank, as errors', () => {
    // (一)(二), (三)1–8, (四)1–3, (五)1–5 and the single 2019 row (六): 19 result rows.
    const totals = only(diagnostics, 'cell-empty').filter((d) => d.message.zh.startsWith('表三') && d.message.zh.includes('「总计」'));
    expect(totals.length).toBe(19);
  });
});
