import { cellFindings } from '../analysis/cells';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'cell-too-many-digits',
  category: 'cells',
  defaultSeverity: 'error',
  description: {
    zh: '数字位数过多，无法精确核对：整数超过 9007199254740991，或有效数字超过 15 位。',
    en: 'A figure with more digits than can be checked exactly: an integer above 9007199254740991, or over 15 significant digits.',
  },
  rationale: {
    zh: '年度报告中的件数和金额远小于这个范围；这样长的数字多半是录入错误，或从 PDF 提取时两个数字连在了一起。本工具不会用它计算合计，也不会改写它（转换时原样保留每一位），请对照原件改正。',
    en: 'Counts and amounts in an annual report are far below this range; a figure this long is almost always a typing error, or two figures run together by a PDF extraction. It is never used in a sum and never rewritten (conversion keeps every digit as written): check it against the original.',
  },
  example: { bad: '| 行政许可 | 355833558335583355 |' },
  check: ({ analysis }) =>
    cellFindings(analysis, 'unrepresentable', (place, cell) => ({
      message: {
        zh: `${place.zh}的数字 ${cell.raw} 位数过多，无法精确核对（整数最大 9007199254740991，小数最多 15 位有效数字）；请对照原件改正`,
        en: `${place.en}: ${cell.raw} has more digits than can be checked exactly (integers up to 9007199254740991, decimals up to 15 significant digits); check it against the original`,
      },
    })),
};
