import { findPhrases } from '../analysis/phrases';
import { FORMAT_2019, FORMAT_2021 } from '../format';
import type { ReportModel } from '../model';
import type { PhraseHit } from '../analysis/phrases';
import type { Span } from '../text/source';
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
    for (const cited of citations(model)) {
      const end = cited[cited.length - 1].span.end;
      // The number's closing bracket, when the number was cited in brackets, is quoted with it.
      const close = cited.length > 1 && /[)）]/.test(model.source.text[end] ?? '') ? 1 : 0;
      const text = model.source.slice({ start: cited[0].span.start, end: end + close });
      out.push({
        span: { start: cited[0].span.start, end },
        message: {
          zh: `引用了已被取代的 2019 年试行格式（“${text}”）；${year} 年度报告应依据${FORMAT_2021.document}`,
          en: `Cites the superseded 2019 trial format (“${text}”); a ${year} report follows ${FORMAT_2021.document}`,
        },
        fixes: cited.every((c) => c.hit.oneLine)
          ? [
              {
                title: { zh: `改为“${cited.map((c) => c.replacement).join('”“')}”`, en: `Change to “${cited.map((c) => c.replacement).join('” “')}”` },
                edits: cited.map((c) => ({ span: c.span, newText: c.replacement })),
                preferred: true,
              },
            ]
          : [],
      });
    }
    return out;
  },
};

interface Cited {
  readonly hit: PhraseHit;
  readonly span: Span;
  readonly replacement: string;
}

/**
 * The superseded citations, each one finding: a notice's title with its number in brackets right
 * after it (《…有关事项的通知》（国办公开办函〔2019〕60号）) is one citation, not two.
 */
function citations(model: ReportModel): Cited[][] {
  const hits = SUPERSEDED.flatMap(({ re, hints, replacement }) => findPhrases(model, re, hints).map((hit): Cited => ({ hit, span: hit.span, replacement }))).sort(
    (a, b) => a.span.start - b.span.start,
  );
  const out: Cited[][] = [];
  for (const c of hits) {
    const last = out[out.length - 1]?.at(-1);
    const between = last && c.span.start >= last.span.end ? model.source.text.slice(last.span.end, c.span.start) : undefined;
    if (between !== undefined && /^\s*[（(]?\s*$/.test(between)) out[out.length - 1].push(c);
    else out.push([c]);
  }
  return out;
}
