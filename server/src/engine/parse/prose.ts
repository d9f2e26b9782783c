import type { Paragraph, SectionNode } from '../model';
import type { LineInfo } from './lines';

/**
 * Prose paragraphs with wrapped lines joined, so that a sentence broken across lines by
 * pdftotext (「答\n复 3050 件」) reads as one. A map of segments leads every character back to its
 * source offset, so a figure found in the joined text has an exact range in the document.
 */
export function buildParagraphs(
  lines: readonly LineInfo[],
  /** 1 for each line that is no prose (table regions, headings, the title). */
  excluded: Uint8Array,
  sections: readonly SectionNode[],
): Paragraph[] {
  const out: Paragraph[] = [];
  let current: { lines: number[] } | undefined;
  const flush = () => {
    if (current) out.push(joinLines(lines, current.lines, sectionAt(sections, current.lines[0])));
    current = undefined;
  };
  const pageGap = pageGaps(lines);
  for (const info of lines) {
    // A page break (its number, running header and the blank lines around them) inside a
    // paragraph of extracted PDF text does not end the paragraph.
    if (info.kind === 'page' || (info.kind === 'blank' && pageGap[info.line])) continue;
    const isProse = (info.kind === 'text' || (info.kind === 'row' && info.form === 'tab')) && excluded[info.line] !== 1;
    if (!isProse) {
      flush();
      continue;
    }
    if (current && info.indent >= 2) flush();
    if (!current) current = { lines: [] };
    current.lines.push(info.line);
  }
  flush();
  return out;
}

/** Blank lines that belong to a page break: runs of blank and page lines holding a page line. */
function pageGaps(lines: readonly LineInfo[]): Uint8Array {
  const gap = new Uint8Array(lines.length);
  let l = 0;
  while (l < lines.length) {
    if (lines[l].kind !== 'blank' && lines[l].kind !== 'page') {
      l++;
      continue;
    }
    let end = l;
    let page = false;
    for (; end < lines.length && (lines[end].kind === 'blank' || lines[end].kind === 'page'); end++) if (lines[end].kind === 'page') page = true;
    if (page) gap.fill(1, l, end);
    l = end;
  }
  return gap;
}

function sectionAt(sections: readonly SectionNode[], line: number): string | undefined {
  for (const s of sections) if (line >= s.firstLine && line <= s.lastLine) return s.spec.id;
  return undefined;
}

function joinLines(lines: readonly LineInfo[], which: readonly number[], sectionId: string | undefined): Paragraph {
  // The joined text is built from slices, and the map back to the source keeps one entry per
  // slice (not per character): [joined index, source offset] pairs.
  const chunks: string[] = [];
  const segments: number[] = [];
  let at = 0;
  const take = (from: number, to: number, raw: string, base: number) => {
    if (to <= from) return;
    segments.push(at, base + from);
    chunks.push(raw.slice(from, to));
    at += to - from;
  };
  for (const l of which) {
    const raw = lines[l].text;
    const base = lines[l].span.start;
    let i = 0;
    while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
    let end = raw.length;
    while (end > i && isSpace(raw.charCodeAt(end - 1))) end--;
    // Emphasis markers are formatting, not words: leave them out so patterns see plain text.
    let from = i;
    for (let k = i; k + 1 < end; k++) {
      const c = raw.charCodeAt(k);
      if ((c === 42 || c === 95) && raw.charCodeAt(k + 1) === c) {
        take(from, k, raw, base);
        from = k + 2;
        k++;
      }
    }
    take(from, end, raw, base);
  }
  const first = which[0];
  const last = which[which.length - 1];
  return {
    text: chunks.join(''),
    firstLine: first,
    lastLine: last,
    span: { start: lines[first].span.start + lines[first].indent, end: lines[last].span.end },
    segments: Int32Array.from(segments),
    sectionId,
  };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000;
}

/** Source offset of character `index` of a paragraph's joined text. */
export function sourceOffset(p: Paragraph, index: number): number {
  const seg = p.segments;
  // Binary search for the last segment starting at or before `index`.
  let lo = 0;
  let hi = seg.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (seg[mid * 2] <= index) lo = mid;
    else hi = mid - 1;
  }
  return seg[lo * 2 + 1] + (index - seg[lo * 2]);
}

/** Source span of characters [start, end) of a paragraph's joined text. */
export function paragraphSpan(p: Paragraph, start: number, end: number): { start: number; end: number } {
  if (p.text.length === 0) return { start: p.span.start, end: p.span.start };
  const s = sourceOffset(p, Math.min(start, p.text.length - 1));
  const e = sourceOffset(p, Math.max(0, Math.min(end, p.text.length) - 1)) + 1;
  return { start: s, end: Math.max(s, e) };
}
