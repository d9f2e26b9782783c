import type { Analysis } from '../analysis/analysis';
import type { Equation } from '../analysis/arithmetic';
import { setCellText } from '../analysis/cells';
import type { Bilingual } from '../format/schema';
import type { TableId } from '../format';
import type { CellNode, ReportModel, RowNode, TableNode } from '../model';
import { validFigure } from '../text/figure-input';
import { canonicalNumber, usableValue } from '../text/numbers';
import { totalsByCell } from './totals';
import type { TextReplacement } from './types';

/**
 * Editing one figure of a statutory table in place (the preview's grid). The cell is named by
 * what it is in the format — table, row and column ids — never by a position, so an edit made
 * against one version still finds its cell after the user typed elsewhere. The input is checked
 * against the column's kind (a count is a non-negative integer, the fee a decimal) and refused
 * with a reason when it is not a figure; a valid one becomes the smallest edit of the source:
 * the one cell, rewritten at its column's width so the pipe table stays aligned.
 */

/** A figure cell by its place in the format. */
export interface CellAddress {
  readonly table: string;
  readonly row: string;
  readonly column: string;
}

/** What to write: text as typed (empty clears the cell), or the value its equation computes. */
export type CellInput = { readonly text: string } | { readonly fill: 'sum' };

export type CellEditResult =
  /** `edit` is absent when the cell already holds the value (nothing to change). */
  | { readonly ok: true; readonly text: string; readonly edit?: TextReplacement }
  | { readonly ok: false; readonly reason: Bilingual; readonly code: CellRefusal };

export type CellRefusal = 'no-cell' | 'not-canonical' | 'invalid' | 'no-sum';

/** Whether a table's cells can be written one by one: a canonical pipe table, every row a pipe row. */
export function tableEditable(table: TableNode): Bilingual | undefined {
  if (table.region.form !== 'pipe') {
    const why = table.region.formReason;
    return {
      zh: `这张表不是标准的竖线表格${why ? `（${why.zh}）` : ''}，不能在这里逐格编辑；请先转换为标准表格。`,
      en: `This table is not a standard pipe table${why ? ` (${why.en})` : ''}, so its cells cannot be edited here; convert it to a standard table first.`,
    };
  }
  return undefined;
}

/** Why the cells of a table the draft does not have cannot be written. */
export const MISSING_TABLE: Bilingual = {
  zh: '草稿中还没有这张表，不能在这里逐格编辑：请先插入这张表。',
  en: 'The draft does not have this table yet, so its cells cannot be edited here: insert the table first.',
};

/** Why one cell cannot be written, or undefined when it can. */
export function cellReadOnly(table: TableNode, row: RowNode | undefined, cell: CellNode | undefined): Bilingual | undefined {
  const whole = tableEditable(table);
  if (whole) return whole;
  if (!row || !cell) return { zh: '这一行不在草稿中：请先用快速修复补上这一行。', en: 'This row is not in the draft: add it first (quick fix).' };
  if (row.source !== 'pipe' || row.columnCount) {
    return { zh: '这一行的格数与表格列数不符，不能逐格编辑：请先在源文件中修正这一行。', en: 'This row has the wrong number of cells, so its cells cannot be edited here: correct the row in the source first.' };
  }
  return undefined;
}

/** The table, row and cell an address names, as far as the draft has them. */
export function locateCell(model: ReportModel, address: CellAddress): { table?: TableNode; row?: RowNode; cell?: CellNode } {
  const table = model.tables.get(address.table as TableId);
  if (!table) return {};
  const row = table.byId.get(address.row);
  const index = table.spec.columns.findIndex((c) => c.id === address.column);
  return { table, row, cell: index >= 0 ? row?.cells[index] : undefined };
}

/** The edit that writes `input` into the cell, or the reason it is refused. */
export function cellEdit(model: ReportModel, analysis: Analysis, address: CellAddress, input: CellInput): CellEditResult {
  const { table, row, cell } = locateCell(model, address);
  if (!table) return refuse('no-cell', MISSING_TABLE);
  const readOnly = cellReadOnly(table, row, cell);
  if (readOnly) return refuse(table.region.form !== 'pipe' ? 'not-canonical' : 'no-cell', readOnly);
  const target = cell!;
  let text: string;
  if ('fill' in input) {
    const sum = fillValues(analysis).get(target);
    if (sum === undefined) return refuse('no-sum', { zh: '无法计算：相关单元格中还有空白或不是数字的内容。', en: 'Cannot compute it: a cell it depends on is blank or not a figure.' });
    text = canonicalNumber(sum);
  } else {
    const checked = validFigure(input.text, target.column.kind);
    if ('reason' in checked) return refuse('invalid', checked.reason);
    text = checked.text;
  }
  if (target.raw.trim() === text) return { ok: true, text };
  const edit = setCellText(model.source, target, text);
  return { ok: true, text, edit: { span: edit.span, range: model.source.rangeOf(edit.span), newText: edit.newText } };
}

/**
 * The value each total cell (a 总计, （七）总计, 四、结转下年度) should hold, from the equations
 * it totals: the first one whose other terms all hold figures. A cell that totals nothing, or
 * whose terms are not all filled in yet, has none.
 */
export function fillValues(analysis: Analysis): Map<CellNode, number> {
  const out = new Map<CellNode, number>();
  for (const [cell, view] of totalsByCell(analysis)) {
    const equations = [...view.evaluated, ...view.unevaluable].sort((a, b) => ORDER.indexOf(a.rule) - ORDER.indexOf(b.rule));
    for (const eq of equations) {
      const value = solveFor(eq, cell);
      if (value !== undefined && value >= 0) {
        out.set(cell, value);
        break;
      }
    }
  }
  return out;
}

/** The value of `cell` that makes the equation hold, when every other term holds a figure. */
function solveFor(eq: Equation, cell: CellNode): number | undefined {
  let rest = 0;
  for (const t of eq.terms) {
    if (t.cell === cell) continue;
    const v = usableValue(t.cell.parsed);
    if (v === undefined) return undefined;
    rest += t.coef * v;
  }
  return -rest / eq.terms.find((t) => t.cell === cell)!.coef;
}

const ORDER = ['table3-row-total', 'table3-results-total', 'table3-balance', 'table4-total'];

const refuse = (code: CellRefusal, reason: Bilingual): CellEditResult => ({ ok: false, code, reason });
