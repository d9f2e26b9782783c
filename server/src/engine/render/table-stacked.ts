import type { TableSpec } from '../format';
import type { TableId } from '../format';
import type { ReportModel } from '../model';
import { figureCell, headerCell, labelCell, type BuildContext } from './cells';
import type { LayoutCell, LayoutRow } from './types';

/**
 * Table 二 in the official layout: the 第二十条 sub-tables stacked in one table. Each has a
 * heading row across the full width, a header row (信息内容 and its columns) and its rows; a
 * sub-table with fewer columns than the widest stretches its last column to the table's width.
 */
export function stackedTable(ctx: BuildContext, specs: readonly TableSpec[], model: ReportModel): { rows: LayoutRow[]; columns: number } {
  const columns = 1 + Math.max(...specs.map((s) => s.columns.length));
  const rows: LayoutRow[] = [];
  for (const spec of specs) {
    const node = model.tables.get(spec.id as TableId);
    const headingLine = node?.headingLine ?? node?.rows[0]?.line;
    const stretch = (i: number) => (i === spec.columns.length - 1 ? columns - spec.columns.length : 1);
    rows.push({ header: true, line: headingLine, cells: [headerCell(spec.heading ?? spec.headerLabel, columns, 1, 'caption', headingLine)] });
    const header: LayoutCell[] = [headerCell(spec.labelHeader ?? '', 1, 1, 'header', headingLine)];
    spec.columns.forEach((c, i) => header.push(headerCell(c.label, stretch(i), 1, 'header', headingLine)));
    rows.push({ header: true, line: headingLine, cells: header });
    for (const row of spec.rows) {
      const rowNode = node?.byId.get(row.id);
      const cells: LayoutCell[] = [labelCell(ctx, row, rowNode)];
      spec.columns.forEach((c, i) => cells.push(figureCell(ctx, spec, row, rowNode, c, stretch(i))));
      rows.push({ header: false, line: rowNode?.line, cells });
    }
  }
  return { rows, columns };
}
