import type { ColumnSpec, RowSpec, TableSpec } from '../format';
import type { CellNode, ReportModel, RowNode } from '../model';
import { cellDiagnosticSpan } from '../analysis/cells';
import { cellReadOnly, MISSING_TABLE } from '../language/cell-edit';
import type { TableId } from '../format';
import type { SourceText } from '../text/source';
import type { MarkIndex } from './marks';
import type { CellRole, LayoutCell } from './types';

/** What the table builders share: the source (for ranges) and the diagnostics still to place. */
export interface BuildContext {
  readonly model: ReportModel;
  readonly source: SourceText;
  readonly marks: MarkIndex;
  /** The value each total cell's equation computes (for the grid's "fill with the sum"). */
  readonly fills: ReadonlyMap<CellNode, number>;
}

/** A header, note or caption cell: text from the format data, no source position. */
export function headerCell(text: string, colSpan = 1, rowSpan = 1, role: CellRole = 'header', line?: number): LayoutCell {
  return { role, text, colSpan, rowSpan, line, marks: [] };
}

/**
 * A row label in the official wording (the format's label, not the draft's: the published
 * table carries the official labels). Diagnostics on the draft's label (an altered wording)
 * mark it.
 */
export function labelCell(ctx: BuildContext, spec: RowSpec, node: RowNode | undefined, colSpan = 1, rowSpan = 1): LayoutCell {
  const span = node?.label.span;
  const hasLabel = span !== undefined && span.end > span.start;
  return {
    role: 'label',
    text: spec.label,
    colSpan,
    rowSpan,
    line: node?.line,
    range: hasLabel ? ctx.source.rangeOf(span) : undefined,
    rowId: spec.id,
    marks: hasLabel ? ctx.marks.takeSpan(span) : [],
  };
}

/** A figure cell of `row` in column `column`; blank (status 'missing') when the row is not in the draft. */
export function figureCell(ctx: BuildContext, table: TableSpec, row: RowSpec, node: RowNode | undefined, column: ColumnSpec, colSpan = 1): LayoutCell {
  const base = { role: 'figure' as const, colSpan, rowSpan: 1, tableId: table.id, rowId: row.id, columnId: column.id };
  const index = table.columns.indexOf(column);
  const cell: CellNode | undefined = node?.cells[index];
  const tableNode = ctx.model.tables.get(table.id as TableId);
  const edit = { kind: column.kind, readOnly: tableNode ? cellReadOnly(tableNode, node, cell) : MISSING_TABLE, fill: cell && ctx.fills.get(cell) };
  if (!node || !cell) return { ...base, text: '', status: 'missing', line: node?.line, edit, marks: [] };
  return {
    ...base,
    edit,
    text: figureText(cell),
    status: cell.parsed.status,
    line: ctx.source.lineAt(cell.span.start),
    range: ctx.source.rangeOf(cell.span),
    marks: ctx.marks.takeSpan(cell.span, cellDiagnosticSpan(ctx.source, cell)),
  };
}

/**
 * The figure as it will be printed: as written when canonical (keeps 96171.60 as typed), in
 * canonical spelling when merely styled (full-width digits, 35,583), and as written, marked,
 * when it is not a usable figure. Blank stays blank: a missing figure is never shown as 0.
 */
function figureText(cell: CellNode): string {
  switch (cell.parsed.status) {
    case 'empty':
      return '';
    case 'styled':
      return cell.parsed.canonical ?? cell.raw;
    default:
      return cell.raw.replace(/\*\*|__/g, '').trim();
  }
}
