import { foldWidth, isPatternSpace } from '../../text/normalize';
import { isHanCode, looksLikeFigure } from '../../text/numbers';
import type { Span } from '../../text/source';
import type { LineInfo, RawCell } from '../lines';

/**
 * Tables written one cell per line, as web pages and PDF viewers give them when their text is
 * copied: 「规章」/「0」/「0」/「6」 on successive lines; each cell followed by a pipe
 * (「一、本年新收政府信息公开申请数量 |」/「|」/「0 |」); cells separated by lines holding only
 * 「|」; or one cell per paragraph (where each further blank line between two cells is a blank
 * cell: web pages give an empty paragraph for an empty cell). Such a run of lines is read as a stream of cells, each
 * keeping its own span, and cut into groups: the text cells (header words, group and row
 * labels) and the figure cells that follow them. Which text is a row's label is decided by
 * the table reader, which knows the labels; this module only reads the cells.
 */

export interface StreamCell extends RawCell {
  readonly line: number;
  readonly kind: 'text' | 'figure' | 'empty';
}

/** Text cells followed by the figure (or blank) cells up to the next text cell. */
export interface StreamGroup {
  readonly texts: readonly StreamCell[];
  readonly values: readonly StreamCell[];
}

export interface StreamSegment {
  readonly first: number;
  readonly last: number;
  readonly groups: readonly StreamGroup[];
  /** Lines of the segment that hold a cell or a pipe (page-number lines are not listed; a blank line only as a blank paragraph cell). */
  readonly cellLines: readonly number[];
  /**
   * Figures holding a digit. A segment with fewer than MIN_FIGURES is a table only if its labels
   * say so (a blank template: the rows' labels with no figure at all); the table reader decides.
   */
  readonly figures: number;
}

/** Pieces of a line: cells with their spans, and the offsets of its pipes, in order. */
type Token = { readonly pipe: number } | { readonly cell: StreamCell };

interface StreamLine {
  readonly line: number;
  readonly tokens: readonly Token[];
  /** 「text |」: a cell closed by a pipe on its own line (the trailing-pipe layout). */
  readonly closed: boolean;
}

/** A text cell longer than this, or with a full stop, is prose, not a cell. */
const MAX_CELL_CHARS = 64;
/** A segment is a table by its figures only with at least this many figures that hold a digit. */
export const MIN_FIGURES = 2;
/** With fewer figures, a segment is a table when at least this many of its labels are rows left blank. */
export const MIN_BLANK_ROWS = 3;

/**
 * A line of the run: one with a cell or a pipe, a blank line (its LineInfo itself, told apart by
 * having no tokens), or a line that is neither (a page number, a comment).
 */
type RunItem = StreamLine | LineInfo | undefined;

/** Every stretch of one-cell lines in [first, last] that reads as a table. */
export function streamSegments(lines: readonly LineInfo[], first: number, last: number): StreamSegment[] {
  const out: StreamSegment[] = [];
  let start = -1;
  let run: RunItem[] = [];
  // Only a run that was open is closed: most lines close nothing, and need no new list.
  const close = (end: number) => {
    if (start < 0) return;
    const segment = readSegment(start, end, run);
    if (segment) out.push(segment);
    start = -1;
    run = [];
  };
  for (let l = first; l <= last; l++) {
    const info = lines[l];
    // Blank lines, page numbers and comments (a suppression directive) do not interrupt a stream.
    if (info.kind === 'blank' || info.kind === 'page' || info.kind === 'comment') {
      if (start >= 0) run.push(info.kind === 'blank' ? info : undefined);
      continue;
    }
    const line = streamLine(info);
    if (!line) {
      close(l - 1);
      continue;
    }
    if (start < 0) start = l;
    run.push(line);
  }
  close(last);
  return out;
}

