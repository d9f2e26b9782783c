import { stockFigures } from '../analysis/cross-year';
import { cellSubject } from '../analysis/cells';
import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'stock-mismatch',
  category: 'consistency',
  defaultSeverity: 'info',
  description: {
    zh: '“现行有效件数”不等于上年现行有效件数 + 本年制发件数 − 本年废止件数。',
    en: "现行有效件数 differs from last year's figure + issued − repealed.",
  },
  rationale: {
    zh: '现行有效的规章和行政规范性文件，应约等于上年末的数量加本年制发、减本年废止（勾稽关系 R5）。因有效期届满自然失效等原因可能不完全相等，因此只作提示。',
    en: "The documents in force should be last year's plus those issued, minus those repealed (R5). Expiry can explain a difference, so this is a notice only.",
  },
  example: { bad: '上年现行有效 38，本年制发 10、废止 0，本年现行有效却为 40' },
  crossYear: true,
  check({ model, previous }) {
    if (!previous) return [];
    const out: Finding[] = [];
    for (const { row, cell, then, plus, minus, now, expected } of stockFigures(model, previous)) {
      if (expected === undefined || now === undefined || expected === now) continue;
      out.push({
        span: cell.span,
        message: {
          zh: `「${row.spec.label}」现行有效件数为 ${now}，按上年 ${then} + 本年制发 ${plus} − 本年废止 ${minus} 应为 ${expected}`,
          en: `“${row.spec.label}” in force is ${now}; last year's ${then} + ${plus} issued − ${minus} repealed gives ${expected}`,
        },
        subject: cellSubject(cell),
      });
    }
    return out;
  },
};
