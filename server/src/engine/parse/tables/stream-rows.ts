import { foldWidth } from '../../text/normalize';
import type { LineInfo } from '../lines';
import type { RowMatcher } from '../labels';
import { articleItemHeading, type RowEntry } from './entries';
import { MIN_BLANK_ROWS, MIN_FIGURES, type StreamCell, type StreamGroup, type StreamSegment } from './stream';

/**
 * Rows out of a table written one cell per line (see stream.ts). A group's text cells run
 * from the table's header words to the row's label; the label is the shortest run of last
 * cells (a label wrapped over up to three lines) that names an official row, so header cells
 * never become part of a label, and a header cell is never read as a row.
 *
 * A row's label with no cell of its own after it (the next cell is the next row's label) is a
 * row left blank: these layouts drop blank cells, so a row with none of its figures filled in
 * is its label alone. It is read as a row of blank cells, never guessed at.
 */

export interface StreamRead {
  /** The row the group's figures make, if it has figures. */
  readonly entry?: RowEntry;
  /** Rows whose label stands alone, read as rows left blank (group rows too: their labels only say where they are). */
  readonly blanks: readonly RowEntry[];
  /** Text cells that are not the row's label: header words, group labels, notes. */
  readonly others: readonly StreamCell[];
  /** 第二十条 item headings among the text cells (table 二), with their lines. */
  readonly headings: readonly { readonly item: number; readonly line: number }[];
}

/** A label may be wrapped over this many lines. */
const MAX_LABEL_LINES = 3;
const CLEAR = new Set(['exact', 'variant', 'numbering']);

/**
 * Which labels standing alone are rows left blank: every clear label, in a table with no figure
 * at all (a blank template); only labels followed by the next row's label or sub-table heading,
 * in a table with figures; none where the table's header words are its rows' names (table 四).
 */
export type BlankRows = 'all' | 'between-labels' | 'none';

export interface StreamContext {
  readonly matcher: RowMatcher;
  readonly isHeaderWord: (text: string) => boolean;
  readonly blankRows: BlankRows;
  /** The group ends the document: its last label may have lost its cells to a cut, not be blank. */
  readonly cutOff: boolean;
}

function readStreamGroup(lines: readonly LineInfo[], group: StreamGroup, context: StreamContext): StreamRead {
  const { matcher, isHeaderWord } = context;
  const headings: { item: number; line: number }[] = [];
  let from = 0;
  group.texts.forEach((cell, i) => {
    const item = articleItemHeading(cell.text);
    if (item === undefined) return;
    headings.push({ item, line: cell.line });
    from = i + 1;
  });
  const texts = group.texts.slice(from);
  const count = group.values.length === 0 ? 0 : labelCount(texts, matcher, isHeaderWord);
  const blankLabels = context.blankRows === 'none' ? [] : blankRowLabels(group, group.texts.length - count, context);
  const used = new Set(blankLabels.flat());
  const blanks = blankLabels.map((cells) => streamEntry(lines, cells, []));
  const others = texts.slice(0, texts.length - count).filter((c) => !used.has(c));
  if (group.values.length === 0) return { others, blanks, headings };
  return { entry: streamEntry(lines, texts.slice(texts.length - count), group.values), blanks, others, headings };
}

/**
 * The rows of a table written one cell per line, or undefined when the segment is not a table
 * after all: one with almost no figures is a table only when enough of its labels are rows left
 * blank (a blank template under its section's heading), not a list of short lines.
 */