function readSegment(first: number, last: number, run: readonly RunItem[]): StreamSegment | undefined {
  // Most runs are a few short lines of prose: what makes a table is counted on the lines'
  // own cells (the blank cells added below are neither figures nor labels) before anything is built.
  if (!enoughCells(run)) return undefined;
  const present = run.filter((l): l is StreamLine => l !== undefined && 'tokens' in l);
  const closed = present.some((l) => l.closed);
  const separator = paragraphSeparator(run, present);
  const cells: StreamCell[] = [];
  // Separators: two pipes with no cell between them enclose a blank cell.
  let afterPipe: { at: number; line: number } | undefined;
  let blanks: LineInfo[] = [];
  for (const item of run) {
    if (item === undefined) continue;
    if (!('tokens' in item)) {
      blanks.push(item);
      continue;
    }
    const line = item;
    // One cell per paragraph: the blank lines beyond the usual separator are blank cells.
    if (separator > 0 && cells.length > 0) for (const b of blanks.slice(separator)) cells.push({ text: '', span: { start: b.span.start, end: b.span.start }, line: b.line, kind: 'empty' });
    blanks = [];
    let pending: StreamCell | undefined;
    let pieceStart = line.tokens.length > 0 && 'cell' in line.tokens[0] ? line.tokens[0].cell.span.start : undefined;
    for (const token of line.tokens) {
      if ('cell' in token) {
        if (closed) pending = token.cell;
        else cells.push(token.cell);
        afterPipe = undefined;
        continue;
      }
      if (closed) {
        // Each pipe closes a cell: the one written before it, or a blank one.
        cells.push(pending ?? { text: '', span: { start: pieceStart ?? token.pipe, end: token.pipe }, line: line.line, kind: 'empty' });
        pending = undefined;
        pieceStart = token.pipe + 1;
      } else {
        if (afterPipe) cells.push({ text: '', span: { start: afterPipe.at, end: afterPipe.at }, line: afterPipe.line, kind: 'empty' });
        afterPipe = { at: token.pipe + 1, line: line.line };
      }
    }
    if (pending) cells.push(pending);
  }
  const groups: StreamGroup[] = [];
  let texts: StreamCell[] = [];
  let values: StreamCell[] = [];
  for (const cell of cells) {
    if (cell.kind === 'text') {
      if (values.length > 0) {
        groups.push({ texts, values });
        texts = [];
        values = [];
      }
      texts.push(cell);
    } else values.push(cell);
  }
  groups.push({ texts, values });
  const figures = cells.reduce((n, c) => n + (c.kind === 'figure' && /\d/.test(foldWidth(c.text)) ? 1 : 0), 0);
  const labels = cells.reduce((n, c) => n + (c.kind === 'text' ? 1 : 0), 0);
  if (figures >= MIN_FIGURES ? !groups.some((g) => g.texts.length > 0 && g.values.length > 0) : labels < MIN_BLANK_ROWS) return undefined;
  const cellLines = [...new Set(cells.map((c) => c.line))];
  return { first, last, groups, cellLines, figures };
}

/** Whether the run has the figures (or, with fewer, the labels) that the test at the end of readSegment asks for. */
function enoughCells(run: readonly RunItem[]): boolean {
  let figures = 0;
  let labels = 0;
  for (const item of run) {
    if (item === undefined || !('tokens' in item)) continue;
    for (const token of item.tokens) {
      if (!('cell' in token)) continue;
      if (token.cell.kind === 'text') labels++;
      else if (token.cell.kind === 'figure' && /\d/.test(foldWidth(token.cell.text))) figures++;
    }
  }
  return figures >= MIN_FIGURES || labels >= MIN_BLANK_ROWS;
}

/**
 * How many blank lines separate two cells of a table written one cell per paragraph: the fewest
 * between two of its cells. 0 when the layout is not that one: pipes separate the cells, or most
 * cells are on adjacent lines (one cell per line). Adjacent lines in a paragraph layout are a
 * cell broken over lines (a wrapped label), not a separator.
 */
