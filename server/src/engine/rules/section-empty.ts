import { sectionTextLines } from '../analysis/section-text';
import { toChineseNumeral } from '../text/normalize';
import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'section-empty',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: {
    zh: '某一部分没有自己的内容，或只写了“无”；第五部分只称“暂无问题”也是如此。',
    en: 'A section has no content of its own, or only “无”; so is a section 五 that only says there were no problems (“暂无问题”).',
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
      // A few lines are enough to know the section is not empty (nor only a denial).
      const lines = sectionTextLines(model, s, 4);
      const text = lines.map((l) => l.text).join('');
      const onlyNone = /^无[。.]?$/.test(text) && s.spec.number !== 6;
      const onlyDenial = !onlyNone && s.spec.number === 5 && onlyDeniesProblems(text);
      if (text !== '' && !onlyNone && !onlyDenial) continue;
      out.push({
        span: s.heading.span,
        // An empty section 六 also lacks the fee statement: one fault, reported here (fee-not-reported shares the subject).
        subject: `section-content:${s.spec.id}`,
        message: onlyNone
          ? { zh: `第${toChineseNumeral(s.spec.number)}部分只写了“无”：${s.spec.requires.zh}`, en: `Section ${s.spec.number} says only “无”: ${s.spec.requires.en}` }
          : onlyDenial
            ? { zh: `第${toChineseNumeral(s.spec.number)}部分只称没有问题：${s.spec.requires.zh}`, en: `Section ${s.spec.number} only says there are no problems: ${s.spec.requires.en}` }
            : { zh: `第${toChineseNumeral(s.spec.number)}部分没有内容：${s.spec.requires.zh}`, en: `Section ${s.spec.number} has no content: ${s.spec.requires.en}` },
      });
    }
    return out;
  },
};

/** Words a bare denial is made of: who, when, the section's own title words, and the denial. */
const DENIAL_WORDS =
  /本(?:机关|单位|部门|局|委|办|厅|院|级)|我(?:局|委|办|厅|院|单位|机关|部门|镇|乡|街道|区|县|市|中心)|(?:本|今)?年度?|\d{4}|目前|当前|全年|政府信息公开|政务公开|信息公开|工作中?|在|方面|存在的?|主要|突出|明显|重大|的|问题|及|和|与|改进|整改|情况|措施|暂时?|尚|无|没有|不存在|未发现|未|发现|等|[\s\p{P}]/gu;
const DENIAL = /无|没有|不存在|未/;

/**
 * 「暂无问题。」「存在的主要问题：无；改进情况：无。」: a sentence or two that say nothing but
 * that there were no problems. Any word beyond the denial (下一步将加强政策解读) is content.
 */
function onlyDeniesProblems(text: string): boolean {
  if (text.length === 0 || text.length > 80 || !DENIAL.test(text)) return false;
  if (text.split(/[。；;！!]/).filter((x) => x.trim() !== '').length > 2) return false;
  return text.replace(DENIAL_WORDS, '') === '';
}
