import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'front-matter',
  category: 'structure',
  defaultSeverity: 'error',
  description: { zh: '前置元数据（YAML）有误：语法错误、未知的键或无效的值。', en: 'Invalid front matter (YAML): a syntax error, an unknown key or an invalid value.' },
  rationale: {
    zh: '前置元数据告诉检查器报告机关、机关类型、年度、公布日期和上一年度报告，用于期限、考核评议和跨年度检查。无效的值会被忽略并在此报告，其余各项照常使用。',
    en: 'Front matter gives the agency, its kind, the year, the publication date and last year\'s report, for the deadline, evaluation and cross-year checks. An invalid value is ignored and reported here; the rest still counts.',
  },
  example: { bad: '---\nyear: 二〇二四\nagencyKind: 政府\n---', good: '---\nyear: 2024\nagencyKind: government\n---' },
  check({ model }) {
    return (model.frontMatter?.problems ?? []).map((p): Finding => ({ span: p.span, message: p.message }));
  },
};
