import { foldWidth } from '../../text/normalize';
import type { LineInfo } from '../lines';
import { streamLine, type StreamCell, type StreamLine } from './stream-line';

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

export type { StreamCell } from './stream-line';

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
