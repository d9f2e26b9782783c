import type { Paragraph } from '../model';
import type { Finding, Rule } from './types';

/** Paragraphs shorter than this say too little to be called copied. */
const MIN_CHARS = 30;
const THRESHOLD = 0.9;

export const rule: Rule = {
  id: 'copied-text',
  category: 'consistency',
  defaultSeverity: 'info',
  description: {
    zh: '某段文字与上一年度报告中的一段完全相同或几乎相同（相似度 ≥ 90%）。',
    en: "A prose paragraph is identical or nearly identical (≥ 90 % similar) to one in last year's report.",
  },
  rationale: {
    zh: '格式明确把“内容雷同、敷衍塞责”列为追责情形；中国社科院 2017 年评估发现部分年报与上年重复率高达 90%。年度报告应反映本年度的工作。',
    en: 'The format names copy-paste (内容雷同) as a ground for accountability; a 2017 assessment found reports up to 90 % identical to the previous year.',
  },
  example: { bad: '（与上一年度报告第五部分逐字相同的一段）' },
  check({ model, previous }) {
    if (!previous) return [];
    const before = previous.paragraphs.filter((p) => hanCount(p.text) >= MIN_CHARS).map((p) => ({ p, grams: bigrams(p.text) }));
    if (before.length === 0) return [];
    // An index from bigram to previous paragraphs keeps the comparison near-linear.
    const index = new Map<string, number[]>();
    before.forEach((b, i) => {
      for (const g of b.grams.keys()) {
        const list = index.get(g);
        if (list) list.push(i);
        else index.set(g, [i]);
      }
    });
    const out: Finding[] = [];
    for (const p of model.paragraphs) {
      // The opening paragraph (basis, parts, statistics period) is the same every year by design.
      if (p.sectionId === undefined || hanCount(p.text) < MIN_CHARS) continue;
      const grams = bigrams(p.text);
      const shared = new Map<number, number>();
      for (const g of grams.keys()) for (const i of index.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      let best = 0;
      for (const [i] of shared) best = Math.max(best, dice(grams, before[i].grams));
      if (best < THRESHOLD) continue;
      const percent = Math.round(best * 100);
      out.push({
        span: firstLineOf(model, p),
        message: {
          zh: `本段与上一年度报告的一段${percent === 100 ? '完全相同' : `相似度为 ${percent}%`}，请按本年度情况撰写`,
          en: `This paragraph is ${percent === 100 ? 'identical' : `${percent} % similar`} to one in last year's report; write about this year`,
        },
        data: { similarity: best },
      });
    }
    return out;
  },
};

function hanCount(s: string): number {
  return (s.match(/\p{Script=Han}/gu) ?? []).length;
}

function bigrams(s: string): Map<string, number> {
  const t = s.replace(/\s+/g, '');
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < t.length; i++) {
    const g = t.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice coefficient over character bigram multisets. */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  let total = 0;
  for (const [g, n] of a) {
    common += Math.min(n, b.get(g) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

function firstLineOf(model: { source: { lineEnd(l: number): number } }, p: Paragraph) {
  return { start: p.span.start, end: model.source.lineEnd(p.firstLine) };
}
