/// <reference lib="dom" />
/**
 * Where the grid's keys lead, read from the ARIA attributes the server rendered: each figure
 * cell knows its row (`aria-rowindex` of its row) and first column (`aria-colindex`), merged
 * cells included, so moving up or down lands on the figure under the same column even in the
 * merged official layouts (table 二's sub-tables of different widths, table 四's single row).
 * Each table is one grid: the keys never leave it.
 */

export type Move = 'left' | 'right' | 'up' | 'down' | 'next' | 'previous' | 'rowStart' | 'rowEnd' | 'first' | 'last';

interface Slot {
  readonly cell: HTMLTableCellElement;
  readonly row: number;
  readonly column: number;
  readonly span: number;
}

/** The figure cells of the grid that holds `cell`, in reading order. */
function slots(cell: HTMLElement): Slot[] {
  const table = cell.closest('table[role="grid"]');
  if (!table) return [];
  return Array.from(table.querySelectorAll<HTMLTableCellElement>('td[role="gridcell"]'), (td) => ({
    cell: td,
    row: Number(td.parentElement?.getAttribute('aria-rowindex') ?? 0),
    column: Number(td.getAttribute('aria-colindex') ?? 0),
    span: td.colSpan || 1,
  }));
}

/** The cell a move leads to from `cell`, or undefined when it would leave the grid. */
export function neighbour(cell: HTMLElement, move: Move): HTMLTableCellElement | undefined {
  const all = slots(cell);
  const index = all.findIndex((s) => s.cell === cell);
  if (index < 0) return undefined;
  const here = all[index];
  const sameRow = all.filter((s) => s.row === here.row);
  switch (move) {
    case 'next':
      return all[index + 1]?.cell;
    case 'previous':
      return all[index - 1]?.cell;
    case 'right':
      return sameRow.find((s) => s.column > here.column)?.cell;
    case 'left':
      return sameRow.filter((s) => s.column < here.column).at(-1)?.cell;
    case 'rowStart':
      return sameRow[0]?.cell;
    case 'rowEnd':
      return sameRow.at(-1)?.cell;
    case 'first':
      return all[0]?.cell;
    case 'last':
      return all.at(-1)?.cell;
    case 'down':
    case 'up': {
      const rows = [...new Set(all.map((s) => s.row))].sort((a, b) => a - b);
      const candidates = move === 'down' ? rows.filter((r) => r > here.row) : rows.filter((r) => r < here.row).reverse();
      for (const row of candidates) {
        const under = all.filter((s) => s.row === row && s.column < here.column + here.span && here.column < s.column + s.span);
        if (under.length > 0) return under[0].cell;
      }
      return undefined;
    }
  }
}

/** The move a key asks for while a cell is selected (not being edited). */
export function moveForKey(event: KeyboardEvent): Move | undefined {
  const ctrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'Tab':
      return event.shiftKey ? 'previous' : 'next';
    case 'Home':
      return ctrl ? 'first' : 'rowStart';
    case 'End':
      return ctrl ? 'last' : 'rowEnd';
    default:
      return undefined;
  }
}
