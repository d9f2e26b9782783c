import { cellFindings, setCellText } from '../analysis/cells';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'cell-not-number',
  category: 'cells',
  defaultSeverity: 'error',
  description: {
    zh: '单元格不是数字：“/”“-”“—”“无”、文字，或带单位的数字（如“3件”）。',
    en: 'A cell is not a number: “/”, “-”, “—”, “无”, text, or a number with a unit (“3件”).',
  },
  rationale: {
    zh: '统计表只能填数字。“/”“—”“无”等符号不能当作 0，读者无法判断其含义；单位已由表头给出，不应写进单元格。',
    en: 'Statistics cells hold numbers only. Symbols like “/”, “—” or “无” are not zero and leave readers guessing; the unit belongs in the header.',
  },
  fix: { zh: '单元格里有数字时（“3件”），改为该数字。', en: 'When a number is inside (“3件”), keep just the number.' },
  example: { bad: '| 规章 | / | / | / |', good: '| 规章 | 0 | 0 | 0 |' },
  check: ({ model, analysis }) =>
    cellFindings(analysis, 'not-number', (place, cell) => {
      const canonical = cell.parsed.canonical;
      return {
        message: {
          zh: `${place.zh}应为数字，实为“${cell.raw}”${canonical ? `（数字应为 ${canonical}，单位见表头）` : '；没有则填 0'}`,
          en: `${place.en} must be a number, is “${cell.raw}”${canonical ? ` (write ${canonical}; the unit is in the header)` : '; write 0 for none'}`,
        },
        fixes: canonical ? [{ title: { zh: `改为 ${canonical}`, en: `Change to ${canonical}` }, edits: [setCellText(model.source, cell, canonical)], preferred: true }] : [],
      };
    }),
};
