import type { ColumnSpec, RowSpec, TableSpec } from '../../format';
import type { CellNode, LabelMatch, RowNode } from '../../model';
import { labelKey } from '../../text/normalize';
import { parseCell } from '../../text/numbers';
import type { Span } from '../../text/source';
import type { RawCell } from '../lines';
import { fitFigures, type RowEntry } from './entries';

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
  const label = { text: entry.label, span: labelSpan, match: how, altered };
  // Rows are built field by field (no spread): there are many, on every keystroke.
  const row = (cells: CellNode[], figuresSpan: Span, columnCount?: RowNode['columnCount']): RowNode => ({
    table,
    spec,
    line: entry.line,
    lastLine: entry.endLine,
    label,
    cells,
    figuresSpan,
    columnCount,
    source: entry.form,
  });

  // Key-value rows (结果维持 0 | 结果纠正 0 …) are placed by column name when every key is known.
  const keyed = entry.figures.filter((f) => f.key);
  if (keyed.length > 0 && keyed.length === entry.figures.length) {
    const byColumn = new Map<ColumnSpec, RawCell>();
    for (const f of keyed) {
      const col = columnForKey(table, f.key!);
      if (col && !byColumn.has(col)) byColumn.set(col, f);
    }
    if (byColumn.size === expected) {
      const cells = table.columns.map((c) => cellNode(byColumn.get(c)!, c));
      return row(cells, spanOf(entry.figures));
    }
  }
  // A row left blank in a layout that drops blank cells: its cells are blank, at the label's end.
  if (entry.blank) {
    const at = { start: labelSpan.end, end: labelSpan.end };
    return row(table.columns.map((c) => cellNode({ text: '', span: at }, c)), at);
  }
  const figures = fitFigures(entry.figures, expected);
  if (figures.length !== expected) {
    return row([], spanOf(entry.figures, labelSpan.end), { found: figures.length, expected });
  }
  const cells = figures.map((f, i) => cellNode(f, table.columns[i]));
  return row(cells, spanOf(figures, labelSpan.end));
}

function spanOf(cells: readonly RawCell[], fallback = 0): Span {
  if (cells.length === 0) return { start: fallback, end: fallback };
  return { start: cells[0].span.start, end: cells[cells.length - 1].span.end };
}
