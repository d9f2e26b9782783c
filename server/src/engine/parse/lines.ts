import type { SourceText, Span } from '../text/source';
import type { LineForm } from '../model';
import { isPatternSpace } from '../text/normalize';

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
  /**
   * What the table readers made of the line (null: not a row), kept so that each line is read
   * once per parse. A field of the line itself, not an object of its own: one fewer allocation per line.
   */
  entryMemo?: import('./tables/entries').RowEntry | null;
}

const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^\s{0,3}(#{1,6})(?:\s+|$)(.*?)(?:\s+#+\s*)?$/;
const DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const PAGE_NUMBER = /^\s*(?:[-—–－]+\s*\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页(?:\s*[/／]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|[Pp](?:age|\.)\s*\d{1,3}(?:\s*of\s*\d{1,3})?)\s*$/;
const COMMENT = /^\s*<!--.*-->\s*$/;

/** A page number as PDF extraction (or a PDF viewer's page) leaves it: -5-, — 5 —, 第 5 页, 第5页共12页, 5/12, P. 5, Page 5 of 12. */
export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return t.length <= 24 && PAGE_NUMBER.test(t);
}

export function stripEmphasis(s: string): string {
  return s.replace(/\*\*|__/g, '').trim();
}

/**
 * One line as the scanner sees it. A class, so every line has the same shape, and so that a
 * row's cells are split only when a table reader asks for them: a long report has thousands
 * of pipe rows outside the statutory tables that nobody needs split on a keystroke.
 */
class Line implements LineInfo {
  private split?: RawCell[];
  entryMemo?: LineInfo['entryMemo'] = undefined;

  constructor(
    readonly line: number,
    readonly kind: LineKind,
    readonly span: Span,
    readonly text: string,
    readonly indent: number,
    readonly content: string,
    readonly level?: number,
    readonly form?: LineForm,
  ) {}

  get cells(): readonly RawCell[] | undefined {
    if (this.kind !== 'row' || !this.form) return undefined;
    this.split ??= splitBy(this.text, this.span.start, this.form === 'tab' ? '\t' : '|');
    return this.split;
  }
}

export function scanLines(source: SourceText, frontMatterLines: number): LineInfo[] {
  const out: LineInfo[] = new Array(source.lineCount);
  const state = { inFence: false, inComment: false };
  for (let line = 0; line < source.lineCount; line++) {
    const span = source.lineSpan(line);
    const text = source.text.slice(span.start, span.end);
    let indent = 0;
    while (indent < text.length && isSpaceCode(text.charCodeAt(indent)) && text.charCodeAt(indent) !== 0xa0) indent++;
    const c = line < frontMatterLines ? FRONT_MATTER : classify(text, indent, state);
    out[line] = new Line(line, c.kind, span, text, indent, c.content ?? text, c.level, c.form);
  }
  markRunningHeaders(out);
  return out;
}

/** Running headers are at most this long (an agency's name and the report's title). */
const MAX_RUNNING_HEADER = 48;

/**
 * A PDF's running header: the same short line right after two or more page numbers. Such
 * lines are page furniture like the numbers (kind 'page'), not prose and not table text.
 */
function markRunningHeaders(lines: LineInfo[]): void {
  const after = new Map<string, number[]>();
  for (const info of lines) {
    if (info.kind !== 'page') continue;
    let next = info.line + 1;
    while (next < lines.length && lines[next].kind === 'blank') next++;
    const candidate = lines[next];
    if (!candidate || candidate.kind !== 'text') continue;
    const key = candidate.text.replace(/^[\s\f]+|\s+$/g, '');
    if (key.length === 0 || key.length > MAX_RUNNING_HEADER) continue;
    const list = after.get(key);
    if (list) list.push(next);
    else after.set(key, [next]);
  }
  for (const [key, at] of after) {
    if (at.length < 2) continue;
    for (const l of at) {
      const info = lines[l];
      lines[l] = new Line(l, 'page', info.span, info.text, info.indent, key);
    }
  }
}

interface Classified {
  readonly kind: LineKind;
  /** Defaults to the line's text. */
  readonly content?: string;
  readonly level?: number;
  readonly form?: LineForm;
}

const FRONT_MATTER: Classified = { kind: 'front-matter' };

/**
 * What a line is. Cheap tests on the first character decide which patterns are worth trying:
 * this runs over every line on every keystroke.
 */
function classify(text: string, indent: number, state: { inFence: boolean; inComment: boolean }): Classified {
  const first = text[indent];
  if ((first === '`' || first === '~') && indent <= 3 && FENCE.test(text)) {
    state.inFence = !state.inFence;
    return { kind: 'fence' };
  }
  if (state.inFence) return { kind: 'code' };
  // An HTML comment spanning lines (notes to the drafter) is not report text.
  if (state.inComment || (first === '<' && text.startsWith('<!--', indent) && !text.includes('-->'))) {
    state.inComment = !text.includes('-->');
    return { kind: 'comment', content: text.trim() };
  }
  if (indent === text.length) return { kind: 'blank', content: '' };
  if (first === '<' && COMMENT.test(text)) return { kind: 'comment', content: text.trim() };
  const heading = first === '#' && indent <= 3 ? HEADING.exec(text) : null;
  if (heading) return { kind: 'heading', content: stripEmphasis(heading[2]), level: heading[1].length };
  if ((first === '|' || first === '-' || first === ':') && text.includes('-') && DELIMITER.test(text)) return { kind: 'delimiter' };
  if (text.length - indent <= 16 && PAGE_NUMBER.test(text)) return { kind: 'page', content: text.trim() };
  const form = rowForm(text);
  if (form) return { kind: 'row', content: stripEmphasis(text), form };
  return { kind: 'text', content: text.includes('**') || text.includes('__') ? stripEmphasis(text) : text.trim() };
}

/** Pipe rows need a pipe at the start, or at least two ` | ` separators (web text without outer pipes). */
function isPipeRow(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('|')) return t.length > 1;
  return (t.match(/\s\|\s|\s\|$|^\|\s/g) ?? []).length >= 1 && (t.match(/(?<!\\)\|/g) ?? []).length >= 1;
}

