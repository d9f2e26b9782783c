import type { TableRow } from '../document';
import { expandSpans, type SpannedCell, type SpannedRow } from '../grid';
import { collapseSpace, joinPieces } from '../text';
import { attr, children, HEADINGS, inlineText, isElement, lineOf, textContent, type Element, type Node } from './dom';

/**
 * A statutory table of a web page as the grid it shows. Real CMS pages wrap each cell's text in
 * <p>, break header cells with <br />, and write blank cells as &nbsp;: a cell's pieces are
 * joined the CJK way and a cell of spaces is blank.
 */
export function readTable(table: Element): { rows: TableRow[] } {
  const rows: SpannedRow[] = ownRows(table).map((tr) => ({
    origin: { kind: 'html', line: lineOf(tr, 1) },
    cells: children(tr)
      .filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
      .map(
        (cell): SpannedCell => ({
          text: cellText(cell),
          rowSpan: span(attr(cell, 'rowspan')),
          colSpan: span(attr(cell, 'colspan')),
          vertical: /writing-mode\s*:\s*(vertical|tb)/i.test(attr(cell, 'style') ?? '') || undefined,
        }),
      ),
  }));
  return { rows: expandSpans(rows) };
}

/**
 * A table used to lay out the page (the whole article in one cell), not to hold figures: it
 * holds another table, a heading, or a cell longer than any label of the statutory tables.
 */
export function isLayoutTable(table: Element): boolean {
  for (const tr of ownRows(table)) {
    for (const cell of children(tr)) {
      if (!isElement(cell)) continue;
      if (contains(cell, (e) => e.tagName === 'table' || HEADINGS[e.tagName] !== undefined)) return true;
      if (collapseSpace(textContent(cell)).length > LONGEST_CELL) return true;
    }
  }
  return false;
}

/** Twice the longest row label of table 三 (about 40 characters). */
const LONGEST_CELL = 80;

/** The table's rows in display order (header group first), not those of tables inside it. */
function ownRows(table: Element): Element[] {
  const groups: Element[][] = [[], [], []];
  for (const child of children(table)) {
    if (!isElement(child)) continue;
    if (child.tagName === 'tr') groups[1].push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      const rows = children(child).filter((r): r is Element => isElement(r) && r.tagName === 'tr');
      groups[child.tagName === 'thead' ? 0 : child.tagName === 'tbody' ? 1 : 2].push(...rows);
    }
  }
  return groups.flat();
}

function cellText(cell: Element): string {
  return inlineText(cell)
    .split('\n')
    .map(collapseSpace)
    .reduce(joinPieces, '');
}

function span(value: string | undefined): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isNaN(n) ? 1 : n;
}

function contains(node: Node, test: (e: Element) => boolean): boolean {
  return children(node).some((c) => isElement(c) && (test(c) || contains(c, test)));
}
