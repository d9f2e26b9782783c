import type { RowSpec, TableSpec } from '../../format';
import { labelKey } from '../../text/normalize';
import type { LineInfo } from '../lines';
import type { RowMatcher } from '../labels';
import { fitFigures, rowEntryWithLabel, type RowEntry } from './entries';
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
  if (!m.row || m.row.role === 'group' || !(m.how === 'exact' || m.how === 'variant' || m.how === 'numbering')) return entry;
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

/** A heading such as 「### 行政复议」 naming one block of table 四, for an unlabeled row below it. */
export function blockNamedBy(blocks: RowMatcher, text: string): RowSpec | undefined {
  if (!text.includes('复议') && !text.includes('起诉')) return undefined;
  const key = labelKey(text);
  if (key.length < 4 || key.length > 24 || /\d/.test(key)) return undefined;
  const hits = blocks.rows.filter((r) => [r.body, ...r.variants.map((v) => v.text)].some((t) => key.includes(labelKey(t))));
  if (hits.length !== 1) return undefined;
  // 「行政复议 … 行政诉讼」 is the header over all three blocks, not the heading of one.
  if (hits[0].id === 'review' && key.includes('诉讼')) return undefined;
  return hits[0];
}
