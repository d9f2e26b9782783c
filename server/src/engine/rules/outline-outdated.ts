import { findPhrases } from '../analysis/phrases';
import type { Finding, Rule } from './types';

/** Wordings of the pre-2019 outline (2008 条例 reports) that no longer have a section. */
const OLD_OUTLINE = /收费及减免|咨询处理情况|依申请公开和不予公开情况|不予公开情况/;
/** 「概述」 in the sentence that lists the report's parts. */
const OVERVIEW = /概述(?=[，,、])/;

export const rule: Rule = {
  id: 'outline-outdated',
  category: 'format',
  defaultSeverity: 'warning',
  description: {
    zh: '出现 2019 年以前旧提纲的措辞（“概述”“收费及减免情况”“依申请公开和不予公开情况”等）。',
    en: 'Wording of the pre-2019 outline (概述, 收费及减免情况, 依申请公开和不予公开情况).',
  },
  rationale: {
    zh: '这些部分在 2019 年修订的条例和统一格式中已不存在，出现它们通常说明报告是从多年前的旧报告复制修改而来。',
    en: 'These sections no longer exist since the 2019 revision; their presence usually means the text was copied from an old report.',
  },
  example: { bad: '本报告包括概述、主动公开情况、依申请公开和不予公开情况、政务公开的收费及减免情况……' },
  check({ model }) {
    const out: Finding[] = [];
    const message = (text: string) => ({
      zh: `“${text}”是 2019 年以前旧报告提纲的措辞，现行格式已无此部分`,
      en: `“${text}” belongs to the pre-2019 outline; the current format has no such section`,
    });
    for (const hit of findPhrases(model, OLD_OUTLINE, ['减免', '咨询', '不予公开'])) {
      if (hit.text === '不予公开情况' && hit.where === 'prose') continue; // ordinary words in prose
      out.push({ span: hit.span, message: message(hit.text) });
    }
    // 「概述」 only as a heading, or in the sentence that lists the report's parts.
    for (const s of model.sections) {
      if (s.heading?.outdated) out.push({ span: s.heading.span, message: message(s.heading.text.trim()) });
    }
    for (const hit of findPhrases(model, OVERVIEW, ['概述'])) {
      if (hit.where === 'prose') out.push({ span: hit.span, message: message(hit.text) });
    }
    const seen = new Set<number>();
    return out.filter((f) => (seen.has(f.span.start) ? false : (seen.add(f.span.start), true)));
  },
};
