import { tablesOfSection } from '../format';
import { emptySectionTables, insertBefore } from '../analysis/insert';
import { canonicalTablesText } from '../canonical/canonical';
import type { TableId, TableSpec } from '../format';
import type { ReportModel } from '../model';
import type { Finding, Rule, TextEdit } from './types';

export const rule: Rule = {
  id: 'table-missing',
  category: 'structure',
  defaultSeverity: 'error',
  description: {
    zh: '第二、三或四部分没有统计表（或表二缺少四个分表之一）。',
    en: 'Section 二, 三 or 四 has no table (or table 二 lacks one of its four sub-tables).',
  },
  rationale: {
    zh: '第二、三、四部分的内容就是统计表。真实报告中常见只有标题、没有表格（表格以图片发布或漏贴），读者无从得知数字。即使全部为 0 也应填表。',
    en: 'Sections 二–四 consist of their tables. Real reports often have the heading and nothing under it (tables posted as images or forgotten). Even all-zero tables must be there.',
  },
  fix: { zh: '插入空白的标准表格。', en: 'Insert the empty canonical table.' },
  example: { bad: '三、收到和处理政府信息公开申请情况\n\n四、政府信息公开行政复议、行政诉讼情况' },
  check({ model }) {
    const out: Finding[] = [];
    for (const section of model.sections) {
      // A section whose tables mix layouts (one 2019 sub-table among 2021 ones) is expected in
      // 2021's: format-outdated speaks for the old one, and 2019's 第（九）项 is not missing.
      const mixed = [...model.tables.values()].some((t) => t.spec.section === section.spec.id && t.version === '2021');
      const version = mixed ? '2021' : model.format.version;
      const specs = tablesOfSection(version, section.spec.id);
      if (specs.length === 0) continue;
      const missing = specs.filter((t) => !model.tables.has(t.id as never));
      if (missing.length === 0) continue;
      const region = model.regions.find((r) => r.sectionId === section.spec.id);
      // Figures the reader could not place are a table that is there (rule row-unknown says so), not a missing one.
      if (region && region.tables.length === 0) continue;
      const insertLine = region ? region.lastLine + 1 : section.firstLine;
      const span = section.heading?.span ?? model.source.lineSpan(section.firstLine);
      const names = missing.map((t) => t.name);
      const all = missing.length === specs.length;
      out.push({
        span,
        message: all
          ? { zh: `「${section.spec.title}」下没有统计表`, en: `“${section.spec.title}” has no statistics table` }
          : {
              zh: `缺少${names.map((n) => n.zh).join('、')}`,
              en: `Missing ${names.map((n) => n.en).join(', ')}`,
            },
        fixes: [
          {
            title: { zh: '插入空白的标准表格', en: 'Insert the empty canonical table' },
            edits: region && !all
              ? subTableEdits(model, specs, missing.map((t) => t.id), region.lastLine)
              : [insertBefore(model, insertLine > section.lastLine ? section.lastLine + 1 : insertLine, emptySectionTables(model, section.spec.id, version, missing.map((t) => t.id)))],
            preferred: true,
          },
        ],
      });
    }
    return out;
  },
};

/**
 * A missing sub-table of 二 goes to its official place: before the first present sub-table that
 * follows it, or after the last one, a blank line apart (so it never runs into its neighbour).
 */
function subTableEdits(model: ReportModel, specs: readonly TableSpec[], missing: readonly string[], regionLast: number): TextEdit[] {
  const src = model.source;
  const eol = src.eol;
  const groups = new Map<number, string[]>();
  specs.forEach((spec, i) => {
    if (!missing.includes(spec.id)) return;
    const next = specs.slice(i + 1).map((t) => model.tables.get(t.id as TableId)).find((t) => t !== undefined);
    const line = next ? Math.min(next.headingLine ?? Infinity, ...next.rows.map((r) => r.line)) : -1;
    groups.set(line, [...(groups.get(line) ?? []), spec.id]);
  });
  const edits: TextEdit[] = [];
  for (const [line, ids] of groups) {
    const text = canonicalTablesText(specs.filter((t) => ids.includes(t.id)), new Map(), eol);
    if (line >= 0 && Number.isFinite(line)) edits.push({ span: { start: src.lineStarts[line], end: src.lineStarts[line] }, newText: `${text}${eol}${eol}` });
    else {
      const at = src.lineEnd(regionLast);
      edits.push({ span: { start: at, end: at }, newText: `${eol}${eol}${text}` });
    }
  }
  return edits;
}