export function readStreamSegment(
  lines: readonly LineInfo[],
  segment: StreamSegment,
  where: {
    readonly matcher: RowMatcher;
    readonly isHeaderWord: (text: string) => boolean;
    /** The lines read are the family's section (not lines no section claims). */
    readonly ownSection: boolean;
    /** The document's last line with text. */
    readonly lastText: number;
    /** The table's header words are its rows' names (table 四): no label standing alone is a row. */
    readonly headerWordsNameRows: boolean;
  },
): StreamRead[] | undefined {
  const { matcher, isHeaderWord, ownSection, lastText, headerWordsNameRows } = where;
  // Labels without figures outside their section are a table's leftovers (a header without its
  // rows), not its blank template.
  if (segment.figures < MIN_FIGURES && !ownSection) return undefined;
  const context: StreamContext = { matcher, isHeaderWord, blankRows: segment.figures === 0 ? 'all' : headerWordsNameRows ? 'none' : 'between-labels', cutOff: false };
  const ends = segment.last >= lastText;
  const reads = segment.groups.map((group, i) => readStreamGroup(lines, group, ends && i === segment.groups.length - 1 ? { ...context, cutOff: true } : context));
  if (segment.figures >= MIN_FIGURES) return reads;
  const blankRows = reads.reduce((n, r) => n + r.blanks.filter((b) => matcher.match(b.label).row?.role === 'data').length, 0);
  return blankRows >= MIN_BLANK_ROWS ? reads : undefined;
}

/** The label cells of the rows left blank among the group's first `end` text cells. */
function blankRowLabels(group: StreamGroup, end: number, context: StreamContext): StreamCell[][] {
  const texts = group.texts;
  const out: StreamCell[][] = [];
  for (let i = 0; i < end; ) {
    const k = clearLabelAt(texts, i, end, context);
    if (k === 0) {
      i++;
      continue;
    }
    const next = i + k;
    // What follows the label: another row's label or a sub-table heading; or the group's end,
    // which in a group without figures is the table's end (unless the text was cut off there).
    const followed = next < texts.length ? articleItemHeading(texts[next].text) !== undefined || clearLabelAt(texts, next, texts.length, context) > 0 : group.values.length === 0 && !context.cutOff;
    if (followed || (context.blankRows === 'all' && next < texts.length)) out.push(texts.slice(i, next));
    i = next;
  }
  return out;
}

/** How many cells from `i` (up to three, before `end`) make a label that clearly names a row; 0 if none. */
function clearLabelAt(texts: readonly StreamCell[], i: number, end: number, { matcher, isHeaderWord }: StreamContext): number {
  if (isHeaderWord(texts[i].text) || articleItemHeading(texts[i].text) !== undefined) return 0;
  let joined = '';
  for (let k = 1; k <= MAX_LABEL_LINES && i + k <= end; k++) {
    joined += texts[i + k - 1].text;
    const m = matcher.match(joined);
    if (m.row && CLEAR.has(m.how ?? '')) return k;
  }
  return 0;
}

/** How many of the last text cells form the row's label (0: the row has none). */
function labelCount(texts: readonly StreamCell[], matcher: RowMatcher, isHeaderWord: (text: string) => boolean): number {
  const max = Math.min(MAX_LABEL_LINES, texts.length);
  const joined = (k: number) => texts.slice(texts.length - k).map((c) => c.text).join('');
  for (let k = 1; k <= max; k++) {
    const m = matcher.match(joined(k));
    if (m.row && CLEAR.has(m.how ?? '')) return k;
  }
  for (let k = 1; k <= max; k++) {
    const m = matcher.match(joined(k));
    if (m.row || m.candidates) return k;
  }
  // An unknown label (「其他事项」) is still the row's label; a header word is not.
  return max > 0 && !isHeaderWord(texts[texts.length - 1].text) ? 1 : 0;
}

function streamEntry(lines: readonly LineInfo[], labelCells: readonly StreamCell[], values: readonly StreamCell[]): RowEntry {
  const first = labelCells[0] ?? values[0];
  const last = values[values.length - 1] ?? labelCells[labelCells.length - 1];
  return {
    line: first.line,
    endLine: last.line,
    info: lines[first.line],
    form: 'stream',
    label: labelCells.map((c) => c.text).join(''),
    labelCells,
    figures: values,
    hasDigits: values.some((v) => /\d/.test(foldWidth(v.text))),
    blank: values.length === 0,
  };
}
