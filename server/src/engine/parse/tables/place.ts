import { figureRows, type RowSpec, type TableSpec } from '../../format';
import type { RowNode } from '../../model';
import type { RowMatch } from '../labels';
import { buildRow } from './build';
import { fitFigures, type RowEntry } from './entries';
import type { Family } from './extract';

/**
 * Where the rows a table reader found belong: by label for table 二, by the official order
 * for tables 三 and 四. Nothing is guessed; a line that fits nowhere stays unplaced.
 */

export interface PlacedRow {
  readonly node: RowNode;
  readonly entry: RowEntry;
}

/** A table line with figures, and what its label says. */
export interface Candidate {
  readonly entry: RowEntry;
  readonly match: RowMatch;
  /** For table 四: the block named by a heading just before an unlabeled row. */
  readonly context?: RowSpec;
}

const BLOCK_SIZE_T4 = 5;

export interface Placement {
  readonly placed: PlacedRow[];
  readonly unplaced: Candidate[];
}

/** Table 二: every row has a distinct label; unlabeled figures fit nowhere. */
export function placeByLabel(candidates: readonly Candidate[], tableOfRow: ReadonlyMap<RowSpec, TableSpec>): Placement {
  const placed: PlacedRow[] = [];
  const unplaced: Candidate[] = [];
  for (const c of candidates) {
    const row = c.match.row;
    const table = row && tableOfRow.get(row);
    if (!row || !table || row.role === 'group') {
      unplaced.push(c);
      continue;
    }
    placed.push({ entry: c.entry, node: buildRow(c.entry, table, row, c.match.how ?? 'exact', c.match.altered) });
  }
  return { placed, unplaced };
}

/**
 * Tables 三 and 四: rows follow the official order. Rows with a clear label anchor the
 * order; rows without one are placed in the gap between two anchors when the number of
 * such rows equals the number of official rows missing there (and every ambiguous
 * fragment agrees with its place). Otherwise they stay unplaced.
 */
export function placeInOrder(candidates: readonly Candidate[], table: TableSpec, family: Family): Placement {
  const order = figureRows(table);
  const indexOf = new Map(order.map((r, i) => [r, i] as const));
  const placed: PlacedRow[] = [];
  const unplaced: Candidate[] = [];
  let pending: Candidate[] = [];
  let previous = -1;

  const fill = (upTo: number) => {
    const gap = order.slice(previous + 1, upTo);
    const fits =
      pending.length > 0 &&
      pending.length === gap.length &&
      pending.every((c, i) => !c.match.candidates || c.match.candidates.includes(gap[i]));
    if (fits) pending.forEach((c, i) => placed.push({ entry: c.entry, node: buildRow(c.entry, table, gap[i], 'position') }));
    else unplaced.push(...pending);
    pending = [];
  };

  for (const c of candidates) {
    // Table 四 written as the official single row of 15 figures: three blocks in one line.
    if (family === 't4' && !c.match.row && fitFigures(c.entry.figures, order.length * BLOCK_SIZE_T4).length === order.length * BLOCK_SIZE_T4) {
      fill(0);
      const cells = fitFigures(c.entry.figures, order.length * BLOCK_SIZE_T4);
      order.forEach((row, i) => {
        const slice = cells.slice(i * BLOCK_SIZE_T4, (i + 1) * BLOCK_SIZE_T4);
        placed.push({ entry: c.entry, node: buildRow({ ...c.entry, figures: slice }, table, row, 'position') });
      });
      previous = order.length - 1;
      continue;
    }
    const row = c.match.row ?? c.context;
    if (row && row.role === 'group') {
      // Subtotals written on a group row are not part of the statutory table.
      unplaced.push(c);
      continue;
    }
    const index = row ? indexOf.get(row) : undefined;
    if (row && index !== undefined) {
      if (index > previous) fill(index);
      else unplaced.push(...pending.splice(0));
      placed.push({ entry: c.entry, node: buildRow(c.entry, table, row, c.match.row ? (c.match.how ?? 'exact') : 'context', c.match.altered) });
      previous = Math.max(previous, index);
      continue;
    }
    // An unlabeled line with fewer figures than the table has columns is not a row (a stray figure).
    if (c.entry.figures.length < table.columns.length) unplaced.push(c);
    else pending.push(c);
  }
  fill(order.length);
  return { placed, unplaced };
}
