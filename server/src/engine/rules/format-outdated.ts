import { upgradeEdits } from '../canonical/upgrade';
import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'format-outdated',
  category: 'format',
  defaultSeverity: 'error',
  description: {
    zh: '2021 年及以后的报告使用了 2019 年（试行）格式的表格。',
    en: 'A report for 2021 or later uses the tables of the 2019 (试行) format.',
  },
  rationale: {
    zh: '国办公开办函〔2021〕30号印发的格式自 2021 年度报告起施行，取代 2019 年试行格式。旧表格的栏目（本年新制作数量、上一年项目数量、本年增/减、第二十条第（九）项政府集中采购等）与新格式口径不同，不能直接沿用。',
    en: 'The 2021 format (国办公开办函〔2021〕30号) applies from the 2021 reports and replaced the 2019 trial format, whose columns measure different things.',
  },
  fix: {
    zh: '把表二和“（六）其他处理”改为 2021 年格式：含义不变的数字照搬，其余标为“?”待填。',
    en: 'Rewrite table 二 and （六）其他处理 in the 2021 layout: figures whose meaning is unchanged carry over, the rest are marked “?” to fill in.',
  },
  example: { bad: '| 第二十条第（一）项 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |（2022 年度报告）' },
  check({ model }) {
    const year = model.meta.year?.value;
    if (model.format.version !== '2019' || year === undefined || year < 2021 || model.format.evidence.length === 0) return [];
    const first = model.format.evidence[0];
    const out: Finding[] = [
      {
        span: first,
        message: {
          zh: `${year} 年度报告应使用 2021 年格式（国办公开办函〔2021〕30号），此处是 2019 年试行格式的表格`,
          en: `A ${year} report must use the 2021 format (国办公开办函〔2021〕30号); this is the 2019 trial layout`,
        },
        fixes: () => {
          const edits = upgradeEdits(model);
          return edits.length ? [{ title: { zh: '改为 2021 年格式的表格', en: 'Rewrite in the 2021 layout' }, edits, preferred: true }] : [];
        },
      },
    ];
    return out;
  },
};
