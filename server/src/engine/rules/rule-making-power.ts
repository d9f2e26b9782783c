import { certainlyLacksRuleMakingPower } from '../domain/agency';
import { usableValue } from '../text/numbers';
import { cellSubject } from '../analysis/cells';
import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'rule-making-power',
  category: 'consistency',
  defaultSeverity: 'info',
  description: {
    zh: '没有规章制定权的机关（县、区、乡镇及其部门）填报了非零的“规章”数字。',
    en: 'An agency without rule-making power (county, district, township, or their departments) reports 规章 figures above 0.',
  },
  rationale: {
    zh: '只有国务院部门和省、自治区、直辖市、设区的市、自治州人民政府可以制定规章。县级及以下机关的“规章”一行应为 0；非零数字通常是把规范性文件误填进了规章行。名称只写“××市”的，无法判断是设区的市还是县级市，不作判断。',
    en: 'Only State Council departments and governments of provinces, cities with districts and autonomous prefectures make rules. County-level bodies and below report 0; a figure there is usually a normative document in the wrong row. A plain “××市” may be either level and is not judged.',
  },
  example: { bad: '（某镇人民政府）| 规章 | 0 | 0 | 6 |' },
  check({ model }) {
    const agency = model.meta.agency?.value;
    if (!agency || !certainlyLacksRuleMakingPower(agency)) return [];
    const row = model.tables.get('t2-1')?.byId.get('rules');
    if (!row) return [];
    const out: Finding[] = [];
    for (const cell of row.cells) {
      const v = usableValue(cell.parsed);
      if (v === undefined || v <= 0) continue;
      out.push({
        span: cell.span,
        message: {
          zh: `${agency}没有规章制定权，「规章」「${cell.column.label}」应为 0，实为 ${v}（是否误填了规范性文件？）`,
          en: `${agency} has no rule-making power; 规章 “${cell.column.label}” should be 0, is ${v} (a normative document in the wrong row?)`,
        },
        subject: cellSubject(cell),
      });
    }
    return out;
  },
};
