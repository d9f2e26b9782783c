import { cellFindings } from '../analysis/cells';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'cell-not-integer',
  category: 'cells',
  defaultSeverity: 'error',
  description: { zh: '应为整数（件数）的单元格填了小数。', en: 'A decimal where a count (whole number) is required.' },
  rationale: {
    zh: '件数只能是整数；只有表二第二十条第（八）项的收费金额（万元）可以有小数。',
    en: 'Counts are whole numbers; only the fee amount of Art. 20(8) (in 10,000 yuan) may have decimals.',
  },
  example: { bad: '| 行政处罚 | 5025.5 |' },
  check: ({ analysis }) =>
    cellFindings(analysis, 'not-integer', (place, cell) => ({
      message: { zh: `${place.zh}应为整数件数，实为 ${cell.raw}`, en: `${place.en} must be a whole number, is ${cell.raw}` },
    })),
};
