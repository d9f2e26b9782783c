import type { Line } from './lines';

/**
 * What a printed page adds around the text: page numbers (「- 5 -」「— 5 —」「第 5 页」「5/12」,
 * or a bare number) and running headers or footers repeated on every page. They sit in the
 * top or bottom margin; left in, they would split a paragraph or a table row in two.
 */

/** The share of the page height at the top and at the bottom where furniture sits. */
const MARGIN = 0.1;
const PAGE_NUMBER = /^(?:[-—–－~～]*\s*\d{1,4}\s*[-—–－~～]*|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

export function dropFurniture(pages: readonly { readonly height: number; readonly lines: readonly Line[] }[]): Line[][] {
  const inMargin = (line: Line, height: number) => line.y < height * MARGIN || line.y - line.size > height * (1 - MARGIN);
  // A line seen in the margin of several pages, digits aside, is a running header or footer.
  const seen = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (!inMargin(line, page.height)) continue;
      const key = line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
      const pagesWith = seen.get(key) ?? new Set<number>();
      pagesWith.add(line.page);
      seen.set(key, pagesWith);
    }
  }
  const repeated = (line: Line) => (seen.get(line.text.replace(/\d+/g, '#').replace(/\s+/g, ''))?.size ?? 0) >= Math.min(3, Math.max(2, pages.length));
  return pages.map((page) => page.lines.filter((line) => !(inMargin(line, page.height) && (PAGE_NUMBER.test(line.text.trim()) || repeated(line)))));
}
