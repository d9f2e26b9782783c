import { percentageAgrees, shareText } from '../analysis/percentages';
import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'text-percentage-mismatch',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: {
    zh: '正文中的百分比（如“不予公开占7.3%”）与统计表中的数字算出的比例不符。',
    en: 'A percentage in the prose (“不予公开占7.3%”) differs from the share the table figures give.',
  },
  rationale: {
    zh: '正文常按办理结果列出占比（“予以公开或部分公开占58.5%、不予公开占7.3%”）。比例按正文的小数位数比较，四舍五入或截断均可；分母可以是办结数（“（七）总计”），也可以是受理数（本年新收，或加上上年结转），符合任一读法即不报告。百分比旁写明的件数若与表不符，由 text-table-mismatch 报告，这里不再重复。',
    en: 'The prose often gives the share of each outcome. A percentage is compared at the precision the text writes (rounded or cut off), against any whole it may mean (concluded, （七）总计, or received, with or without the carried-over); a mismatching count next to it is text-table-mismatch’s finding and not repeated here.',
  },
  example: { bad: '办结 1191 件，其中不予公开 20 件（2.5%）。  ← 20 / 1191 = 1.7%' },
  check({ analysis }) {
    const out: Finding[] = [];
    for (const checked of analysis.percentages) {
      const { claim, parts, wholes } = checked;
      const whole = wholes.find((w) => w.value > 0);
      if (parts.length === 0 || !whole || percentageAgrees(checked)) continue;
      const part = parts[0];
      const share = shareText(part.value, whole.value, claim.decimals);
      out.push({
        span: claim.span,
        message: {
          zh: `正文“${claim.phrase}”与表不符：${part.name.zh} ${part.value} 占${whole.name.zh} ${whole.value} 的 ${share}%`,
          en: `The text “${claim.phrase}” disagrees with the tables: ${part.name.en} ${part.value} is ${share}% of ${whole.name.en} ${whole.value}`,
        },
        data: { claimed: claim.percent, table: Number(share) },
      });
    }
    return out;
  },
};
