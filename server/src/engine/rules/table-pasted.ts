import { convertRegionEdit } from '../canonical/region';
import { sectionTableName } from '../format';
import type { Finding, Rule } from './types';

export const rule: Rule = {
  id: 'table-pasted',
  category: 'structure',
  defaultSeverity: 'info',
  description: {
    zh: '统计表是粘贴或提取的形式（制表符、空格对齐、拆散的片段），不是标准的竖线表格。',
    en: 'A statistics table is in pasted or extracted form (tabs, aligned spaces, fragments), not a canonical pipe table.',
  },
  rationale: {
    zh: '粘贴的表格能被读出并检查，但不便编辑、审阅和稳定地导出。转换为标准竖线表格后保留每一个数字；读不出的数字标为“?”，绝不猜测。',
    en: 'Pasted tables are read and checked, but are awkward to edit, review and export. Conversion keeps every figure; what cannot be read is marked “?”, never guessed.',
  },
  fix: { zh: '转换为标准竖线表格。', en: 'Convert to the canonical pipe table.' },
  example: { bad: '规章\t0\t0\t0', good: '| 规章 | 0 | 0 | 0 |' },
  check({ model }) {
    const out: Finding[] = [];
    for (const region of model.regions) {
      if (region.form !== 'pasted' || region.tables.length === 0) continue;
      const src = model.source;
      // When only some of the region's tables are pasted (one sub-table of 二 among pipe tables),
      // point at the first pasted one: its 第二十条 heading line, or its first pasted row.
      const rows = region.tables.flatMap((t) => t.rows).sort((a, b) => a.line - b.line);
      const pastedRow = rows.find((r) => r.source !== 'pipe');
      const mixed = pastedRow !== undefined && rows.some((r) => r.source === 'pipe');
      const pastedTable = mixed ? region.tables.find((t) => t.rows.includes(pastedRow)) : undefined;
      const heading = pastedTable?.headingLine;
      const line = !mixed ? region.firstLine : heading !== undefined && heading < pastedRow.line ? heading : pastedRow.line;
      const first = src.lineText(line);
      const start = src.lineStarts[line] + (first.length - first.trimStart().length);
      const names = pastedTable ? pastedTable.spec.name : region.tables.length > 1 ? (sectionTableName(model.format.version, region.tables[0].spec.section) ?? region.tables[0].spec.name) : region.tables[0].spec.name;
      out.push({
        span: { start, end: src.lineEnd(line) },
        message: {
          zh: `${names.zh}为${region.formReason?.zh ?? '粘贴的表格'}，可转换为标准表格`,
          en: `${names.en} is ${region.formReason?.en ?? 'a pasted table'}; it can be converted to the canonical table`,
        },
        fixes: () => [{ title: { zh: '转换为标准表格', en: 'Convert to the canonical table' }, edits: [convertRegionEdit(model, region)], preferred: true }],
      });
    }
    return out;
  },
};
