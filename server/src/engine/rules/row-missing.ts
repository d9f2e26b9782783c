import { figureRows, type RowSpec } from '../format';
import { canonicalTableLines } from '../canonical/canonical';
import { impliedRowFigures } from '../analysis/implied';
import type { ReportModel, RowNode, TableNode } from '../model';
import type { Span } from '../text/source';
import type { Finding, Fix, Rule, TextEdit } from './types';

/** Runs of missing rows up to this long are named row by row (as row-unknown names up to three rows). */
const MAX_ROWS_NAMED = 3;

export const rule: Rule = {
  id: 'row-missing',
  category: 'structure',
  defaultSeverity: 'error',
  description: { zh: '统计表缺少格式规定的某一行。', en: 'An official row is absent from a table.' },
  rationale: {
    zh: '统一格式的每一行都必须填报，没有发生的事项填 0，不能删行。删行后读者无法区分“为 0”和“漏报”，勾稽关系也无法核对。',
    en: 'Every official row must be reported, with 0 for none; a deleted row cannot be told from an omission and breaks the totals.',
  },
  fix: {
    zh: '在规定位置插入该行，填入表中勾稽关系推得的数字，其余填 0。',
    en: "Insert the row at its official position, with the figures the table's totals imply and 0 elsewhere.",
  },
  example: { bad: '表三中没有「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行' },
  check({ model }) {
    const out: Finding[] = [];
    for (const table of model.tables.values()) {
      // A sub-table whose header is there with no row under it lacks every row (found by fuzzing:
      // 第二十条第（五）项 without its 行政许可 row was reported by nothing).
      if (table.rows.length === 0 && table.headingLine === undefined) continue;
      const order = figureRows(table.spec);
      // Rows absent where figures lost their rows may be among those figures: rule row-unknown
      // reports the region once, and conversion marks such rows「?」, never missing.
      if (table.region.strays.some((s) => !s.labelSpan)) continue;
      // Rows missing side by side are named one by one; a longer run (a table cut short, as a
      // page copied in part leaves it) is one finding: the fault is one, and a flood hides the rest.
      for (const run of missingRuns(order, table)) {
        const [first, last] = [run[0], run[run.length - 1]];
        // Point at the row that should follow the run (or the last row of the table, or its header).
        const next = order.slice(last + 1).map((r) => table.byId.get(r.id)).find((r) => r !== undefined);
        const anchor = next ?? table.rows[table.rows.length - 1];
        const where = next ? { zh: '（应在此行之前）', en: ' (it belongs before this row)' } : anchor ? { zh: '（应在此行之后）', en: ' (it belongs after this row)' } : { zh: '（应在表头之下）', en: ' (it belongs under this header)' };
        const span = anchorSpan(model, table, anchor);
        const named = run.length <= MAX_ROWS_NAMED ? run : [first];
        for (const i of named) {
          const spec = order[i];
          const what =
            named.length === run.length
              ? { zh: `缺少「${spec.label}」行`, en: `lacks the row “${spec.label}”` }
              : { zh: `缺少「${spec.label}」至「${order[last].label}」共 ${run.length} 行`, en: `lacks the ${run.length} rows from “${spec.label}” to “${order[last].label}”` };
          out.push({
            span,
            message: { zh: `${table.spec.name.zh}${what.zh}${where.zh}`, en: `${table.spec.name.en} ${what.en}${where.en}` },
            // Worked out when asked for (a code action, fix-all).
            fixes: () => insertRunFix(model, table, order.slice(first, last + 1), next, anchor),
          });
        }
      }
    }
    return out;
  },
};

/** The indexes (in official order) of the rows a table lacks, in runs of rows missing side by side. */
function missingRuns(order: readonly RowSpec[], table: TableNode): number[][] {
  const runs: number[][] = [];
  order.forEach((spec, i) => {
    if (table.byId.has(spec.id)) return;
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else runs.push([i]);
  });
  return runs;
}

