import type { Cell, Origin, TableRow } from './document';

/** A cell as a markup table writes it: HTML's rowspan/colspan, Word's gridSpan and vMerge. */
export interface SpannedCell extends Cell {
  readonly rowSpan: number;
  readonly colSpan: number;
}

export interface SpannedRow {
  readonly cells: readonly SpannedCell[];
  readonly origin: Origin;
}

/**
 * Lays out rows of spanned cells as the grid the table shows: each cell takes the first free
 * slot of its row (slots taken by a rowspan from above are skipped, as HTML does) and fills
 * every slot it covers with itself. Spans are clamped to sane sizes: a hostile page cannot
 * make a grid of a million columns.
 */
export function expandSpans(rows: readonly SpannedRow[]): TableRow[] {
  const grid: (Cell | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.cells) {
      while (grid[r][column] !== undefined) column++;
      const colSpan = clamp(cell.colSpan, MAX_COLUMNS - column);
      // rowspan="0" means "to the end of the table" in HTML.
      const rowSpan = clamp(cell.rowSpan === 0 ? rows.length - r : cell.rowSpan, rows.length - r);
      const shown: Cell = cell.vertical ? { text: cell.text, vertical: true } : { text: cell.text };
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) grid[r + dr][column + dc] = shown;
      column += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  return rows.map((row, r) => ({ slots: Array.from({ length: width }, (_, c) => grid[r][c]), origin: row.origin }));
}

/** No statutory table is wider than table 四's 16 columns; a page's layout table may be wider, but not this wide. */
const MAX_COLUMNS = 64;

function clamp(span: number, room: number): number {
  if (!Number.isFinite(span) || span < 1) return 1;
  return Math.max(1, Math.min(Math.floor(span), room));
}
