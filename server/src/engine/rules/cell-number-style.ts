import { cellFindings, setCellText } from '../analysis/cells';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'cell-number-style',
  category: 'cells',
  defaultSeverity: 'info',
  description: {
    zh: '数字写法不规范：全角数字、千位分隔符、加粗或前导零。',
    en: 'A figure written non-canonically: full-width digits, thousands separators, bold or leading zeros.',
  },
  rationale: {
    zh: '这些写法能被读出，但不利于检索、统计和机器读取；统一写成半角阿拉伯数字。',
    en: 'Readable, but hard to search, total or machine-read; write plain ASCII digits.',
  },
  fix: { zh: '改写为规范数字。', en: 'Rewrite canonically.' },
  example: { bad: '| 行政许可 | 35,583 |', good: '| 行政许可 | 35583 |' },
  check: ({ model, analysis }) =>
    cellFindings(analysis, 'styled', (_, cell) => {
      const canonical = cell.parsed.canonical;
      if (canonical === undefined) return undefined;
      return {
        message: { zh: `数字“${cell.raw}”应写作 ${canonical}`, en: `Write “${cell.raw}” as ${canonical}` },
        fixes: [{ title: { zh: `改写为 ${canonical}`, en: `Rewrite as ${canonical}` }, edits: [setCellText(model.source, cell, canonical)], preferred: true }],
      };
    }),
};