/** The anchor row's label (or its line), or the table's header line when it has no row. */
function anchorSpan(model: ReportModel, table: TableNode, anchor: RowNode | undefined): Span {
  const src = model.source;
  if (anchor) return anchor.label.span.end > anchor.label.span.start ? anchor.label.span : src.lineSpan(anchor.line);
  const headerLine = table.headingLine ?? 0;
  return { start: src.lineStarts[headerLine] + (src.lineText(headerLine).length - src.lineText(headerLine).trimStart().length), end: src.lineEnd(headerLine) };
}

/**
 * The whole run of missing rows is inserted at once (in official order), so that rows missing
 * side by side do not compete for one insertion point. The rows go in with the figures the
 * table's equations imply once they stand there blank, 0 elsewhere: zeros alone broke equations
 * the author's figures satisfied, and fix-all then rewrote a total the author wrote (四、结转下年度
 * 1 → 0 when 一、本年新收 was inserted as zeros; found by npm run fuzz).
 */
function insertRunFix(model: ReportModel, table: TableNode, run: readonly RowSpec[], next: RowNode | undefined, anchor: RowNode | undefined): Fix[] {
  const src = model.source;
  const rowLines = (texts: ReadonlyMap<string, readonly string[]>) => canonicalTableLines(table.spec, texts, { groups: false, rows: () => false }).slice(2).join(src.eol);
  const blank = placeRows(model, table, rowLines(new Map(run.map((r) => [r.id, table.spec.columns.map(() => '')] as const))), next, anchor);
  if (!blank) return [];
  const figures = impliedRowFigures(src.text, { at: blank.span.start, blankRows: blank.newText }, table.spec, run);
  const insert = placeRows(model, table, rowLines(figures), next, anchor)!;
  const zeros = [...figures.values()].every((row) => row.every((f) => f === '0'));
  const how = zeros ? { zh: '填 0', en: 'filled with 0' } : { zh: '按勾稽关系填数，其余填 0', en: 'with the figures the totals imply, 0 elsewhere' };
  const title =
    run.length === 1
      ? { zh: `插入「${run[0].label}」行（${how.zh}）`, en: `Insert “${run[0].label}” ${how.en}` }
      : { zh: `插入缺少的 ${run.length} 行（「${run[0].label}」等，${how.zh}）`, en: `Insert the ${run.length} missing rows (“${run[0].label}” …) ${how.en}` };
  return [{ title, edits: [insert], preferred: true }];
}

/** Where the rows go: before the row that follows them, after the table's last row, or under the header of a table with no row. Only pipe tables get the edit. */
function placeRows(model: ReportModel, table: TableNode, rowLines: string, next: RowNode | undefined, anchor: RowNode | undefined): TextEdit | undefined {
  const src = model.source;
  if (table.region.form !== 'pipe') return undefined;
  if (!anchor) {
    // Under the header and its delimiter row.
    const headerLine = table.headingLine ?? 0;
    const below = headerLine + 1 < src.lineCount && /^\s*\|?\s*:?-{3,}/.test(src.lineText(headerLine + 1)) ? headerLine + 1 : headerLine;
    const at = below + 1 < src.lineCount ? src.lineStarts[below + 1] : undefined;
    return at !== undefined && src.lineEnd(below) < at ? { span: { start: at, end: at }, newText: rowLines + src.eol } : { span: { start: src.lineEnd(below), end: src.lineEnd(below) }, newText: src.eol + rowLines };
  }
  if (next) return { span: { start: src.lineStarts[next.line], end: src.lineStarts[next.line] }, newText: rowLines + src.eol };
  const after = anchor.line + 1 < src.lineCount ? src.lineStarts[anchor.line + 1] : undefined;
  return after !== undefined && src.lineEnd(anchor.line) < after
    ? { span: { start: after, end: after }, newText: rowLines + src.eol }
    : { span: { start: src.text.length, end: src.text.length }, newText: src.eol + rowLines };
}
