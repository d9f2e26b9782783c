import { cellDiagnosticSpan, cellPlace, cellSubject, setCellText } from '../analysis/cells';
import type { CellNode, ReportModel, RowNode, TableNode } from '../model';
import { isCarriedOver } from '../analysis/cross-year';
import { impliedBlanks } from '../analysis/implied';
import type { Finding, Fix, Rule } from './types';

type Empty = { readonly row: RowNode; readonly cell: CellNode };

export const rule: Rule = {
  id: 'cell-empty',
  category: 'cells',
  defaultSeverity: 'error',
  description: {
    zh: '格式要求填写数字的单元格为空。',
    en: 'A cell where the format requires a figure is empty.',
  },
  rationale: {
    zh: '空白单元格不能读作 0：读者无法判断是“没有”还是“漏填”，勾稽关系也无法核对。没有发生的事项应填 0。从网页或 PDF 复制的表格中，“·”等占位符也视为空白。一张表还完全没有填写时（如刚由模板新建的报告，或由上年报告生成、只有上年结转数字的下一年度草稿），只报告一次“尚未填写”；开始填写后，逐格报告空白单元格。',
    en: 'A blank is not a zero: readers cannot tell "none" from "not filled in", and totals cannot be checked. Write 0 for none. Placeholders such as “·” left by extraction count as blank. A table not filled in at all yet (a report just made from the template, or a draft for next year holding only the figures carried over from the year before) is reported once, as not filled in; once filling has started, each empty cell is reported.',
  },
  fix: {
    zh: '填入 0；表中的总计已确定这个数字时（它是某个勾稽关系中唯一空白的一项），填入推得的数字；也可把本表所有空白单元格一次填为 0。',
    en: "Fill with 0; when the table's totals determine the figure (it is the only blank of an equation), fill in that figure; or fill every empty cell of the table with 0.",
  },
  example: { bad: '| 行政复议 |  |  |  |  |  |', good: '| 行政复议 | 0 | 0 | 0 | 0 | 0 |' },
  check({ model, analysis }) {
    const out: Finding[] = [];
    const empty = analysis.cellsWith('empty');
    const implied = empty.length > 0 ? impliedBlanks(analysis.arithmetic.unevaluable) : new Map<CellNode, number | undefined>();
    for (const [table, empties] of byTable(model, empty)) {
      // One "fill the whole table" fix per table, built on first use and shared by its findings:
      // rebuilding it per finding made fix-all quadratic in the number of blank cells.
      let fill: Fix | undefined;
      const blankRows = rowsLeftBlank(empties);
      // A row left blank in a layout that drops blank cells has no place for each figure: it is
      // filled in after conversion to a pipe table (rule table-pasted), not cell by cell.
      const fillTable = blankRows.size > 0 ? undefined : () => (fill ??= fillTableFix(model, table, empties));
      const cells = table.rows.reduce((n, r) => n + r.cells.length, 0);
      // Next year's draft starts with the figures carried over from last year filled in: a table
      // holding only those is not filled in yet either.
      const carried = cells - empties.length;
      const onlyCarried = carried === 0 || table.rows.every((r) => r.cells.every((c) => c.parsed.status === 'empty' || isCarriedOver(table.id, r.spec.id, c.column.id)));
      // A row whose figures could not be placed in its columns (rule column-count) is filled in.
      const figuresUnplaced = table.rows.some((r) => r.columnCount && r.columnCount.found > 0);
      if (empties.length > 1 && onlyCarried && !figuresUnplaced) out.push(unfilled(model, table, empties.length, carried, fillTable));
      else {
        for (const e of empties) if (!blankRows.has(e.row)) out.push(emptyCell(model, e, implied, empties.length > 1 ? fillTable : undefined));
        for (const [row, cells] of blankRows) out.push(blankRow(row, cells));
      }
    }
    return out;
  },
};

/** The empty cells grouped by their table, in document order. */
function byTable(model: ReportModel, empties: readonly Empty[]): Map<TableNode, Empty[]> {
  const nodes = new Map([...model.tables.values()].map((t) => [t.spec, t]));
  const groups = new Map<TableNode, Empty[]>();
  for (const e of empties) {
    const table = nodes.get(e.row.table);
    if (!table) continue;
    const list = groups.get(table);
    if (list) list.push(e);
    else groups.set(table, [e]);
  }
  return groups;
}

