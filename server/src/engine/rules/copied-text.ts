import type { Paragraph, ReportModel } from '../model';
import { figuresIn, hanCount, ParagraphIndex } from '../analysis/similarity';
import type { Finding, Rule } from './types';

/** Paragraphs shorter than this say too little to be called copied… */
const MIN_CHARS = 30;
/** …unless they are last year's word for word and quote a figure (「本机关 2023 年度未收取信息处理费」). */
const MIN_CHARS_WITH_FIGURES = 6;
const THRESHOLD = 0.9;

export const rule: Rule = {
  id: 'copied-text',
  category: 'consistency',
  defaultSeverity: 'info',
  description: {
    zh: '某段文字与上一年度报告中的一段完全相同或几乎相同（相似度 ≥ 90%），或含数字的短段落与上年逐字相同。',
    en: "A prose paragraph is identical or nearly identical (≥ 90 % similar) to one in last year's report, or a short one quoting figures is last year's word for word.",
  },
  rationale: {
    zh: '格式明确把“内容雷同、敷衍塞责”列为追责情形；中国社科院 2017 年评估发现部分年报与上年重复率高达 90%。年度报告应反映本年度的工作。30 字以下的短段落（如“特此报告”）只在与上年逐字相同且含数字时提示（如沿用上年的“本机关 2023 年度未收取信息处理费”）。提示中列出仍与上年相同的数字。从上年报告生成的下一年度草稿中，每一段沿用的文字都会这样提示，作为发布前的核对清单。',
    en: "The format names copy-paste (内容雷同) as a ground for accountability; a 2017 assessment found reports up to 90 % identical to the previous year. Paragraphs under 30 characters (特此报告) are flagged only when they are last year's word for word and quote a figure (a fee sentence still naming last year). The message lists the figures still the same as last year's. In a draft made from last year's report, every paragraph kept is flagged this way: the review list before publication.",
  },
  example: { bad: '（与上一年度报告第五部分逐字相同的一段）' },
  crossYear: true,
  check({ model, previous }) {
    if (!previous) return [];
    const long = previous.paragraphs.filter((p) => hanCount(p.text) >= MIN_CHARS);
    const index = new ParagraphIndex(long.map((p) => p.text), THRESHOLD);
    const verbatim = new Set(previous.paragraphs.map((p) => squeeze(p.text)));
    const out: Finding[] = [];
    for (const p of model.paragraphs) {
      // The opening paragraph (basis, parts, statistics period) is the same every year by design.
      if (p.sectionId === undefined) continue;
      const han = hanCount(p.text);
      if (han >= MIN_CHARS) {
        const best = index.match(p.text);
        if (best) out.push(finding(model, p, best.similarity, long[best.index].text));
      } else if (han >= MIN_CHARS_WITH_FIGURES && figuresIn(p.text).length > 0 && verbatim.has(squeeze(p.text))) {
        out.push(finding(model, p, 1, p.text));
      }
    }
    return out;
  },
};

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The finding on a paragraph's first line, naming the figures it still shares with last year's. */
function finding(model: ReportModel, p: Paragraph, similarity: number, before: string): Finding {
  const percent = Math.round(similarity * 100);
  const earlier = new Set(figuresIn(before));
  const kept = figuresIn(p.text).filter((f) => earlier.has(f));
  const figures = kept.length > 0 ? { zh: `（仍是上年的数字：${kept.join('、')}）`, en: ` (still last year's figures: ${kept.join(', ')})` } : { zh: '', en: '' };
  return {
    span: { start: p.span.start, end: model.source.lineEnd(p.firstLine) },
    message: {
      zh: `本段与上一年度报告的一段${percent === 100 ? '完全相同' : `相似度为 ${percent}%`}${figures.zh}，请按本年度情况撰写`,
      en: `This paragraph is ${percent === 100 ? 'identical' : `${percent} % similar`} to one in last year's report${figures.en}; write about this year`,
    },
    data: { similarity },
  };
}
