import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'row-duplicate',
  category: 'structure',
  defaultSeverity: 'error',
  description: { zh: '同一法定行出现两次。', en: 'The same official row appears twice.' },
  rationale: {
    zh: '每一行只能填报一次；重复的行使读者无法判断哪一个数字有效。',
    en: 'Each row is reported once; a duplicate leaves readers unable to tell which figures count.',
  },
  example: { bad: '| 规章 | 0 | 0 | 0 |\n| 规章 | 1 | 0 | 1 |' },
  check({ model }) {
    const out: Finding[] = [];
    for (const table of model.tables.values()) {
      for (const dup of table.duplicates) {
        const first = table.byId.get(dup.spec.id)!;
        out.push({
          span: dup.label.span.end > dup.label.span.start ? dup.label.span : model.source.lineSpan(dup.line),
          message: {
            zh: `「${dup.spec.label}」行重复（第 ${first.line + 1} 行已有）`,
            en: `The row “${dup.spec.label}” appears again (first on line ${first.line + 1})`,
          },
        });
      }
    }
    return out;
  },
};
