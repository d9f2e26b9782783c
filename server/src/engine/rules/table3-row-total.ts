import { arithmeticFindings } from '../analysis/arithmetic-findings';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'table3-row-total',
  category: 'arithmetic',
  defaultSeverity: 'error',
  description: {
    zh: '表三每一行的“总计”应等于六类申请人（自然人及五类法人或其他组织）之和。',
    en: 'In each row of table 三, 总计 must equal the sum of the six applicant columns.',
  },
  rationale: {
    zh: '总计列是本行各类申请人的合计（勾稽关系 R2）。若只有一个数字与本行总计及所在列的勾稽关系同时不符，诊断直接指向该数字，而不是同时报告两处错误。',
    en: 'The 总计 column is the sum of the applicant columns (R2). When one figure alone breaks both its row total and its column balance, the diagnostic points at that figure instead of reporting two faults.',
  },
  fix: { zh: '把总计改为各列之和（或把唯一出错的数字改正）。', en: 'Set 总计 to the sum (or correct the single wrong figure).' },
  example: {
    bad: '| 一、本年新收政府信息公开申请数量 | 61 | 5 | 0 | 0 | 2 | 2 | 71 |',
    good: '| 一、本年新收政府信息公开申请数量 | 61 | 5 | 0 | 0 | 2 | 2 | 70 |',
  },
  check: ({ analysis }) => arithmeticFindings(analysis, 'table3-row-total'),
};
