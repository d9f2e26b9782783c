import type { Cell, TableRow } from '../document';
import { joinPieces } from '../text';
import { centerY, type PageContent, type TextPiece } from './content';
import { ruledTables, type RuledTable } from './grid';
import { linesOf } from './lines';

/** A ruled table of one page, with its text placed in its cells. */
export interface PageTable {
  readonly page: number;
  readonly top: number;
  readonly bottom: number;
  /** Column boundaries (to recognise the same table continued on the next page). */
  readonly xs: readonly number[];
  readonly rows: TableRow[];
}

/** Text outside every table is left for the prose reader. */
export function pageTables(page: PageContent): { tables: PageTable[]; rest: TextPiece[] } {
  const ruled = ruledTables(page.segments);
  const texts = ruled.map((t) => t.cells.map((): TextPiece[] => []));
  const rest: TextPiece[] = [];
  for (const piece of page.pieces) {
    const cx = piece.x + piece.width / 2;
    const cy = centerY(piece);
    const t = ruled.findIndex((table) => inside(table, cx, cy));
    if (t < 0) {
      rest.push(piece);
      continue;
    }
    const table = ruled[t];
    texts[t][table.owner[slot(table.ys, cy)][slot(table.xs, cx)]].push(piece);
  }
  const tables = ruled.map((table, t): PageTable => {
    const cells = table.cells.map((_, i): Cell => ({ text: cellText(page.number, texts[t][i]) }));
    const rows = table.owner.map((owners, r): TableRow => ({ slots: owners.map((i) => cells[i]), origin: { kind: 'pdf', page: page.number, y: Math.round(table.ys[r]) } }));
    return { page: page.number, top: table.ys[0], bottom: table.ys[table.ys.length - 1], xs: table.xs, rows };
  });
  return { tables, rest };
}

const EDGE = 2;

function inside(table: RuledTable, x: number, y: number): boolean {
  return x >= table.xs[0] - EDGE && x <= table.xs[table.xs.length - 1] + EDGE && y >= table.ys[0] - EDGE && y <= table.ys[table.ys.length - 1] + EDGE;
}

/** The grid interval holding `at` (clamped to the first and last). */
function slot(bounds: readonly number[], at: number): number {
  let i = 0;
  while (i < bounds.length - 2 && at >= bounds[i + 1]) i++;
  return i;
}

/**
 * A cell's text: its lines top to bottom, joined the CJK way. A label wrapped over three lines
 * and a group label set one character per line both come out as the words they are.
 */
function cellText(page: number, pieces: readonly TextPiece[]): string {
  return linesOf(page, pieces)
    .map((l) => l.text)
    .reduce(joinPieces, '');
}
