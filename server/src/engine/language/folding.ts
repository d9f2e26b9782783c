import { frontMatterLineCount } from '../parse/frontmatter';
import type { LanguageIndex } from './language-index';
import { lastContentLine } from './symbols';

/** A foldable stretch of lines (inclusive). */
export interface FoldingEntry {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'region' | 'comment';
}

/**
 * Folding ranges: the front matter, each section (from its heading), each Markdown
 * sub-heading inside a section (to the next heading of the same or a higher level), and each
 * statutory table. One range per start line, the longest, since editors keep one per line.
 */
export function foldingRanges(index: LanguageIndex): FoldingEntry[] {
  const model = index.model;
  const byStart = new Map<number, FoldingEntry>();
  const add = (entry: FoldingEntry) => {
    if (entry.endLine <= entry.startLine) return;
    const existing = byStart.get(entry.startLine);
    if (!existing || existing.endLine < entry.endLine) byStart.set(entry.startLine, entry);
  };
  const fm = frontMatterLineCount(model.source);
  if (fm > 1) add({ startLine: 0, endLine: fm - 1, kind: 'region' });
  for (const section of model.sections) {
    if (!section.heading) continue;
    const start = section.heading.line;
    const end = lastContentLine(model, start, section.lastLine);
    add({ startLine: start, endLine: end });
    const inner = model.headings.filter((h) => h.line > start && h.line <= end);
    inner.forEach((h, i) => {
      const next = inner.slice(i + 1).find((n) => n.level <= h.level);
      add({ startLine: h.line, endLine: lastContentLine(model, h.line, next ? next.line - 1 : end) });
    });
  }
  for (const e of index.extents) add({ startLine: e.firstLine, endLine: e.lastLine });
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}
