import { looksLikeFigure } from '../../engine';
import type { Cell, Origin, TableRow } from '../document';

/**
 * A table grid as pipe rows the report parser reads: one row per grid row that carries a row
 * label or figures, its innermost label first; merged cells written once. A group label merged
 * down beside its rows (三、本年度办理结果, （三）不予公开) is written once, as a row of its own
 * before the first row it spans, as the official table lists it. Header rows (titles over the
 * figure columns) are left out: the parser places rows by their labels and the converter writes
 * the official headers, while a header such as 「行政复议 | 行政诉讼」 would read as a row. A
 * caption across the whole table (第二十条第（一）项) is kept.
 */

export interface ComposedLine {
  readonly text: string;
  readonly origin: Origin;
}

export function tableLines(rows: readonly TableRow[]): ComposedLine[] {
  const figureColumns = columnsOfFigures(rows);
  const out: ComposedLine[] = [];
  rows.forEach((row, r) => {
    const above = r > 0 ? rows[r - 1].slots : [];
    const cells = distinctCells(row.slots);
    const continued = (c: PlacedCell) => above[c.column] === c.cell;
    const labels = cells.filter((c) => c.cell.text !== '' && !looksLikeFigure(c.cell.text));
    const hasFigure = cells.some((c) => c.cell.text !== '' && looksLikeFigure(c.cell.text));
    if (!hasFigure) {
      const fresh = labels.filter((c) => !continued(c));
      if (fresh.length === 0) return;
      if (cells.length === 1) {
        out.push({ text: pipeRow([fresh[0].cell.text]), origin: row.origin });
        return;
      }
      // Titles over the figure columns: a header row. It is kept when it also names the label
      // column (「信息内容 | 本年新制作数量 | …」): its words tell the 2019 layout from the 2021 one.
      if (fresh.some((c) => covers(c, row.slots, figureColumns))) {
        if (!covers(cells[0], row.slots, figureColumns) && fresh.includes(cells[0])) out.push({ text: pipeRow(cells.map((c) => c.cell.text)), origin: row.origin });
        return;
      }
    }
    const inner = labels[labels.length - 1];
    // Group labels that start on this row come first, outermost first.
    for (const group of labels.slice(0, -1)) if (!continued(group)) out.push({ text: pipeRow([group.cell.text]), origin: row.origin });
    // A row without a label (table 四's one row of 15 figures) is all figures, blank ones included.
    const figures = inner ? cells.slice(cells.indexOf(inner) + 1) : cells;
    out.push({ text: pipeRow([...(inner ? [inner.cell.text] : []), ...figures.map((c) => c.cell.text)]), origin: row.origin });
  });
  return out;
}

interface PlacedCell {
  readonly cell: Cell;
  /** The first grid column the cell covers on this row. */
  readonly column: number;
}

/** The row's cells left to right, a cell merged across columns once. */
function distinctCells(slots: readonly (Cell | undefined)[]): PlacedCell[] {
  const out: PlacedCell[] = [];
  slots.forEach((cell, column) => {
    if (cell && slots[column - 1] !== cell) out.push({ cell, column });
  });
  return out;
}

/**
 * Grid columns that hold figures: in every row with a figure, the columns after its row label
 * (blank cells included: table 四's empty 行政复议 columns are figure columns too). In a table
 * without any figure, the columns of its blank cells.
 */
function columnsOfFigures(rows: readonly TableRow[]): Set<number> {
  const found = new Set<number>();
  for (const row of rows) {
    const cells = distinctCells(row.slots);
    if (!cells.some((c) => c.cell.text !== '' && looksLikeFigure(c.cell.text))) continue;
    const labels = cells.filter((c) => c.cell.text !== '' && !looksLikeFigure(c.cell.text));
    const from = labels.length > 0 ? labels[labels.length - 1].column + 1 : 0;
    row.slots.forEach((cell, c) => c >= from && cell !== labels[labels.length - 1]?.cell && found.add(c));
  }
  if (found.size > 0) return found;
  for (const row of rows) row.slots.forEach((cell, c) => cell?.text === '' && found.add(c));
  return found;
}

function covers(cell: PlacedCell, slots: readonly (Cell | undefined)[], columns: ReadonlySet<number>): boolean {
  for (let c = cell.column; c < slots.length && slots[c] === cell.cell; c++) if (columns.has(c)) return true;
  return false;
}

/** Cell text on one line: line breaks inside a cell are layout, a pipe is escaped. */
export function cellText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, '').replace(/\|/g, '\\|').trim();
}

function pipeRow(cells: readonly string[]): string {
  return `| ${cells.map(cellText).join(' | ')} |`;
}
