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
// Digits half- or full-width (「— ５ —」): extraction and OCR write both.
const PAGE_NUMBER = /^\s*(?:[-—–－]+\s*[0-9０-９]{1,3}\s*[-—–－]+|第\s*[0-9０-９]{1,3}\s*页(?:\s*[/／]?\s*共\s*[0-9０-９]{1,3}\s*页)?|[0-9０-９]{1,3}\s*\/\s*[0-9０-９]{1,3}|[Pp](?:age|\.)\s*\d{1,3}(?:\s*of\s*\d{1,3})?)\s*$/;
const COMMENT = /^\s*<!--.*-->\s*$/;

/** A page number as PDF extraction (or a PDF viewer's page) leaves it: -5-, — 5 —, 第 5 页, 第5页共12页, 5/12, P. 5, Page 5 of 12. */
export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return t.length <= 24 && PAGE_NUMBER.test(t);
}

/**
 * Whether a line, written flush left, would open a code fence or be a heading. Indented four
 * spaces or more (as PDF extraction indents), 「    ```」 and 「    # 」 are text; their trimmed copies are not.
 */
export function isBlockMarkerWhenFlush(text: string): boolean {
  const flush = text.trimStart();
  return FENCE.test(flush) || HEADING.test(flush);
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
// Results that carry nothing of the line are shared: classify runs over every line.
const FENCE_LINE: Classified = { kind: 'fence' };
const CODE_LINE: Classified = { kind: 'code' };
const BLANK_LINE: Classified = { kind: 'blank', content: '' };
const DELIMITER_LINE: Classified = { kind: 'delimiter' };

/**
 * What a line is. Cheap tests on the first character decide which patterns are worth trying:
 * this runs over every line on every keystroke. The character is read as a code (`text[i]`
 * of a Han character would build a string for each line).
 */
function classify(text: string, indent: number, state: { inFence: boolean; inComment: boolean }): Classified {
  const first = text.charCodeAt(indent);
  if ((first === 96 /* ` */ || first === 126 /* ~ */) && indent <= 3 && FENCE.test(text)) {
    state.inFence = !state.inFence;
    return FENCE_LINE;
  }
  if (state.inFence) return CODE_LINE;
  // An HTML comment spanning lines (notes to the drafter) is not report text.
  if (state.inComment || (first === 60 /* < */ && text.startsWith('<!--', indent) && !text.includes('-->'))) {
    state.inComment = !text.includes('-->');
    return { kind: 'comment', content: text.trim() };
  }
  if (indent === text.length) return BLANK_LINE;
  if (first === 60 /* < */ && COMMENT.test(text)) return { kind: 'comment', content: text.trim() };
  const heading = first === 35 /* # */ && indent <= 3 ? HEADING.exec(text) : null;
  if (heading) return { kind: 'heading', content: stripEmphasis(heading[2]), level: heading[1].length };
  if ((first === 124 /* | */ || first === 45 /* - */ || first === 58 /* : */) && text.includes('-') && DELIMITER.test(text)) return DELIMITER_LINE;
  if (text.length - indent <= 16 && PAGE_NUMBER.test(text)) return { kind: 'page', content: text.trim() };
  const form = rowForm(text);
  if (form) return { kind: 'row', content: text.includes('**') || text.includes('__') ? stripEmphasis(text) : text.trim(), form };
  return { kind: 'text', content: text.includes('**') || text.includes('__') ? stripEmphasis(text) : text.trim() };
}

/**
 * Pipe rows need a pipe at the start (and more than the pipe), or a ` | ` separator (web text
 * without outer pipes): a pipe after whitespace, before whitespace or the line's end. Told
 * with index scans and one test, without trimming the line or collecting matches: this runs
 * on every line holding a pipe.
 */
function isPipeRow(text: string): boolean {
  let first = 0;
  while (first < text.length && isPatternSpace(text.charCodeAt(first))) first++;
  if (text.charCodeAt(first) === 124) {
    for (let i = first + 1; i < text.length; i++) if (!isPatternSpace(text.charCodeAt(i))) return true;
    return false;
  }
  return SEPARATOR_PIPE.test(text);
}

/** A pipe after whitespace, before whitespace or the end (such a pipe is never escaped: whitespace precedes it). */
const SEPARATOR_PIPE = /\s\|(?:\s|$)/;

function rowForm(text: string): LineForm | undefined {
  if (text.includes('|') && isPipeRow(text)) return 'pipe';
  if (text.includes('\t')) return 'tab';
  return undefined;
}

/**
 * Splits on a separator, keeping empty cells (they matter: blank cells in pasted tables).
 * One pass that builds the cells as the separators are found, with no list of piece bounds
 * in between: every row line a table reader asks about is split.
 */
function splitBy(text: string, lineStart: number, sep: '|' | '\t'): RawCell[] {
  const cells: RawCell[] = [];
  let start = 0;
  let separators = 0;
  for (let at = text.indexOf(sep); at >= 0; at = text.indexOf(sep, at + 1)) {
    // An escaped pipe (\|) is part of the cell's text.
    if (sep === '|' && at > 0 && text.charCodeAt(at - 1) === 92) continue;
    // An outer pipe leaves an empty first piece that is not a cell.
    if (!(sep === '|' && separators === 0 && isBlank(text, start, at))) cells.push(cellAt(text, lineStart, start, at));
    separators++;
    start = at + 1;
  }
  // Likewise the empty piece after a closing outer pipe, unless it would be the only cell.
  if (!(sep === '|' && cells.length > 0 && isBlank(text, start, text.length) && endsWithPipe(text))) cells.push(cellAt(text, lineStart, start, text.length));
  return cells;
}

/** The cell of text[a, b): its trimmed text and span, or for a blank cell the whole piece's span. */
function cellAt(text: string, lineStart: number, a: number, b: number): RawCell {
  let s = a;
  let e = b;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (s === e) return { text: '', span: { start: lineStart + a, end: lineStart + b } };
  const raw = text.slice(s, e);
  return { text: raw.includes('\\|') ? raw.replace(/\\\|/g, '|') : raw, span: { start: lineStart + s, end: lineStart + e } };
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
  // The runs /[^\s\u3000]+/g would match (\s holds U+3000), found by a scan without match arrays.
  const text = info.text;
  const out: RawCell[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isPatternSpace(text.charCodeAt(i))) i++;
    if (i === text.length) break;
    const start = i;
    while (i < text.length && !isPatternSpace(text.charCodeAt(i))) i++;
    out.push({ text: text.slice(start, i), span: { start: info.span.start + start, end: info.span.start + i } });
  }
  return out;
}
