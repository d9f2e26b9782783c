import type { SourceText, Span } from '../text/source';
import type { LineForm } from '../model';

/**
 * First pass over the document: what each line is, and for table-like lines their cells
 * with exact spans. Everything later works from this, so the text is scanned once.
 */

export type LineKind = 'blank' | 'front-matter' | 'fence' | 'code' | 'comment' | 'heading' | 'delimiter' | 'page' | 'row' | 'text';

export interface RawCell {
  /** Cell text, trimmed. */
  readonly text: string;
  /** Span of the trimmed text; for an empty cell, the whitespace between separators (or a zero-width point). */
  readonly span: Span;
  /** For key-value cells (结果维持 0): the column named before the figure. */
  readonly key?: string;
}

export interface LineInfo {
  readonly line: number;
  readonly kind: LineKind;
  readonly span: Span;
  readonly text: string;
  /** Leading whitespace width (pdftotext marks paragraph starts by indentation). */
  readonly indent: number;
  /** Markdown heading level, for kind 'heading'. */
  readonly level?: number;
  /** Heading text without # markers, emphasis or closing #s; plain text for other lines. */
  readonly content: string;
  /** Cells of a table-like line (pipe, tab or space separated). */
  readonly cells?: readonly RawCell[];
  readonly form?: LineForm;
}

const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^\s{0,3}(#{1,6})(?:\s+|$)(.*?)(?:\s+#+\s*)?$/;
const DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const PAGE_NUMBER = /^\s*(?:[-—–－]+\s*\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页(?:\s*[/／]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;
const COMMENT = /^\s*<!--.*-->\s*$/;

export function stripEmphasis(s: string): string {
  return s.replace(/\*\*|__/g, '').trim();
}

export function scanLines(source: SourceText, frontMatterLines: number): LineInfo[] {
  const out: LineInfo[] = [];
  let inFence = false;
  let inComment = false;
  for (let line = 0; line < source.lineCount; line++) {
    const span = source.lineSpan(line);
    const text = source.text.slice(span.start, span.end);
    const indent = /^[ \t\u3000]*/.exec(text)![0].length;
    const base = { line, span, text, indent };
    if (line < frontMatterLines) {
      out.push({ ...base, kind: 'front-matter', content: text });
      continue;
    }
    if (FENCE.test(text)) {
      inFence = !inFence;
      out.push({ ...base, kind: 'fence', content: text });
      continue;
    }
    if (inFence) {
      out.push({ ...base, kind: 'code', content: text });
      continue;
    }
    // An HTML comment spanning lines (notes to the drafter) is not report text.
    if (inComment || (/^\s*<!--/.test(text) && !text.includes('-->'))) {
      inComment = !text.includes('-->');
      out.push({ ...base, kind: 'comment', content: text.trim() });
      continue;
    }
    if (text.trim() === '') {
      out.push({ ...base, kind: 'blank', content: '' });
      continue;
    }
    if (COMMENT.test(text)) {
      out.push({ ...base, kind: 'comment', content: text.trim() });
      continue;
    }
    const heading = HEADING.exec(text);
    if (heading) {
      out.push({ ...base, kind: 'heading', level: heading[1].length, content: stripEmphasis(heading[2]) });
      continue;
    }
    if (DELIMITER.test(text) && text.includes('-')) {
      out.push({ ...base, kind: 'delimiter', content: text });
      continue;
    }
    if (PAGE_NUMBER.test(text)) {
      out.push({ ...base, kind: 'page', content: text.trim() });
      continue;
    }
    const split = splitCells(text, span.start);
    if (split) {
      out.push({ ...base, kind: 'row', content: stripEmphasis(text), cells: split.cells, form: split.form });
      continue;
    }
    out.push({ ...base, kind: 'text', content: stripEmphasis(text) });
  }
  return out;
}

/** Pipe rows need a pipe at the start, or at least two ` | ` separators (web text without outer pipes). */
function isPipeRow(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('|')) return t.length > 1;
  return (t.match(/\s\|\s|\s\|$|^\|\s/g) ?? []).length >= 1 && (t.match(/(?<!\\)\|/g) ?? []).length >= 1;
}

function splitCells(text: string, lineStart: number): { cells: RawCell[]; form: LineForm } | undefined {
  if (text.includes('|') && isPipeRow(text)) return { cells: splitBy(text, lineStart, '|'), form: 'pipe' };
  if (text.includes('\t')) return { cells: splitBy(text, lineStart, '\t'), form: 'tab' };
  return undefined;
}

/** Splits on a separator, keeping empty cells (they matter: blank cells in pasted tables). */
function splitBy(text: string, lineStart: number, sep: '|' | '\t'): RawCell[] {
  const cells: RawCell[] = [];
  let start = 0;
  const bounds: [number, number][] = [];
  for (let i = 0; i <= text.length; i++) {
    const atSep = i < text.length && text[i] === sep && !(sep === '|' && text[i - 1] === '\\');
    if (atSep || i === text.length) {
      bounds.push([start, i]);
      start = i + 1;
    }
  }
  if (sep === '|') {
    // Outer pipes produce empty first/last pieces that are not cells.
    if (bounds.length > 1 && text.slice(bounds[0][0], bounds[0][1]).trim() === '') bounds.shift();
    if (bounds.length > 1 && text.slice(bounds[bounds.length - 1][0], bounds[bounds.length - 1][1]).trim() === '' && text.trimEnd().endsWith('|')) bounds.pop();
  }
  for (const [a, b] of bounds) {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') {
      cells.push({ text: '', span: { start: lineStart + a, end: lineStart + b } });
    } else {
      const s = lineStart + a + lead;
      cells.push({ text: trimmed.replace(/\\\|/g, '|'), span: { start: s, end: s + trimmed.length } });
    }
  }
  return cells;
}

/** Whitespace-separated tokens of a text line, with spans (for pdftotext-style rows). */
export function tokens(info: LineInfo): RawCell[] {
  const out: RawCell[] = [];
  const re = /[^\s\u3000]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(info.text))) {
    out.push({ text: m[0], span: { start: info.span.start + m.index, end: info.span.start + m.index + m[0].length } });
  }
  return out;
}
