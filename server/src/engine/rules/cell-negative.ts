import { cellFindings } from '../analysis/cells';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'cell-negative',
  category: 'cells',
  defaultSeverity: 'error',
  description: { zh: '统计数字为负数。', en: 'A figure is negative.' },
  rationale: {
    zh: '件数与金额不可能为负。负数通常是把“增减”误填进了数量栏，或减号是排版残留。',
    en: 'Counts and amounts cannot be negative; a minus usually means a change was entered where a count belongs, or is a typesetting artefact.',
  },
  example: { bad: '| 行政许可 | -3 |' },
  check: ({ analysis }) =>
    cellFindings(analysis, 'negative', (place, cell) => ({
      message: { zh: `${place.zh}为负数（${cell.raw}）：数量不可能小于 0`, en: `${place.en} is negative (${cell.raw}): a count cannot be below 0` },
    })),
};