function paragraphSeparator(run: readonly RunItem[], present: readonly StreamLine[]): number {
  if (present.some((l) => l.tokens.some((t) => 'pipe' in t))) return 0;
  let fewest = Infinity;
  let adjacent = 0;
  let apart = 0;
  let gap = -1;
  for (const item of run) {
    if (item === undefined) continue;
    if (!('tokens' in item)) {
      if (gap >= 0) gap++;
      continue;
    }
    if (gap === 0) adjacent++;
    else if (gap > 0) {
      apart++;
      fewest = Math.min(fewest, gap);
    }
    gap = 0;
  }
  return apart > adjacent ? fewest : 0;
}

/** What one line contributes to a stream, or undefined when it is not a one-cell line. */
function streamLine(info: LineInfo): StreamLine | undefined {
  if (info.kind !== 'text' && info.kind !== 'row') return undefined;
  if (info.kind === 'row' && info.form !== 'pipe') return undefined;
  const text = info.text;
  // Most lines asked about are prose or rows of several cells: tell them apart before building anything.
  if (info.kind === 'text' && isProse(text)) return undefined;
  if (filledPieces(text) > 1) return undefined;
  const tokens: Token[] = [];
  let cells = 0;
  let closed = false;
  let from = 0;
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 92) continue;
    const cell = pieceAt(info, from, i);
    if (cell === false) return undefined;
    if (cell) {
      tokens.push({ cell });
      cells++;
      // 「text |」: the line's first token is a cell closed by a pipe.
      if (tokens.length === 1) closed = true;
    }
    tokens.push({ pipe: info.span.start + i });
    from = i + 1;
  }
  const cell = pieceAt(info, from, text.length);
  if (cell === false) return undefined;
  if (cell) {
    tokens.push({ cell });
    cells++;
  }
  if (cells > 1) return undefined;
  return { tokens, closed, line: info.line };
}

/** The cell of the line's text between two pipes: null when blank, false when it is no cell (prose, a row of figures). */
function pieceAt(info: LineInfo, a: number, b: number): StreamCell | null | false {
  const text = info.text;
  let s = a;
  let e = b;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s === e) return null;
  return cellOf(text.slice(s, e), { start: info.span.start + s, end: info.span.start + e }, info.line) ?? false;
}

/**
 * How many pieces between unescaped pipes hold text (counting stops at 2). Each such piece is a
 * cell or makes the line no one-cell line, so a line with two is none, whatever they hold.
 */
function filledPieces(text: string): number {
  let filled = 0;
  let from = 0;
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 92) continue;
    if (!isBlankPiece(text, from, i) && ++filled > 1) return filled;
    from = i + 1;
  }
  return isBlankPiece(text, from, text.length) ? filled : filled + 1;
}

function isBlankPiece(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A line without pipes that cellOf would refuse, told without slicing it: it opens with two
 * Han characters (so it is no figure) and is too long for a cell or holds a full stop.
 */
function isProse(text: string): boolean {
  if (text.includes('|')) return false;
  let s = 0;
  let e = text.length;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e - s < 2 || !isHanCode(text.charCodeAt(s)) || !isHanCode(text.charCodeAt(s + 1))) return false;
  if (e - s > MAX_CELL_CHARS) return true;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff1b) return true;
  }
  return false;
}

function cellOf(text: string, span: Span, line: number): StreamCell | undefined {
  // Figures after a label or after each other on one line (「规章 0 0 6」, 「0  0  0」) are a row of
  // their own (space-aligned text), not a cell.
  const last = lastWord(text);
  if (last !== text && looksLikeFigure(last) && /\d/.test(foldWidth(last))) return undefined;
  if (looksLikeFigure(text)) return { text, span, line, kind: 'figure' };
  if (text.length > MAX_CELL_CHARS || /[。；]/.test(text)) return undefined;
  return { text, span, line, kind: 'text' };
}

/** What `text.slice(text.search(/\S+$/))` gives, without a pattern that retries at every offset. */
function lastWord(text: string): string {
  let k = text.length;
  while (k > 0 && !isPatternSpace(text.charCodeAt(k - 1))) k--;
  return k === text.length ? text.slice(-1) : text.slice(k);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}
