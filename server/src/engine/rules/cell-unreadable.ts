import { cellFindings } from '../analysis/cells';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'cell-unreadable',
  category: 'cells',
  defaultSeverity: 'error',
  description: {
    zh: '单元格标为“?”：转换时无法从原文读出这个数字，须对照原件填写。',
    en: 'A cell marked “?”: the converter could not read this figure from the source; fill it in from the original.',
  },
  rationale: {
    zh: '从 PDF 或网页提取的表格可能错位、丢字。转换时读不出的数字一律标为“?”，绝不猜测；请对照原件核实后填写。',
    en: 'Tables extracted from PDFs or web pages can be misaligned or lose figures. The converter marks what it cannot read with “?” and never guesses; check the original and fill it in.',
  },
  example: { bad: '| 规章 | 22 | ? | 235 |' },
  check: ({ analysis }) =>
    cellFindings(analysis, 'unreadable', (place) => ({
      message: { zh: `${place.zh}未能从原文读出，请对照原件填写`, en: `${place.en} could not be read from the source; fill it in from the original` },
    })),
};
