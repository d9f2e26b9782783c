import type { Finding, Rule } from './types';

const SOURCE: Record<string, { zh: string; en: string }> = {
  'front-matter': { zh: '前置元数据', en: 'front matter' },
  title: { zh: '标题', en: 'title' },
  period: { zh: '统计期限', en: 'statistics period' },
  signature: { zh: '公布日期', en: 'publication date' },
  text: { zh: '正文', en: 'text' },
};

export const rule: Rule = {
  id: 'year-mismatch',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: {
    zh: '报告年度前后不一致：标题、前置元数据、统计期限和正文中提到的本年度报告年份不同。',
    en: 'The report year disagrees between the title, front matter, statistics period and the text.',
  },
  rationale: {
    zh: '真实报告中常见把 2021 年度报告写成“2020年政府信息公开工作年度报告”——多为沿用上年文本时漏改年份。报告年度按多数确定：前置元数据、标题、统计期限、正文对本报告的称呼，以及公布日期（次年年初公布）和正文主要提到的年份；只报告与之不符的那一处，统计期限和公布日期不因一处笔误而连带报错。',
    en: "Real reports call themselves last year's report — usually a year left unchanged when last year's text was reused. The report year is what most evidence says — front matter, title, statistics period, the text naming its own report, the publication date (early the next year) and the year the prose speaks of — and only the place that disagrees is reported, so one slip does not cascade into the period and publication-date rules.",
  },
  example: { bad: '# 2021年政府信息公开工作年度报告 … 认真编制了《2020年政府信息公开工作年度报告》' },
  check({ model }) {
    const mentions = model.meta.yearMentions;
    const year = model.meta.year;
    if (!year) return [];
    // Name the first place that states the year the report is taken to be for (or, when none
    // states it, what points to it: the publication date, the prose).
    const first = mentions.find((m) => m.value === year.value) ?? model.meta.yearEvidence.find((m) => m.value === year.value) ?? year;
    const out: Finding[] = [];
    for (const m of mentions) {
      if (m.value === first.value) continue;
      const digits = model.source.slice(m.span) === String(m.value);
      out.push({
        span: m.span,
        message: {
          zh: `年份不一致：${SOURCE[first.source]?.zh ?? '报告'}为 ${first.value} 年度，${SOURCE[m.source]?.zh ?? '此处'}为 ${m.value} 年`,
          en: `Year mismatch: the ${SOURCE[first.source]?.en ?? 'report'} says ${first.value}, the ${SOURCE[m.source]?.en ?? 'text'} says ${m.value}`,
        },
        fixes:
          digits
            ? [{ title: { zh: `改为 ${first.value}`, en: `Change to ${first.value}` }, edits: [{ span: m.span, newText: String(first.value) }], preferred: true }]
            : [],
      });
    }
    return out;
  },
};
