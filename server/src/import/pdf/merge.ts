// From its module, not the engine's index: the readers' bundle takes only what it uses.
import { looksLikeFigure } from '../../engine/text/numbers';
import type { Cell, TableRow } from '../document';
import { joinPieces } from '../text';
import type { PageTable } from './tables';

/**
 * A table broken by a page break is one table. The part on the next page is recognised by its
 * columns (the same boundaries) and by nothing standing between the two parts but the page
 * break; its repeated header rows are dropped; a row whose label the break cut in two (「……
 * 行政机关不再」 / 「处理其政府信息公开申请」) becomes one row again, and a merged group label
 * cut in two (「（三）不予」 / 「公开」) one cell again.
 */

export function continues(a: PageTable, b: PageTable): boolean {
  return b.page === a.page + 1 && a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]) <= 3);
}

export function joinTables(a: PageTable, b: PageTable): PageTable {
  const rows = dropRepeatedHeader(a.rows, b.rows);
  if (rows.length === 0) return a;
  const last = a.rows[a.rows.length - 1];
  const first = rows[0];
  // One row cut by the break: its label goes on without a new number, and only one side has figures.
  const splitRow = isContinuation(labelOf(first)) && hasFigures(first) !== hasFigures(last);
  // Cells joined across the break become one object in both parts: the composer then sees one merged cell.
  const replaced = new Map<Cell, Cell>();
  last.slots.forEach((above, c) => {
    const below = first.slots[c];
    if (!above || !below || above === below || replaced.has(above)) return;
    const joined = splitRow ? mergeCells(above, below) : joinCell(above, below);
    if (!joined) return;
    replaced.set(above, joined);
    replaced.set(below, joined);
  });
  const swap = (row: TableRow): TableRow => ({ ...row, slots: row.slots.map((cell) => (cell && replaced.get(cell)) ?? cell) });
  return { ...a, bottom: b.bottom, rows: [...a.rows.map(swap), ...(splitRow ? rows.slice(1) : rows).map(swap)] };
}

/** Rows at the top of the continuation that repeat the first part's header. */
function dropRepeatedHeader(a: readonly TableRow[], b: readonly TableRow[]): TableRow[] {
  let n = 0;
  while (n < b.length && n < a.length && !hasFigures(b[n]) && rowText(b[n]) === rowText(a[n])) n++;
  return b.slice(n);
}

/** A label cell cut by the break: the continuation's part does not start a new numbered item. */
function joinCell(above: Cell | undefined, below: Cell | undefined): Cell | undefined {
  if (!above || !below || above === below) return undefined;
  if (above.text === '' || below.text === '' || looksLikeFigure(above.text) || looksLikeFigure(below.text)) return undefined;
  if (!isContinuation(below.text)) return undefined;
  return { ...above, text: joinPieces(above.text, below.text) };
}

/** The two halves of a cell of a row cut by the break: whichever holds text, or both joined. */
function mergeCells(above: Cell, below: Cell): Cell {
  if (below.text === '') return above;
  if (above.text === '') return below;
  return { ...above, text: joinPieces(above.text, below.text) };
}

/** Text that opens a row of the statutory tables starts with its number: 一、 （一） 1. */
function isContinuation(text: string | undefined): boolean {
  return text !== undefined && text !== '' && !/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|行政)/.test(text);
}

function labelOf(row: TableRow): string | undefined {
  const labels = row.slots.filter((c): c is Cell => c !== undefined && c.text !== '' && !looksLikeFigure(c.text));
  return labels[labels.length - 1]?.text;
}

function hasFigures(row: TableRow): boolean {
  return row.slots.some((c) => c !== undefined && c.text !== '' && looksLikeFigure(c.text));
}

function rowText(row: TableRow): string {
  return row.slots.map((c) => c?.text ?? '').join('\u0000');
}
