/// <reference lib="dom" />
import type { CellAddress } from './messages';

/** Reading the grid's cells: which cell an event is in, its figure, its name, its address. */

export function gridCell(target: EventTarget | null): HTMLTableCellElement | undefined {
  return target instanceof Element ? (target.closest<HTMLTableCellElement>('td[role="gridcell"]') ?? undefined) : undefined;
}

/** The figure a cell shows (its text without the mark symbol). */
export function value(cell: HTMLElement): string {
  return Array.from(cell.childNodes, (n) => (n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '') : ''))
    .join('')
    .trim();
}

export function setValue(cell: HTMLElement, text: string): void {
  for (const n of Array.from(cell.childNodes)) if (n.nodeType === Node.TEXT_NODE) n.remove();
  cell.append(text);
}

/** 「一、本年新收… 自然人」: the row and column a cell sits in, for the editor's accessible name. */
export function cellName(cell: HTMLTableCellElement): string {
  const row = cell.parentElement?.querySelector('th[scope="row"]')?.textContent?.trim();
  // The lowest column header above the cell that covers its first column.
  const column = Number(cell.getAttribute('aria-colindex'));
  const rowIndex = Number(cell.parentElement?.getAttribute('aria-rowindex'));
  let header: string | undefined;
  for (const th of cell.closest('table')?.querySelectorAll<HTMLTableCellElement>('th[scope="col"], th[scope="colgroup"]') ?? []) {
    const start = Number(th.getAttribute('aria-colindex'));
    const above = Number(th.parentElement?.getAttribute('aria-rowindex')) < rowIndex;
    if (above && start <= column && column < start + (th.colSpan || 1)) header = th.textContent?.trim();
  }
  return [row, header].filter(Boolean).join(' ');
}

export function address(cellId: string): CellAddress {
  const [, table, row, column] = cellId.split('/');
  return { table, row, column };
}
