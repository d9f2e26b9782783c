import { figureRows } from '../format';
import { canonicalTableLines } from '../canonical/canonical';
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
      // A sub-table whose header is there with no row under it lacks every row (found by fuzzing:
      // 第二十条第（五）项 without its 行政许可 row was reported by nothing).
      if (table.rows.length === 0 && table.headingLine === undefined) continue;
      const order = figureRows(table.spec);
      const region = table.region;
      // Rows absent where figures lost their rows may be among those figures: rule row-unknown
      // reports the region once, and conversion marks such rows「?」, never missing.
      if (region.strays.some((s) => !s.labelSpan)) continue;
      for (const [i, spec] of order.entries()) {
        if (table.byId.has(spec.id)) continue;
        // Point at the row that should follow it (or the last row of the table, or its header).
        const next = order.slice(i + 1).map((r) => table.byId.get(r.id)).find((r) => r !== undefined);
        const src = model.source;
        const last = table.rows[table.rows.length - 1];
        const anchor = next ?? last;
        const headerLine = table.headingLine ?? 0;
        const headerSpan = { start: src.lineStarts[headerLine] + (src.lineText(headerLine).length - src.lineText(headerLine).trimStart().length), end: src.lineEnd(headerLine) };
        const where = next ? { zh: '（应在此行之前）', en: ' (it belongs before this row)' } : last ? { zh: '（应在此行之后）', en: ' (it belongs after this row)' } : { zh: '（应在表头之下）', en: ' (it belongs under this header)' };
        out.push({
          span: !anchor ? headerSpan : anchor.label.span.end > anchor.label.span.start ? anchor.label.span : src.lineSpan(anchor.line),
          message: {
            zh: `${table.spec.name.zh}缺少「${spec.label}」行${where.zh}`,
            en: `${table.spec.name.en} lacks the row “${spec.label}”${where.en}`,
          },
          // Worked out when asked for (a code action, fix-all).
          fixes: () => {
            // The whole run of missing rows this one belongs to is inserted at once (in official order),
            // so that rows missing side by side do not compete for one insertion point.
            let first = i;
            while (first > 0 && !table.byId.has(order[first - 1].id)) first--;
            let last = i;
            while (last + 1 < order.length && !table.byId.has(order[last + 1].id)) last++;
            const run = order.slice(first, last + 1);
            const zeros = new Map(run.map((r) => [r.id, table.spec.columns.map(() => '0')] as const));
            const rowLines = canonicalTableLines(table.spec, zeros, { groups: false, rows: () => false }).slice(2).join(src.eol);
            // Insert before the row that follows them; rows missing at the end go after the table's last row.
            let insert: TextEdit | undefined;
            if (region.form === 'pipe' && !anchor) {
              // Under the header and its delimiter row.
              const below = headerLine + 1 < src.lineCount && /^\s*\|?\s*:?-{3,}/.test(src.lineText(headerLine + 1)) ? headerLine + 1 : headerLine;
              const at = below + 1 < src.lineCount ? src.lineStarts[below + 1] : undefined;
              insert = at !== undefined && src.lineEnd(below) < at ? { span: { start: at, end: at }, newText: rowLines + src.eol } : { span: { start: src.lineEnd(below), end: src.lineEnd(below) }, newText: src.eol + rowLines };
            } else if (region.form === 'pipe' && next) {
              insert = { span: { start: src.lineStarts[next.line], end: src.lineStarts[next.line] }, newText: rowLines + src.eol };
            } else if (region.form === 'pipe') {
              const after = anchor.line + 1 < src.lineCount ? src.lineStarts[anchor.line + 1] : undefined;
              insert = after !== undefined && src.lineEnd(anchor.line) < after
                ? { span: { start: after, end: after }, newText: rowLines + src.eol }
                : { span: { start: src.text.length, end: src.text.length }, newText: src.eol + rowLines };
            }
            const title =
              run.length === 1
                ? { zh: `插入「${spec.label}」行（填 0）`, en: `Insert “${spec.label}” filled with 0` }
                : { zh: `插入缺少的 ${run.length} 行（「${run[0].label}」等，填 0）`, en: `Insert the ${run.length} missing rows (“${run[0].label}” …) filled with 0` };
            return insert ? [{ title, edits: [insert], preferred: true }] : [];
          },
        });
      }
    }
    return out;
  },
};
