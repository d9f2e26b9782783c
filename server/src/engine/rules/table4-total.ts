import { arithmeticFindings } from '../analysis/arithmetic-findings';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'table4-total',
  category: 'arithmetic',
  defaultSeverity: 'error',
  description: {
    zh: '表四每一块（行政复议、未经复议直接起诉、复议后起诉）的总计应等于结果维持、结果纠正、其他结果、尚未审结之和。',
    en: 'In each block of table 四, 总计 must equal 结果维持 + 结果纠正 + 其他结果 + 尚未审结.',
  },
  rationale: {
    zh: '每件行政复议或行政诉讼案件在年底要么已有结果（维持、纠正、其他），要么尚未审结（勾稽关系 R4）。',
    en: 'Each case has a result (upheld, corrected, other) or is still pending at year end (R4).',
  },
  fix: { zh: '把总计改为四项之和。', en: 'Set 总计 to the sum of the four columns.' },
  example: { bad: '| 行政诉讼（未经复议直接起诉） | 7 | 2 | 3 | 0 | 13 |', good: '| 行政诉讼（未经复议直接起诉） | 7 | 2 | 3 | 0 | 12 |' },
  check: ({ analysis }) => arithmeticFindings(analysis, 'table4-total'),
};
