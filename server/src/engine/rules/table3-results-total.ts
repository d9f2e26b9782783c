import { arithmeticFindings } from '../analysis/arithmetic-findings';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'table3-results-total',
  category: 'arithmetic',
  defaultSeverity: 'error',
  description: {
    zh: '表三每一列的“（七）总计”应等于（一）至（六）各项办理结果之和。',
    en: 'In each column of table 三, （七）总计 must equal the sum of all outcome rows (一)–(六).',
  },
  rationale: {
    zh: '（七）总计是本年度办结申请的总数，即予以公开、部分公开、不予公开 8 项、无法提供 3 项、不予处理 5 项、其他处理 3 项之和（勾稽关系 R3）。',
    en: '（七）总计 is the number of applications concluded: the sum of every outcome row (R3).',
  },
  fix: { zh: '把（七）总计改为各项之和。', en: 'Set （七）总计 to the sum.' },
  example: { bad: '| （七）总计 | 61 | 5 | 0 | 0 | 2 | 2 | 70 |  ← 各项办理结果之和为 60' },
  check: ({ analysis }) => arithmeticFindings(analysis, 'table3-results-total'),
};