function fillTableFix(model: ReportModel, table: TableNode, empties: readonly Empty[]): Fix {
  const edits = empties.map((e) => setCellText(model.source, e.cell, '0'));
  const name = table.spec.name;
  return { title: { zh: `把${name.zh}的空白单元格全部填为 0（${edits.length} 处）`, en: `Fill all ${edits.length} empty cells of ${name.en} with 0` }, edits };
}

/**
 * A table with no figure at all yet: one finding, not one per cell. It covers the first row's
 * whole line, so that the preview lists it with the table rather than on one cell.
 */
function unfilled(model: ReportModel, table: TableNode, cells: number, carried: number, fillTable: (() => Fix) | undefined): Finding {
  const name = table.spec.name;
  const note =
    carried === 0
      ? { zh: '', en: '' }
      : { zh: `（已有的 ${carried} 个数字是从上年报告结转的）`, en: ` (the ${carried} figures there are carried over from last year's report)` };
  return {
    span: model.source.lineSpan(table.rows[0].line),
    message: { zh: `${name.zh}尚未填写：${cells} 个单元格为空${note.zh}`, en: `${name.en} not filled in yet: ${cells} cells${note.en}` },
    // Offered, never preferred: zeros across a table nobody has filled in would state "none" for
    // every category, which only the author can say; Fix All must leave it as not filled in.
    fixes: () => (fillTable ? [{ ...fillTable(), preferred: false }] : []),
    data: { table: table.id, emptyCells: cells, unfilled: true },
  };
}

function emptyCell(model: ReportModel, { row, cell }: Empty, implied: ReadonlyMap<CellNode, number | undefined>, fillTable: (() => Fix) | undefined): Finding {
  const place = cellPlace(row, cell);
  // A blank the totals pin down is filled with that figure; one they contradict is left to the author.
  const pinned = implied.has(cell);
  const value = implied.get(cell);
  // Built when asked for (a code action, fix-all, SARIF): the check alone never reads them.
  const fixes = (): Fix[] => {
    const zero: Fix = { title: { zh: '填入 0', en: 'Fill with 0' }, edits: [setCellText(model.source, cell, '0')], preferred: !pinned || value === 0 };
    const fromTotals: Fix[] =
      value !== undefined && value !== 0
        ? [{ title: { zh: `填入 ${value}（按勾稽关系推得）`, en: `Fill with ${value} (what the totals imply)` }, edits: [setCellText(model.source, cell, String(value))], preferred: true }]
        : [];
    return [...fromTotals, zero, ...(fillTable ? [fillTable()] : [])];
  };
  return {
    span: cellDiagnosticSpan(model.source, cell),
    message: {
      zh: `${place.zh}为空：须填写数字，没有则填 0`,
      en: `Empty cell (${place.en}): a figure is required; write 0 for none`,
    },
    fixes,
    subject: cellSubject(cell),
  };
}

/** Rows read from their label alone (every cell blank, all at the label's end), with their cells. */
function rowsLeftBlank(empties: readonly Empty[]): Map<RowNode, CellNode[]> {
  const out = new Map<RowNode, CellNode[]>();
  for (const { row, cell } of empties) {
    if (!readFromLabel(row)) continue;
    const list = out.get(row);
    if (list) list.push(cell);
    else out.set(row, [cell]);
  }
  return out;
}

/** Whether every cell of the row is zero-width at one place (a loop, not a closure per blank cell). */
function readFromLabel(row: RowNode): boolean {
  const cells = row.cells;
  if (cells.length < 2) return false;
  const at = cells[0].span.start;
  for (const c of cells) if (c.span.start !== at || c.span.end !== c.span.start) return false;
  return true;
}

/** A row left blank: one finding for the row (its cells have no place of their own in the text). */
function blankRow(row: RowNode, cells: readonly CellNode[]): Finding {
  return {
    span: row.label.span,
    message: {
      zh: `${row.table.name.zh}「${row.spec.label}」行为空：${cells.length} 个单元格须填写数字，没有则填 0`,
      en: `The row “${row.spec.label}” of ${row.table.name.en} is empty: ${cells.length} cells need a figure; write 0 for none`,
    },
    subject: cellSubject(cells[0]),
  };
}
