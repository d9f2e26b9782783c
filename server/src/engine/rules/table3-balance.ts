import { arithmeticFindings } from '../analysis/arithmetic-findings';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'table3-balance',
  category: 'arithmetic',
  defaultSeverity: 'error',
  description: {
    zh: '表三每一列应满足表中印明的勾稽关系：第一项加第二项之和，等于第三项加第四项之和。',
    en: 'Each column of table 三 must satisfy the printed rule: item 一 + item 二 = item 三 (（七）总计) + item 四.',
  },
  rationale: {
    zh: '本年新收与上年结转的申请，要么在本年度办结（（七）总计），要么结转下年度（四）。格式在表头印明了这一勾稽关系（R1）。',
    en: 'Applications received this year or carried over are either concluded this year (（七）) or carried into next year (四). The format prints this rule in the table header (R1).',
  },
  fix: {
    zh: '把“四、结转下年度继续办理”调整为平衡所需的数（或改为调整“一、本年新收”）。',
    en: 'Adjust 四 (carried into next year) to balance, or adjust 一 (received) instead.',
  },
  example: { bad: '一 70 + 二 0 ≠ （七）69 + 四 2' },
  check: ({ analysis }) => arithmeticFindings(analysis, 'table3-balance'),
};
