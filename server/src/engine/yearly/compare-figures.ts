import { FORMATS, type ColumnSpec, type TableId } from '../format';
import type { CellNode, ReportModel, RowNode } from '../model';
import { usableValue } from '../text/numbers';
import type { Span } from '../text/source';
import type { ComparisonFinding, FigureComparison, FigureSide, LargeChange, RowComparison, TableComparison } from './comparison';

/** Hands out the cross-year findings that fall on a span of this year's report (each one once). */
export type FindingsAt = (span: Span) => ComparisonFinding[];

/**
 * Every figure of tables 二–四 in this year's format, beside last year's figure of the same
 * table, row and column — or of the column it continues (a 2019 column with `mapsTo`).
 */
export function compareTables(last: ReportModel, current: ReportModel, large: LargeChange, findingsAt: FindingsAt): TableComparison[] {
  return FORMATS[current.format.version].tables.map((spec) => ({
    id: spec.id,
    name: spec.name,
    rows: spec.rows.map((row): RowComparison => {
      const thisRow = current.tables.get(spec.id as TableId)?.byId.get(row.id);
      const lastRow = last.tables.get(spec.id as TableId)?.byId.get(row.id);
      return {
        id: row.id,
        label: row.label,
        role: row.role,
        lastRange: labelRange(last, lastRow),
        thisRange: labelRange(current, thisRow),
        figures: row.role === 'group' ? [] : spec.columns.map((column) => compareFigure(column, last, lastRow, current, thisRow, large, findingsAt)),
      };
    }),
  }));
}

function compareFigure(
  column: ColumnSpec,
  last: ReportModel,
  lastRow: RowNode | undefined,
  current: ReportModel,
  thisRow: RowNode | undefined,
  large: LargeChange,
  findingsAt: FindingsAt,
): FigureComparison {
  const thisCell = thisRow?.cells.find((c) => c.column.id === column.id);
  const lastCell = lastRow?.cells.find((c) => c.column.id === column.id || c.column.mapsTo === column.id);
  const before = side(last, lastCell);
  const now = side(current, thisCell);
  const change = before?.value !== undefined && now?.value !== undefined ? Number((now.value - before.value).toPrecision(15)) : undefined;
  const percent = change !== undefined && before!.value !== 0 ? (change / before!.value!) * 100 : undefined;
  return {
    column: column.id,
    columnLabel: column.label,
    last: before,
    this: now,
    change,
    percent,
    large: change !== undefined && change !== 0 && Math.abs(change) >= large.minimum && (percent === undefined || Math.abs(percent) >= large.percent),
    findings: thisCell ? findingsAt(thisCell.span) : [],
  };
}

function side(model: ReportModel, cell: CellNode | undefined): FigureSide | undefined {
  if (!cell) return undefined;
  return { text: cell.raw.trim(), value: usableValue(cell.parsed), range: model.source.rangeOf(cell.span) };
}

function labelRange(model: ReportModel, row: RowNode | undefined) {
  return row && row.label.span.end > row.label.span.start ? model.source.rangeOf(row.label.span) : undefined;
}
