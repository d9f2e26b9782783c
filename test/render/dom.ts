import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment, parse, type DefaultTreeAdapterMap } from 'parse5';
import { buildLayout, checkModel, convertDocument, parseReport, renderBody, type LayoutDocument } from '../../server/src/engine';
import { ROOT, corpus } from '../helpers';

/**
 * Helpers of the render tests: render a report, parse the HTML back with parse5 (the HTML
 * parser browsers implement), and read tables as grids, expanding rowspan/colspan the way a
 * browser lays them out.
 */

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export const EXAMPLE = join(ROOT, 'examples', '孝义市2024年政府信息公开工作年度报告.govreport.md');

/** The canonical example (the lead's); until it exists, the corpus report converted and fixed (same figures, blanks as 0). */
export function canonicalText(): string {
  try {
    return readFileSync(EXAMPLE, 'utf8');
  } catch {
    return convertDocument(corpus('xiaoyi-2024.txt'), { fix: true }).text;
  }
}

export function layoutOf(text: string): LayoutDocument {
  const model = parseReport(text);
  return buildLayout(model, checkModel(model));
}

export function bodyOf(text: string): Element {
  const fragment = parseFragment(renderBody(layoutOf(text)));
  return fragment.childNodes.find((n): n is Element => 'tagName' in n)!;
}

export function documentOf(html: string): Node {
  return parse(html);
}

export function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

export function* walk(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  if ('childNodes' in node) for (const c of node.childNodes) yield* walk(c);
  if (isElement(node) && node.tagName === 'template') yield* walk((node as unknown as { content: Node }).content);
}

export function all(root: Node, test: (e: Element) => boolean): Element[] {
  return [...walk(root)].filter(test);
}

export function attr(e: Element, name: string): string | undefined {
  return e.attrs.find((a) => a.name === name)?.value;
}

export function hasClass(e: Element, cls: string): boolean {
  return (attr(e, 'class') ?? '').split(/\s+/).includes(cls);
}

/** Text content, without the mark symbols (they are decoration, not the cell's text). */
export function text(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  if (isElement(node) && hasClass(node, 'gr-mark')) return '';
  if ('childNodes' in node) return node.childNodes.map(text).join('');
  return '';
}

export function table(root: Node, id: string): Element {
  const found = all(root, (e) => e.tagName === 'table' && attr(e, 'data-table') === id);
  if (found.length !== 1) throw new Error(`expected one table ${id}, found ${found.length}`);
  return found[0];
}

export function rows(tableEl: Element): Element[] {
  return all(tableEl, (e) => e.tagName === 'tr');
}

export function cells(tr: Element): Element[] {
  return tr.childNodes.filter((n): n is Element => isElement(n) && (n.tagName === 'td' || n.tagName === 'th'));
}

const span = (e: Element, name: 'rowspan' | 'colspan') => Number(attr(e, name) ?? '1');

/** The table as the browser lays it out: grid[row][column] is the cell element covering that slot. */
export function grid(tableEl: Element): Element[][] {
  const out: Element[][] = [];
  rows(tableEl).forEach((tr, r) => {
    out[r] ??= [];
    let c = 0;
    for (const cell of cells(tr)) {
      while (out[r][c]) c++;
      for (let dr = 0; dr < span(cell, 'rowspan'); dr++) {
        for (let dc = 0; dc < span(cell, 'colspan'); dc++) {
          out[r + dr] ??= [];
          if (out[r + dr][c + dc]) throw new Error(`overlapping cells at ${r + dr},${c + dc}`);
          out[r + dr][c + dc] = cell;
        }
      }
      c += span(cell, 'colspan');
    }
  });
  return out;
}

/** The grid's slots covered by the cell whose text is `label`: [rows], [columns]. */
export function extent(g: Element[][], label: string): { rows: number[]; columns: number[] } {
  const rowsHit = new Set<number>();
  const colsHit = new Set<number>();
  g.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (text(cell) === label) {
        rowsHit.add(r);
        colsHit.add(c);
      }
    }),
  );
  return { rows: [...rowsHit].sort((a, b) => a - b), columns: [...colsHit].sort((a, b) => a - b) };
}

/** Figure cells by their official place (`data-cell`: family/table/row/column). */
export function figures(root: Node): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const td of all(root, (e) => e.tagName === 'td' && attr(e, 'data-cell') !== undefined)) {
    const key = attr(td, 'data-cell')!;
    if (out.has(key)) throw new Error(`figure cell ${key} appears twice`);
    out.set(key, td);
  }
  return out;
}

/** Serialised cells of a table without their source positions (which differ between two drafts). */
export function cellSignature(cell: Element): string {
  const attrs = cell.attrs
    .filter((a) => a.name !== 'data-line' && a.name !== 'data-range')
    .map((a) => `${a.name}=${a.value}`)
    .sort()
    .join(' ');
  return `<${cell.tagName} ${attrs}>${text(cell)}`;
}
