import { SECTIONS } from '../format';
import { chineseNumeral, labelKey } from '../text/normalize';
import { paragraphSpan } from '../parse/prose';
import type { Finding, Rule } from './types';

/** 「由……等 6 个方面组成」「包括……等六部分」: the introduction's count of the report's parts. */
const PARTS = /(?:由|包括|分为)([^。；]{6,200}?)等?\s*([0-9一二三四五六七八九十]+)\s*(?:个)?(?:方面|部分)/g;

export const rule: Rule = {
  id: 'parts-count',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: {
    zh: '引言称报告“由……等 N 个部分组成”，但列出的部分数不是 N。',
    en: 'The introduction says the report has N parts, but lists a different number.',
  },
  rationale: {
    zh: '真实报告中常见“由六部分组成”后只列出五个部分（漏了“收到和处理政府信息公开申请情况”或“行政复议、行政诉讼情况”），说明引言与正文结构不一致。',
    en: 'Reports often say “six parts” and list five, leaving out one of the statutory sections.',
  },
  example: { bad: '本报告由总体情况、主动公开政府信息情况、存在的主要问题及改进情况和其他需要报告的事项等六部分组成' },
  check({ model }) {
    const out: Finding[] = [];
    for (const p of model.paragraphs) {
      if (!p.text.includes('部分') && !p.text.includes('方面')) continue;
      for (const m of p.text.matchAll(PARTS)) {
        const stated = /^\d+$/.test(m[2]) ? Number(m[2]) : chineseNumeral(m[2]);
        if (stated === undefined) continue;
        const listKey = labelKey(m[1]);
        const listed = SECTIONS.filter((s) => s.match.some((words) => words.every((w) => listKey.includes(labelKey(w))))).length;
        // Only a list that names several statutory sections is a list of the report's parts.
        if (listed < 3 || listed === stated) continue;
        const numberAt = m.index! + m[0].lastIndexOf(m[2]);
        out.push({
          span: paragraphSpan(p, numberAt, numberAt + m[2].length),
          message: {
            zh: `引言称报告由 ${stated} 个部分组成，但只列出了 ${listed} 个部分`,
            en: `The introduction speaks of ${stated} parts but lists ${listed}`,
          },
        });
      }
    }
    return out;
  },
};
