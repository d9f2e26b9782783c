import { foldWidth, isPatternSpace } from '../../text/normalize';
import { isHanCode, looksLikeFigure } from '../../text/numbers';
import type { Span } from '../../text/source';
import type { LineInfo, RawCell } from '../lines';

/**
 * One line as a table written one cell per line has it (see stream.ts): its cell, its pipes,
 * or nothing when the line is prose or a row of several cells. Told with index scans before
 * anything is built: the reader asks this of every line of a table's section.
 */

/** A cell of such a table, with the line it is on. */
export interface StreamCell extends RawCell {
  readonly line: number;
  readonly kind: 'text' | 'figure' | 'empty';
}

/** Pieces of a line: cells with their spans, and the offsets of its pipes, in order. */
export type Token = { readonly pipe: number } | { readonly cell: StreamCell };

export interface StreamLine {
  readonly line: number;
  readonly tokens: readonly Token[];
  /** 「text |」: a cell closed by a pipe on its own line (the trailing-pipe layout). */
  readonly closed: boolean;
}

/** A text cell longer than this, or with a full stop, is prose, not a cell. */
const MAX_CELL_CHARS = 64;

/** What one line contributes to a stream, or undefined when it is not a one-cell line. */
export function streamLine(info: LineInfo): StreamLine | undefined {
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
