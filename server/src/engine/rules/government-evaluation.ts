import type { Bilingual } from '../format/schema';
import type { ReportModel } from '../model';
import { paragraphSpan } from '../parse/prose';
import type { Span } from '../text/source';
import type { Finding, Rule } from './types';

/** The three results 第五十条第（四）项 requires of a people's government, and the word that marks each. */
const RESULTS: readonly { word: string; name: Bilingual }[] = [
  { word: '考核', name: { zh: '工作考核', en: 'appraisal' } },
  { word: '评议', name: { zh: '社会评议', en: 'public evaluation' } },
  { word: '追究', name: { zh: '责任追究', en: 'accountability' } },
];

export const rule: Rule = {
  id: 'government-evaluation',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: {
    zh: '人民政府的报告没有提到工作考核、社会评议、责任追究结果之一。',
    en: "A people's government's report does not mention appraisal, public evaluation or accountability results.",
  },
  rationale: {
    zh: '条例第五十条第（四）项：各级人民政府的政府信息公开工作年度报告还应当包括工作考核、社会评议和责任追究结果情况（第四十六条要求建立这三项制度）。格式把它放在“总体情况”的监督保障部分。没有开展的，也应如实说明。',
    en: "Art. 50(4): the reports of people's governments must also give the results of appraisal, public evaluation and accountability (the systems of Art. 46). The format places them under supervision in section 一; say so if none took place.",
  },
  example: { bad: '（五）监督保障：通过工作指导、监督检查、绩效考核等措施……（未提社会评议、责任追究）' },
  check({ model }) {
    if (model.meta.agencyKind?.value !== 'government') return [];
    const text = model.paragraphs.map((p) => p.text).join('') + model.headings.map((h) => h.text).join('');
    const missing = RESULTS.filter((r) => !text.includes(r.word));
    if (missing.length === 0) return [];
    const out: Finding[] = [
      {
        span: supervisionSpan(model),
        message: {
          zh: `人民政府的年度报告应包括工作考核、社会评议和责任追究结果情况（条例第五十条第（四）项），未见：${missing.map((m) => m.name.zh).join('、')}`,
          en: `A government's report must give the results of appraisal, public evaluation and accountability (Art. 50(4)); missing: ${missing.map((m) => m.name.en).join(', ')}`,
        },
      },
    ];
    return out;
  },
};

/** Where the results belong: the 监督保障 heading of section 一, else the section heading. */
function supervisionSpan(model: ReportModel): Span {
  const s1 = model.sections.find((s) => s.spec.id === 's1');
  const inS1 = (line: number) => !s1 || (line >= s1.firstLine && line <= s1.lastLine);
  const heading = model.headings.find((h) => inS1(h.line) && /监督/.test(h.text));
  if (heading) return heading.span;
  for (const p of model.paragraphs) {
    if (!inS1(p.firstLine)) continue;
    const m = /^[（(][一二三四五六七八九十][)）][^。；]{0,16}监督[^。；，]{0,10}/.exec(p.text);
    if (m) return paragraphSpan(p, 0, m[0].length);
  }
  if (s1?.heading) return s1.heading.span;
  return model.title?.span ?? { start: 0, end: Math.min(model.source.text.length, model.source.lineEnd(0)) };
}
