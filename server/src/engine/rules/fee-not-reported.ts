import { sectionText } from '../analysis/section-text';
import type { Finding, Rule } from './types';

/** Mentions of the information processing fee (条例第四十二条), not the 行政事业性收费 of table 二. */
const FEE = /信息处理费|处理费|(?<!行政事业性)收费|收取[^。；]{0,10}费用?/;

export const rule: Rule = {
  id: 'fee-not-reported',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: {
    zh: '第六部分没有说明信息处理费的收取情况。',
    en: 'Section 六 says nothing about the information processing fee.',
  },
  rationale: {
    zh: '2021 年格式附注：“收取信息处理费情况在此处报告”。信息处理费是条例第四十二条、《政府信息公开信息处理费管理办法》规定的费用，与表二第二十条第（八）项的行政事业性收费不是一回事。未收取也应写明，如“本机关2024年度未收取政府信息公开信息处理费”。',
    en: 'The 2021 format notes that the information processing fee (Art. 42) is reported in section 六 — not the administrative fees of table 二. If none was collected, say so.',
  },
  example: { bad: '六、其他需要报告的事项\n\n无。', good: '六、其他需要报告的事项\n\n本机关2024年度未收取政府信息公开信息处理费。' },
  check({ model }) {
    const year = model.meta.year?.value;
    if (year === undefined || year < 2021) return [];
    const six = model.sections.find((s) => s.spec.id === 's6');
    if (!six || !six.heading) return [];
    if (FEE.test(sectionText(model, six))) return [];
    const out: Finding[] = [
      {
        span: six.heading.span,
        // When section 六 is empty, section-empty (listed first) reports the one fault.
        subject: `section-content:${six.spec.id}`,
        message: {
          zh: '第六部分应报告信息处理费的收取情况（条例第四十二条）；未收取也应写明',
          en: 'Section 六 must report the information processing fee collected (Art. 42), or say none was collected',
        },
      },
    ];
    return out;
  },
};
