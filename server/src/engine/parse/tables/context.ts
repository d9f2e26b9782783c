import type { RowSpec, TableSpec } from '../../format';
import { labelKey } from '../../text/normalize';
import type { LineInfo } from '../lines';
import type { RowMatcher } from '../labels';
import { fitFigures, rowEntryWithLabel, rowEntryWithoutDigits, type RowEntry } from './entries';
import type { Candidate } from './place';

/** What the lines around a row say about it: which cell is its label, which block of 四 it is in. */

/**
 * A pipe or tab row whose first cell names an official row keeps all its other cells as
 * figures, even ones that are not numbers (| 行政许可 | abc |): the cell rules then report
 * them, instead of the row vanishing into its label.
 */
export function preferFirstCellLabel(info: LineInfo, entry: RowEntry | undefined, matcher: RowMatcher, tableOfRow: ReadonlyMap<RowSpec, TableSpec>): RowEntry | undefined {
  const cells = info.cells;
  if (info.kind !== 'row' || !cells || cells.length < 2 || cells[0].text === '') return entry;
  if (entry && entry.labelCells.length === 1 && entry.labelCells[0] === cells[0]) return entry;
  const m = matcher.match(cells[0].text);
  // Group rows too: in 2019 （六）其他处理 is a row of figures, and a group written with cells tells that layout.
  if (!m.row || !(m.how === 'exact' || m.how === 'variant' || m.how === 'numbering')) return entry;
  const expected = tableOfRow.get(m.row)!.columns.length;
  const alternative = rowEntryWithLabel(info, 1);
  if (!alternative) return entry;
  const fits = (e: RowEntry | undefined) => e !== undefined && fitFigures(e.figures, expected).length === expected;
  return fits(alternative) && !fits(entry) ? { ...alternative, hasDigits: alternative.hasDigits || alternative.figures.some((f) => f.text !== '') } : entry;
}

/** Whether the nearest non-blank line above is a row of figures read without a label. */
export function followsUnlabeledRow(lines: readonly LineInfo[], line: number, candidates: readonly Candidate[]): boolean {
  let above = line - 1;
  while (above >= 0 && lines[above].kind === 'blank') above--;
  const last = candidates[candidates.length - 1];
  return last !== undefined && last.entry.endLine === above && last.entry.label === '';
}

/** Keys of a row's official wording and variants: format data, keyed once rather than on every line asked about. */
const WORDING_KEYS = new Map<RowSpec, readonly string[]>();

function wordingKeys(row: RowSpec): readonly string[] {
  let keys = WORDING_KEYS.get(row);
  if (!keys) WORDING_KEYS.set(row, (keys = [row.body, ...row.variants.map((v) => v.text)].map(labelKey)));
  return keys;
}

/** A heading such as 「### 行政复议」 naming one block of table 四, for an unlabeled row below it. */
export function blockNamedBy(blocks: RowMatcher, text: string): RowSpec | undefined {
  if (!text.includes('复议') && !text.includes('起诉')) return undefined;
  const key = labelKey(text);
  if (key.length < 4 || key.length > 24 || /\d/.test(key)) return undefined;
  const hits = blocks.rows.filter((r) => wordingKeys(r).some((k) => key.includes(k)));
  if (hits.length !== 1) return undefined;
  // 「行政复议 … 行政诉讼」 is the header over all three blocks, not the heading of one.
  if (hits[0].id === 'review' && key.includes('诉讼')) return undefined;
  return hits[0];
}

/**
 * A row of 二 with a placeholder or a blank for its figures (「行政许可   /」), its label naming the
 * row clearly: placed by that label, its cells read as written, like a placeholder among figures
 * — if the table turns out to be space-aligned rows of figures (keepRowsWithoutDigits).
 */
export function rowWithoutDigits(info: LineInfo, matcher: RowMatcher): Candidate | undefined {
  const entry = rowEntryWithoutDigits(info);
  const match = entry ? matcher.match(entry.label) : undefined;
  if (!entry || !match?.row || match.row.role === 'group' || !(match.how === 'exact' || match.how === 'variant')) return undefined;
  return { entry, match };
}

/**
 * Rows without a digit are rows only among space-aligned rows of figures (a format notice lists
 * the same labels alone, one per line); otherwise their lines among space-aligned rows of figures; otherwise their lines
 * are what any line without figures is: table frame or content.
 */
export function keepRowsWithoutDigits(candidates: Candidate[], withoutDigits: ReadonlyMap<Candidate, boolean>, frame: Set<number>, textLines: number[]): void {
  if (candidates.some((c) => c.entry.form === 'space' && c.entry.hasDigits)) return;
  for (const [candidate, isFrame] of withoutDigits) {
    candidates.splice(candidates.indexOf(candidate), 1);
    if (isFrame) frame.add(candidate.entry.line);
    else textLines.push(candidate.entry.line);
  }
  textLines.sort((a, b) => a - b);
}
