import { findPhrases } from '../analysis/phrases';
import { FORMAT_2019, FORMAT_2021 } from '../format';
import type { Finding, Rule } from './types';

/** Ways reports cite the superseded 2019 format or its notice, and what to write instead. */
const SUPERSEDED: readonly { re: RegExp; hints: string[]; replacement: string }[] = [
  { re: /年度报告格式\s*[（(]\s*试行\s*[）)]/, hints: ['试行'], replacement: '年度报告格式' },
  { re: /国办公开办函\s*[〔[［【(（]\s*2019\s*[〕\]］】)）]\s*60\s*号/, hints: ['2019'], replacement: FORMAT_2021.document },
  {
    re: /《?国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》?/,
    hints: ['有关事项的通知'],
    replacement: '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》',
  },
];

export const rule: Rule = {
  id: 'format-citation',
  category: 'format',
  defaultSeverity: 'warning',
  description: {
    zh: `2021 年及以后的报告引用了已被取代的“格式（试行）”或${FORMAT_2019.document}。`,
    en: `A report for 2021 or later cites the superseded trial format or ${FORMAT_2019.document}.`,
  },
  rationale: {
    zh: `自 2021 年度报告起，应依据${FORMAT_2021.document}印发的《${FORMAT_2021.name}》编制；引用 2019 年试行格式说明沿用了旧的模板。`,
    en: `From the 2021 reports on, the basis is ${FORMAT_2021.document}; citing the 2019 trial format shows an old template was reused.`,
  },
  fix: { zh: '改为引用 2021 年格式。', en: 'Cite the 2021 format.' },
  example: { bad: '按照《中华人民共和国政府信息公开工作年度报告格式（试行）》编制', good: '按照《中华人民共和国政府信息公开工作年度报告格式》编制' },
  check({ model }) {
    const year = model.meta.year?.value;
    if (year === undefined || year < 2021) return [];
    const out: Finding[] = [];
    for (const { re, hints, replacement } of SUPERSEDED) {
      for (const hit of findPhrases(model, re, hints)) {
        out.push({
          span: hit.span,
          message: {
            zh: `引用了已被取代的 2019 年试行格式（“${hit.text}”）；${year} 年度报告应依据${FORMAT_2021.document}`,
            en: `Cites the superseded 2019 trial format (“${hit.text}”); a ${year} report follows ${FORMAT_2021.document}`,
          },
          fixes: hit.oneLine ? [{ title: { zh: `改为“${replacement}”`, en: `Change to “${replacement}”` }, edits: [{ span: hit.span, newText: replacement }], preferred: true }] : [],
        });
      }
    }
    return out;
  },
};
