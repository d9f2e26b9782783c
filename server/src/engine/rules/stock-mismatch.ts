import { usableValue } from '../text/numbers';
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
  check({ model, previous }) {
    if (!previous) return [];
    const out: Finding[] = [];
    for (const rowId of ['rules', 'normative']) {
      const row = model.tables.get('t2-1')?.byId.get(rowId);
      const prev = previous.tables.get('t2-1')?.byId.get(rowId);
      if (!row || !prev) continue;
      const get = (cells: typeof row.cells, id: string) => {
        const c = cells.find((x) => x.column.id === id);
        return c ? usableValue(c.parsed) : undefined;
      };
      const [issued, repealed, now, then] = [get(row.cells, 'issued'), get(row.cells, 'repealed'), get(row.cells, 'in-force'), get(prev.cells, 'in-force')];
      if (issued === undefined || repealed === undefined || now === undefined || then === undefined) continue;
      const expected = then + issued - repealed;
      if (expected === now) continue;
      const cell = row.cells.find((c) => c.column.id === 'in-force')!;
      out.push({
        span: cell.span,
        message: {
          zh: `「${row.spec.label}」现行有效件数为 ${now}，按上年 ${then} + 本年制发 ${issued} − 本年废止 ${repealed} 应为 ${expected}`,
          en: `“${row.spec.label}” in force is ${now}; last year's ${then} + ${issued} issued − ${repealed} repealed gives ${expected}`,
        },
        subject: cellSubject(cell),
      });
    }
    return out;
  },
};
