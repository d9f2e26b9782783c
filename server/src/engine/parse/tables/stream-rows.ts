import { foldWidth } from '../../text/normalize';
import type { LineInfo } from '../lines';
import type { RowMatcher } from '../labels';
import { articleItemHeading, type RowEntry } from './entries';
import type { StreamCell, StreamGroup } from './stream';

/**
 * Rows out of a table written one cell per line (see stream.ts). A group's text cells run
 * from the table's header words to the row's label; the label is the shortest run of last
 * cells (a label wrapped over up to three lines) that names an official row, so header cells
 * never become part of a label, and a header cell is never read as a row.
 */

export interface StreamRead {
  /** The row the group's figures make, if it has figures. */
  readonly entry?: RowEntry;
  /** Text cells that are not the row's label: header words, group labels, notes. */
  readonly others: readonly StreamCell[];
  /** 第二十条 item headings among the text cells (table 二), with their lines. */
  readonly headings: readonly { readonly item: number; readonly line: number }[];
}

/** A label may be wrapped over this many lines. */
const MAX_LABEL_LINES = 3;
const CLEAR = new Set(['exact', 'variant', 'numbering']);

export function readStreamGroup(
  lines: readonly LineInfo[],
  group: StreamGroup,
  matcher: RowMatcher,
  isHeaderWord: (text: string) => boolean,
): StreamRead {
  const headings: { item: number; line: number }[] = [];
  let from = 0;
  group.texts.forEach((cell, i) => {
    const item = articleItemHeading(cell.text);
    if (item === undefined) return;
    headings.push({ item, line: cell.line });
    from = i + 1;
  });
  const texts = group.texts.slice(from);
  const count = labelCount(texts, matcher, isHeaderWord);
  const labelCells = texts.slice(texts.length - count);
  const others = group.texts.slice(from, from + texts.length - count);
  if (group.values.length === 0) return { others: [...others, ...labelCells], headings };
  return { entry: streamEntry(lines, labelCells, group.values), others, headings };
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
  return {
    line: first.line,
    endLine: values[values.length - 1].line,
    info: lines[first.line],
    form: 'stream',
    label: labelCells.map((c) => c.text).join(''),
    labelCells,
    figures: values,
    hasDigits: values.some((v) => /\d/.test(foldWidth(v.text))),
  };
}
