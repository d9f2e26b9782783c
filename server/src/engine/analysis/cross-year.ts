import { CARRY_OVER, STOCK } from '../format';
import type { CellNode, ReportModel, RowNode } from '../model';
import { usableValue } from '../text/numbers';

/**
 * The figures that follow from last year's report (format/cross-year.ts), evaluated against
 * it: what rules carry-over-mismatch and stock-mismatch report, what the hover on such a cell
 * shows, and what the year-over-year comparison puts beside the figure. One computation for all.
 */

const valueOf = (cell: CellNode | undefined) => (cell ? usableValue(cell.parsed) : undefined);
const cellOf = (row: RowNode | undefined, column: string) => row?.cells.find((c) => c.column.id === column);

/** Whether a cell holds a figure the law carries over from last year's report (a draft starts with these filled in). */
export function isCarriedOver(tableId: string, rowId: string, columnId: string): boolean {
  return (tableId === CARRY_OVER.table && rowId === CARRY_OVER.row) || (tableId === STOCK.table && columnId === STOCK.column);
}

/** One cell of 二、上年结转 beside last year's 四、结转下年度继续办理 of the same column. */
export interface CarriedFigure {
  readonly row: RowNode;
  readonly cell: CellNode;
  /** Last year's cell of the same column, if last year's report has it. */
  readonly previousCell?: CellNode;
  readonly now?: number;
  readonly then?: number;
}

/** Every cell of this year's carried-over row, paired with last year's; empty when either row is absent. */
export function carriedFigures(model: ReportModel, previous: ReportModel): CarriedFigure[] {
  const row = model.tables.get(CARRY_OVER.table)?.byId.get(CARRY_OVER.row);
  const from = previous.tables.get(CARRY_OVER.table)?.byId.get(CARRY_OVER.from);
  if (!row || !from) return [];
  return row.cells.map((cell) => {
    const previousCell = cellOf(from, cell.column.id);
    return { row, cell, previousCell, now: valueOf(cell), then: valueOf(previousCell) };
  });
}

/** One row's stock: last year's figure + issued − repealed, beside the figure written. */
export interface StockFigure {
  readonly row: RowNode;
  /** This year's stock cell (现行有效件数). */
  readonly cell: CellNode;
  readonly previousCell?: CellNode;
  readonly then?: number;
  readonly plus?: number;
  readonly minus?: number;
  readonly now?: number;
  /** then + plus − minus, when all three are known. */
  readonly expected?: number;
}

/** The stock of every row of table 二 第（一）项 that both years have. */
export function stockFigures(model: ReportModel, previous: ReportModel): StockFigure[] {
  const table = model.tables.get(STOCK.table);
  const before = previous.tables.get(STOCK.table);
  if (!table || !before) return [];
  const out: StockFigure[] = [];
  for (const row of table.rows) {
    const cell = cellOf(row, STOCK.column);
    const previousRow = before.byId.get(row.spec.id);
    if (!cell || !previousRow || table.byId.get(row.spec.id) !== row) continue;
    const previousCell = cellOf(previousRow, STOCK.column);
    const then = valueOf(previousCell);
    const plus = valueOf(cellOf(row, STOCK.plus));
    const minus = valueOf(cellOf(row, STOCK.minus));
    const expected = then !== undefined && plus !== undefined && minus !== undefined ? then + plus - minus : undefined;
    out.push({ row, cell, previousCell, then, plus, minus, now: valueOf(cell), expected });
  }
  return out;
}