function rowForm(text: string): LineForm | undefined {
  if (text.includes('|') && isPipeRow(text)) return 'pipe';
  if (text.includes('\t')) return 'tab';
  return undefined;
}

/**
 * Splits on a separator, keeping empty cells (they matter: blank cells in pasted tables).
 * Piece bounds go into one flat list of numbers, not a tuple per piece: every row line of a
 * report is split, and the tuples were the parser's largest allocation.
 */
function splitBy(text: string, lineStart: number, sep: '|' | '\t'): RawCell[] {
  const bounds: number[] = [];
  let start = 0;
  let at = text.indexOf(sep);
  while (at >= 0) {
    // An escaped pipe (\|) is part of the cell's text.
    if (!(sep === '|' && at > 0 && text.charCodeAt(at - 1) === 92)) {
      bounds.push(start, at);
      start = at + 1;
    }
    at = text.indexOf(sep, at + 1);
  }
  bounds.push(start, text.length);
  let from = 0;
  let to = bounds.length;
  if (sep === '|') {
    // Outer pipes produce empty first/last pieces that are not cells.
    if (to - from > 2 && isBlank(text, bounds[from], bounds[from + 1])) from += 2;
    if (to - from > 2 && isBlank(text, bounds[to - 2], bounds[to - 1]) && endsWithPipe(text)) to -= 2;
  }
  const cells: RawCell[] = [];
  for (let k = from; k < to; k += 2) {
    const a = bounds[k];
    const b = bounds[k + 1];
    let s = a;
    let e = b;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      cells.push({ text: '', span: { start: lineStart + a, end: lineStart + b } });
    } else {
      const raw = text.slice(s, e);
      cells.push({ text: raw.includes('\\|') ? raw.replace(/\\\|/g, '|') : raw, span: { start: lineStart + s, end: lineStart + e } });
    }
  }
  return cells;
}

/** `text.trimEnd().endsWith('|')`, without the copy. */
function endsWithPipe(text: string): boolean {
  let k = text.length;
  while (k > 0 && isPatternSpace(text.charCodeAt(k - 1))) k--;
  return k > 0 && text.charCodeAt(k - 1) === 124;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
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
