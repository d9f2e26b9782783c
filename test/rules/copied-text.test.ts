import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/engine';
import { BASE, check, covered, lastYear, lastYearText, lineOf, single, where } from './base';

const FIVE = '2024年，我市政府信息公开工作虽然取得积极成效，但仍然存在一些不足。如公开的主动性、时效性和全面性有待进一步提升；部分单位对行政规范性文件管理还不够规范、公开还不够精准；政务公开专区建设以及政务公开向基层有效延伸有待进一步加强。';

/** Last year's report with `paragraph` as the first paragraph of its section 五. */
function previousWith(paragraph: string) {
  const lines = lastYearText().split('\n');
  const five = lines.findIndex((l) => l.startsWith('## 五、'));
  lines[five + 2] = paragraph;
  return lastYear(lines.join('\n'));
}

/** Sørensen–Dice over character bigrams, as the rule defines similarity: to state what the fixtures are. */
function dice(a: string, b: string): number {
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const [x, y] = [grams(a), grams(b)];
  let common = 0;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + b.length - 1);
}

describe('copied-text', () => {
  it('flags a paragraph nearly identical to one of last year’s (only the year changed), on its line', () => {
    const last = FIVE.replace('2024年', '2023年');
    expect(dice(FIVE, last)).toBeGreaterThan(0.98);
    const d = single(BASE, { previous: previousWith(last) });
    expect(d.rule).toBe('copied-text');
    expect(d.severity).toBe('info');
    const line = lineOf(BASE, '2024年，我市政府信息公开工作');
    expect(where(d)).toBe(`${line}:1-${line}:${FIVE.length + 1}`);
    expect(covered(BASE, d)).toBe(FIVE);
    expect(d.message.zh).toBe('本段与上一年度报告的一段相似度为 98%，请按本年度情况撰写');
    expect(d.message.en).toBe("This paragraph is 98 % similar to one in last year's report; write about this year");
    expect(d.fixes).toEqual([]);
  });

  it('says “identical” for a paragraph copied word for word, naming the figures it still shares', () => {
    const d = single(BASE, { previous: previousWith(FIVE) });
    expect(d.message.zh).toBe('本段与上一年度报告的一段完全相同（仍是上年的数字：2024），请按本年度情况撰写');
    expect(d.message.en).toBe("This paragraph is identical to one in last year's report (still last year's figures: 2024); write about this year");
  });

  it('names only the figures both paragraphs quote', () => {
    const now = `${FIVE}全年开展培训 12 次，印发手册 3 种。`;
    const last = `${FIVE}全年开展培训 12 次，印发手册 4 种。`;
    expect(single(BASE.replace(FIVE, now), { previous: previousWith(last) }).message.zh).toBe('本段与上一年度报告的一段相似度为 98%（仍是上年的数字：2024、12），请按本年度情况撰写');
  });

  it('flags a paragraph just above the threshold (92 %)', () => {
    const last = '2023年，我市政府信息公开工作虽然取得积极成效，但仍然存在一些不足。如公开的主动性、时效性和全面性有待进一步提升；部分单位对规范性文件的管理还不够规范、公开还不够精准；政务公开专区建设以及政务公开向基层有效延伸有待加强。';
    expect(dice(FIVE, last)).toBeGreaterThanOrEqual(0.9);
    expect(single(BASE, { previous: previousWith(last) }).message.zh).toContain('相似度为 93%');
  });

  it('does not flag an 85 %-similar paragraph', () => {
    const last = '2023年，我市政府信息公开工作虽然取得积极成效，但仍然存在一些不足。如公开的主动性、时效性和全面性有待进一步提升；部分单位对行政规范性文件管理还不够规范、公开还不够精准；政务公开专区建设还不够完善，向基层延伸不够。';
    const similarity = dice(FIVE, last);
    expect(similarity).toBeGreaterThan(0.84);
    expect(similarity).toBeLessThan(0.86);
    expect(check(BASE, { previous: previousWith(last) })).toEqual([]);
  });

  it('does not compare without last year’s report', () => {
    expect(check(BASE)).toEqual([]);
  });
});

describe('copied-text and short paragraphs', () => {
  const FEE = '本机关 2024 年度未收取政府信息公开信息处理费。';
  const withSix = (text: string, paragraph: string) => {
    const lines = text.split('\n');
    lines[lines.findIndex((l) => l.startsWith('## 六、')) + 2] = paragraph;
    return lines.join('\n');
  };

  it('flags a short paragraph that is last year’s word for word and quotes a figure', () => {
    const d = single(withSix(BASE, FEE), { previous: lastYear(withSix(lastYearText(), FEE)) });
    expect(d.rule).toBe('copied-text');
    expect(covered(withSix(BASE, FEE), d)).toBe(FEE);
    expect(d.message.en).toBe("This paragraph is identical to one in last year's report (still last year's figures: 2024); write about this year");
  });

  it('leaves a short paragraph alone when it differs, or quotes no figure', () => {
    const changed = FEE.replace('2024', '2023');
    expect(check(withSix(BASE, FEE), { previous: lastYear(withSix(lastYearText(), changed)) })).toEqual([]);
    const plain = '本机关全年未收取政府信息公开信息处理费。';
    expect(check(withSix(BASE, plain), { previous: lastYear(withSix(lastYearText(), plain)) })).toEqual([]);
  });
});

describe('copied-text and the opening paragraph', () => {
  it('does not flag the opening paragraph, which is the same every year by design', () => {
    const intro = BASE.split('\n').find((l) => l.startsWith('本报告依据'))!;
    // Last year's prose is summarised away, its opening paragraph (the line after the title) included.
    const lines = lastYearText().split('\n');
    const title = lines.findIndex((l) => l.startsWith('# '));
    const opening = lines.findIndex((l, i) => i > title && l.trim() !== '');
    lines[opening] = intro.replace(/2024/g, '2023');
    const lastYearWithSameIntro = parseReport(lines.join('\n'));
    expect(lastYearWithSameIntro.paragraphs.some((p) => p.text.startsWith('本报告依据'))).toBe(true);
    expect(check(BASE, { previous: lastYearWithSameIntro }).filter((d) => d.rule === 'copied-text')).toEqual([]);
  });
});
