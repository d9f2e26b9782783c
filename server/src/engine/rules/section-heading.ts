import { labelKey, toChineseNumeral } from '../text/normalize';
import { insertBefore, officialHeading } from '../analysis/insert';
import type { SectionSpec } from '../format';
import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'section-heading',
  category: 'structure',
  defaultSeverity: 'info',
  description: {
    zh: '部分标题与格式规定的措辞或编号不同，或标题缺失而内容在。',
    en: 'A section heading differs from the official wording or number, or is missing while its content is present.',
  },
  rationale: {
    zh: '常见的变体（如“存在的主要问题和改进措施”）可以识别，但统一使用官方措辞便于查阅和比对。从 PDF 转换的文本常丢失紧挨表格的标题，此时内容仍在，只需补上标题。',
    en: 'Common variants are recognised, but the official wording makes reports comparable. Text converted from PDFs often loses headings next to tables; then only the heading is needed.',
  },
  fix: { zh: '改为（或插入）官方标题。', en: 'Use (or insert) the official heading.' },
  example: { bad: '五、存在的主要问题及整改措施', good: '五、存在的主要问题及改进情况' },
  check({ model }) {
    const out: Finding[] = [];
    // The official heading, built only for a section that is reported (most headings are right).
    const officialOf = (spec: SectionSpec) => {
      const official = officialHeading(model, spec);
      return { official, plain: official.replace(/^#+ /, '') };
    };
    for (const s of model.sections) {
      if (s.inferred || !s.heading) {
        const { official, plain } = officialOf(s.spec);
        const line = s.firstLine;
        out.push({
          span: model.source.lineSpan(line),
          message: {
            zh: `第${toChineseNumeral(s.spec.number)}部分的内容缺少标题「${plain}」`,
            en: `The content of section ${s.spec.number} has no heading “${plain}”`,
          },
          fixes: [{ title: { zh: `插入「${plain}」`, en: `Insert “${plain}”` }, edits: [insertBefore(model, line, official)], preferred: true }],
        });
        continue;
      }
      if (s.heading.outdated) continue; // outline-outdated speaks for these
      const text = s.heading.text.replace(/\*\*|__/g, '').trim();
      const wordingOk = labelKey(text.replace(/^[一二三四五六七八九十]+\s*[、.．]\s*/, '')) === labelKey(s.spec.title);
      const numberOk = s.heading.number === s.spec.number;
      if (wordingOk && numberOk) continue;
      const { plain } = officialOf(s.spec);
      const level = s.heading.level;
      const newText = `${level > 0 ? '#'.repeat(level) + ' ' : ''}${plain}`;
      out.push({
        span: s.heading.span,
        message: numberOk
          ? { zh: `标题应为「${plain}」`, en: `The heading should read “${plain}”` }
          : {
              zh: `「${s.spec.title}」是第${toChineseNumeral(s.spec.number)}部分，标题应为「${plain}」`,
              en: `“${s.spec.title}” is section ${s.spec.number}; the heading should read “${plain}”`,
            },
        fixes: [{ title: { zh: `改为「${plain}」`, en: `Change to “${plain}”` }, edits: [{ span: s.heading.span, newText }], preferred: true }],
      });
    }
    return out;
  },
};
