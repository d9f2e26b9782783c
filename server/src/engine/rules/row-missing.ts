import { figureRows } from '../format';
import { canonicalTableLines } from '../convert/canonical';
import type { Finding, Rule, TextEdit } from './types';

export const rule: Rule = {
  id: 'row-missing',
  category: 'structure',
  defaultSeverity: 'error',
  description: { zh: '统计表缺少格式规定的某一行。', en: 'An official row is absent from a table.' },
  rationale: {
    zh: '统一格式的每一行都必须填报，没有发生的事项填 0，不能删行。删行后读者无法区分“为 0”和“漏报”，勾稽关系也无法核对。',
    en: 'Every official row must be reported, with 0 for none; a deleted row cannot be told from an omission and breaks the totals.',
  },
  fix: { zh: '在规定位置插入该行（以 0 填充）。', en: 'Insert the row at its official position, filled with 0.' },
  example: { bad: '表三中没有「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行' },
  check({ model }) {
    const out: Finding[] = [];
    for (const table of model.tables.values()) {
      if (table.rows.length === 0) continue;
      const order = figureRows(table.spec);
      const region = table.region;
      for (const [i, spec] of order.entries()) {
        if (table.byId.has(spec.id)) continue;
        // Point at the row that should follow it (or the last row of the table).
        const next = order.slice(i + 1).map((r) => table.byId.get(r.id)).find((r) => r !== undefined);
        const anchor = next ?? table.rows[table.rows.length - 1];
        const src = model.source;
        const rowLine = canonicalTableLines(table.spec, new Map([[spec.id, table.spec.columns.map(() => '0')]]), { groups: false, rows: () => false })[2];
        // Insert before the row that follows it; the last official row goes after the table's last row.
        let insert: TextEdit | undefined;
        if (region.form === 'pipe' && next) {
          insert = { span: { start: src.lineStarts[next.line], end: src.lineStarts[next.line] }, newText: rowLine + src.eol };
        } else if (region.form === 'pipe') {
          const after = anchor.line + 1 < src.lineCount ? src.lineStarts[anchor.line + 1] : undefined;
          insert = after !== undefined && src.lineEnd(anchor.line) < after
            ? { span: { start: after, end: after }, newText: rowLine + src.eol }
            : { span: { start: src.text.length, end: src.text.length }, newText: src.eol + rowLine };
        }
        out.push({
          span: anchor.label.span.end > anchor.label.span.start ? anchor.label.span : src.lineSpan(anchor.line),
          message: {
            zh: `${table.spec.name.zh}缺少「${spec.label}」行${next ? '（应在此行之前）' : '（应在此行之后）'}`,
            en: `${table.spec.name.en} lacks the row “${spec.label}”${next ? ' (it belongs before this row)' : ' (it belongs after this row)'}`,
          },
          fixes: insert
            ? [{ title: { zh: `插入「${spec.label}」行（填 0）`, en: `Insert “${spec.label}” filled with 0` }, edits: [insert], preferred: true }]
            : [],
        });
      }
    }
    return out;
  },
};
