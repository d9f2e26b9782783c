import { sectionTextLines } from '../analysis/section-text';
import { toChineseNumeral } from '../text/normalize';
import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'section-empty',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: {
    zh: '某一部分没有自己的内容，或只写了“无”（第五部分尤其常见）。',
    en: 'A section has no content of its own, or only “无” (section 五 especially).',
  },
  rationale: {
    zh: '“存在的主要问题及改进情况”写“无”，等于声称工作没有任何问题，也没有交代上年提出的改进措施落实情况，常被评估认定为敷衍。第二至四部分的内容是统计表，缺表由 table-missing 报告。',
    en: 'Writing “无” under problems and improvements claims there were none and says nothing of last year\'s promised improvements; assessors treat it as perfunctory. Sections 二–四 are their tables (see table-missing).',
  },
  example: { bad: '五、存在的主要问题及改进情况\n\n无。' },
  check({ model }) {
    const out: Finding[] = [];
    for (const s of model.sections) {
      if (s.spec.tables.length > 0 || !s.heading) continue;
      // Two lines of text are enough to know the section is not empty (or not just 「无」).
      const lines = sectionTextLines(model, s, 2);
      const text = lines.map((l) => l.text).join('');
      const onlyNone = /^无[。.]?$/.test(text) && s.spec.number !== 6;
      if (text !== '' && !onlyNone) continue;
      out.push({
        span: s.heading.span,
        // An empty section 六 also lacks the fee statement: one fault, reported here (fee-not-reported shares the subject).
        subject: `section-content:${s.spec.id}`,
        message: onlyNone
          ? { zh: `第${toChineseNumeral(s.spec.number)}部分只写了“无”：${s.spec.requires.zh}`, en: `Section ${s.spec.number} says only “无”: ${s.spec.requires.en}` }
          : { zh: `第${toChineseNumeral(s.spec.number)}部分没有内容：${s.spec.requires.zh}`, en: `Section ${s.spec.number} has no content: ${s.spec.requires.en}` },
      });
    }
    return out;
  },
};
