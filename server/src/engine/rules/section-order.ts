import { toChineseNumeral } from '../text/normalize';
import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'section-order',
  category: 'structure',
  defaultSeverity: 'warning',
  description: { zh: '各部分顺序与格式规定的顺序不一致。', en: 'Sections are not in the official order.' },
  rationale: {
    zh: '统一格式规定了六个部分的顺序，读者和上级主管部门按此顺序查找内容。',
    en: 'The format fixes the order of the six sections; readers and supervisors look for content in that order.',
  },
  example: { bad: '三、收到和处理政府信息公开申请情况 … 二、主动公开政府信息情况' },
  check({ model }) {
    const found = model.sections.filter((s) => s.heading && !s.inferred);
    // Keep the longest run in official order; report every heading outside it.
    const n = found.length;
    const best = new Array<number>(n).fill(1);
    const prev = new Array<number>(n).fill(-1);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < i; j++) {
        if (found[j].spec.number < found[i].spec.number && best[j] + 1 > best[i]) {
          best[i] = best[j] + 1;
          prev[i] = j;
        }
      }
    }
    let end = best.indexOf(Math.max(0, ...best));
    const keep = new Set<number>();
    while (end >= 0) {
      keep.add(end);
      end = prev[end];
    }
    const out: Finding[] = [];
    found.forEach((s, i) => {
      if (keep.has(i) || !s.heading) return;
      out.push({
        span: s.heading.span,
        message: {
          zh: `「${s.spec.title}」是第${toChineseNumeral(s.spec.number)}部分，顺序不对`,
          en: `“${s.spec.title}” is section ${s.spec.number} and is out of order`,
        },
      });
    });
    return out;
  },
};
