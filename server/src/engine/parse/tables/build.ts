import type { ColumnSpec, RowSpec, TableSpec } from '../../format';
import type { CellNode, LabelMatch, RowNode } from '../../model';
import { labelKey } from '../../text/normalize';
import { parseCell } from '../../text/numbers';
import type { Span } from '../../text/source';
import type { RawCell } from '../lines';
import type { RowEntry } from './entries';

/** A placed row as the model holds it: label, one cell per column, or a column-count mismatch. */

/** The cell text's span for a placed figure; keys (结果维持 0) are not part of the cell. */
function cellNode(cell: RawCell, column: ColumnSpec): CellNode {
  return { column, raw: cell.text, span: cell.span, parsed: parseCell(cell.text, column.kind, column.allowUnits) };
}

function columnForKey(table: TableSpec, key: string): ColumnSpec | undefined {
  const k = labelKey(key);
  return table.columns.find((c) => labelKey(c.label) === k || c.variants.some((v) => labelKey(v) === k));
}

export function buildRow(entry: RowEntry, table: TableSpec, spec: RowSpec, how: LabelMatch, altered = false): RowNode {
  const expected = table.columns.length;
  const lineStart = entry.info.span.start + entry.info.indent;
  const labelSpan: Span =
    entry.labelCells.length > 0
      ? { start: entry.labelCells[0].span.start, end: entry.labelCells[entry.labelCells.length - 1].span.end }
      : { start: lineStart, end: lineStart };
  const label: RowNode['label'] = { text: entry.label, span: labelSpan, match: how, altered };
  const figures = entry.figures;

  // Key-value rows (结果维持 0 | 结果纠正 0 …) are placed by column name when every key is known.
  if (allKeyed(figures)) {
    const byColumn = new Map<ColumnSpec, RawCell>();
    for (const f of figures) {
      const col = columnForKey(table, f.key!);
      if (col && !byColumn.has(col)) byColumn.set(col, f);
    }
    if (byColumn.size === expected) {
      const cells = table.columns.map((c) => cellNode(byColumn.get(c)!, c));
      return rowNode(entry, table, spec, label, cells, spanOf(figures, 0, figures.length));
    }
  }
  // A row left blank in a layout that drops blank cells: its cells are blank, at the label's end.
  if (entry.blank) {
    const at = { start: labelSpan.end, end: labelSpan.end };
    return rowNode(entry, table, spec, label, table.columns.map((c) => cellNode({ text: '', span: at }, c)), at);
  }
  // The figures fitted to the expected count (as fitFigures does), as bounds rather than a copy.
  let from = 0;
  let to = figures.length;
  while (to - from > expected && figures[to - 1].text === '') to--;
  while (to - from > expected && figures[from].text === '') from++;
  if (to - from !== expected) {
    return rowNode(entry, table, spec, label, [], spanOf(figures, 0, figures.length, labelSpan.end), { found: to - from, expected });
  }
  // Mapped over the columns: an array of exactly the right length ('packed' to V8, unlike a preallocated one).
  const cells = table.columns.map((c, i) => cellNode(figures[from + i], c));
  return rowNode(entry, table, spec, label, cells, spanOf(figures, from, to, labelSpan.end));
}

/** Rows are built field by field (no spread), always in this order: there are many, on every keystroke. */
function rowNode(entry: RowEntry, table: TableSpec, spec: RowSpec, label: RowNode['label'], cells: CellNode[], figuresSpan: Span, columnCount?: RowNode['columnCount']): RowNode {
  return { table, spec, line: entry.line, lastLine: entry.endLine, label, cells, figuresSpan, columnCount, source: entry.form };
}

/** Whether the row has figures and every one is keyed by its column name. */
function allKeyed(figures: readonly RawCell[]): boolean {
  if (figures.length === 0) return false;
  for (let i = 0; i < figures.length; i++) if (!figures[i].key) return false;
  return true;
}

/** The span of cells [from, to), or a point at `fallback` when there are none. */
function spanOf(cells: readonly RawCell[], from: number, to: number, fallback = 0): Span {
  if (to === from) return { start: fallback, end: fallback };
  return { start: cells[from].span.start, end: cells[to - 1].span.end };
}
