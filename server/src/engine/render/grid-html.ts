import { escapeHtml } from './escape';
import type { LayoutCell, LayoutTable } from './types';

/**
 * The attributes that make a statutory table an editable grid in the preview (WAI-ARIA grid:
 * `role="grid"`, row and column indices that account for merged cells, read-only cells marked),
 * and the notice over a table that cannot be edited yet. Only the preview asks for them: the
 * exported page is a document, not a form. Everything from the report is escaped; the webview
 * script reads these attributes, it never parses report text as markup.
 */

/** Attributes of the `<table>`. */
export function gridTableAttrs(table: LayoutTable, columns: number): string {
  return ` role="grid" aria-rowcount="${table.rows.length}" aria-colcount="${columns}"`;
}

/** Attributes of a `<tr>` (1-based, header rows included, as ARIA counts them). */
export function gridRowAttrs(rowIndex: number): string {
  return ` aria-rowindex="${rowIndex + 1}"`;
}

/** Attributes of a cell: its first column (1-based), and for figures what editing needs. */
export function gridCellAttrs(cell: LayoutCell, column: number, lang: 'zh' | 'en'): string {
  let out = ` aria-colindex="${column + 1}"`;
  if (cell.role !== 'figure' || !cell.edit) return out;
  out += ` role="gridcell" tabindex="-1" data-kind="${cell.edit.kind}"`;
  if (cell.edit.readOnly) out += ` aria-readonly="true" data-readonly="${escapeHtml(cell.edit.readOnly[lang])}"`;
  if (cell.edit.fill !== undefined) out += ` data-fill="${cell.edit.fill}"`;
  return out;
}

/**
 * The column each cell starts in, row by row: a cell merged down from a row above occupies its
 * columns in the rows below, where it is absent from the row's list (HTML's merge semantics).
 */
export function cellColumns(table: LayoutTable): number[][] {
  const covered: number[] = []; // rows still covered, per column
  return table.rows.map((row) => {
    const starts: number[] = [];
    let column = 0;
    for (const cell of row.cells) {
      while ((covered[column] ?? 0) > 0) column++;
      starts.push(column);
      for (let c = column; c < column + cell.colSpan; c++) covered[c] = cell.rowSpan;
      column += cell.colSpan;
    }
    for (let c = 0; c < covered.length; c++) if (covered[c] > 0) covered[c]--;
    return starts;
  });
}

const ACTION_LABEL = {
  convert: { zh: '转换为标准表格', en: 'Convert to a standard table' },
  insert: { zh: '插入这张表', en: 'Insert the table' },
} as const;

/** Over a table the grid cannot edit: why, and a button for what would make it editable. */
export function readOnlyNotice(table: LayoutTable, lang: 'zh' | 'en'): string {
  if (!table.readOnly) return '';
  const { reason, action } = table.readOnly;
  return `<div class="gr-grid-note" role="note"><span class="gr-grid-reason">${escapeHtml(reason[lang])}</span> <button type="button" class="gr-action" data-action="${action}" data-line="${table.line}">${escapeHtml(ACTION_LABEL[action][lang])}</button></div>`;
}
