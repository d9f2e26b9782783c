import { looksLikeFigure } from '../../engine';
import type { Cell, Origin, TableRow } from '../document';

/**
 * A table grid as pipe rows the report parser reads: one row per grid row that carries
 * figures, its innermost label first; merged cells written once. A group label merged down
 * beside its rows (三、本年度办理结果, （三）不予公开) is written once, as a row of its own before
 * the first row it spans, as the official table lists it. Header rows (column titles, no
 * figures) are left out: the parser places rows by their labels, and the converter writes the
 * official headers; a header such as 「行政复议 | 行政诉讼」 would otherwise read as a row.
 */

export interface ComposedLine {
  readonly text: string;
  readonly origin: Origin;
}

export function tableLines(rows: readonly TableRow[]): ComposedLine[] {
  const out: ComposedLine[] = [];
  rows.forEach((row, r) => {
    const above = r > 0 ? rows[r - 1].slots : [];
    const cells = distinctCells(row.slots);
    const continued = (c: PlacedCell) => above[c.column] === c.cell;
    const hasFigure = cells.some((c) => c.cell.text !== '' && looksLikeFigure(c.cell.text));
    const texts = cells.filter((c) => c.cell.text !== '');
    if (texts.length === 0) return;
    if (!hasFigure) {
      // A caption or a label over blank cells: kept (blank cells are faults to report). Two or
      // more titles and nothing else: a header row.
      if (new Set(texts.map((c) => c.cell.text)).size > 1) return;
      if (texts.every(continued)) return;
      out.push({ text: pipeRow(cells.slice(cells.indexOf(texts[0])).map((c) => c.cell.text)), origin: row.origin });
      return;
    }
    const labels = cells.filter((c) => c.cell.text !== '' && !looksLikeFigure(c.cell.text));
    const inner = labels[labels.length - 1];
    // Group labels that start on this row come first, outermost first.
    for (const group of labels.slice(0, -1)) if (!continued(group)) out.push({ text: pipeRow([group.cell.text]), origin: row.origin });
    // A row without a label (table 四's one row of 15 figures) is all figures, blank ones included.
    const figures = inner ? cells.slice(cells.indexOf(inner) + 1) : cells;
    out.push({ text: pipeRow([inner?.cell.text ?? '', ...figures.map((c) => c.cell.text)]), origin: row.origin });
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

/** Cell text on one line: line breaks inside a cell are layout, a pipe is escaped. */
export function cellText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, '').replace(/\|/g, '\\|').trim();
}

function pipeRow(cells: readonly string[]): string {
  return `| ${cells.map(cellText).join(' | ')} |`;
}
