import { SECTIONS } from '../format';
import { emptySectionTables, insertBefore, officialHeading } from '../analysis/insert';
import { toChineseNumeral } from '../text/normalize';
import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'section-missing',
  category: 'structure',
  defaultSeverity: 'error',
  description: { zh: '缺少格式规定的六个部分之一。', en: 'One of the six sections of the format is absent.' },
  rationale: {
    zh: '条例第五十条规定年度报告应当包括的内容，统一格式把它们固定为六个部分：总体情况、主动公开、收到和处理申请、行政复议和行政诉讼、存在的主要问题及改进情况、其他需要报告的事项。',
    en: 'Art. 50 fixes what the report must contain; the format turns it into six sections, all required.',
  },
  fix: {
    zh: '在应有位置插入该部分的标题（第二、三、四部分同时插入空白的标准表格）。',
    en: 'Insert the heading at its place (with the empty canonical tables for sections 二, 三 and 四).',
  },
  example: { bad: '一、总体情况 … 三、收到和处理政府信息公开申请情况（缺少第二部分）' },
  check({ model }) {
    const out: Finding[] = [];
    const present = new Set(model.sections.map((s) => s.spec.id));
    const src = model.source;
    for (const spec of SECTIONS) {
      if (present.has(spec.id)) continue;
      // Insert before the first present section that comes after this one in the official order.
      const next = model.sections.find((s) => s.spec.number > spec.number);
      const region = model.regions.find((r) => r.sectionId === spec.id);
      const line = region ? region.firstLine : next ? (next.heading?.line ?? next.firstLine) : undefined;
      const anchorLine = line ?? src.lineCount - 1;
      const span = src.lineSpan(anchorLine);
      const heading = officialHeading(model, spec);
      const tables = !region && spec.tables.length > 0 ? emptySectionTables(model, spec.id, model.format.version) : '';
      const text = tables ? `${heading}${src.eol}${src.eol}${tables}` : heading;
      out.push({
        span: { start: span.start + (src.lineText(anchorLine).length - src.lineText(anchorLine).trimStart().length), end: span.end },
        message: {
          zh: `缺少第${toChineseNumeral(spec.number)}部分「${spec.title}」${line !== undefined ? '（应在此处之前）' : ''}`,
          en: `Section ${spec.number} “${spec.title}” is missing${line !== undefined ? ' (it belongs before this line)' : ''}`,
        },
        fixes: [{ title: { zh: `插入「${heading.replace(/^#+ /, '')}」`, en: `Insert “${heading.replace(/^#+ /, '')}”` }, edits: [insertBefore(model, line, text)], preferred: true }],
      });
    }
    return out;
  },
};
