import type { RowSpec, TableSpec } from '../format';
import type { TableNode } from '../model';
import { figureCell, headerCell, labelCell, type BuildContext } from './cells';
import type { LayoutCell, LayoutRow } from './types';

/**
 * Table 三 in the official layout, derived from the format data:
 *
 * - header: the corner note over all label columns and header rows; the table's header label
 *   (申请人情况) over every figure column; column groups (法人或其他组织) over their columns,
 *   ungrouped columns (自然人, 总计) merged down;
 * - body: one label column per level of row grouping. A group row (三、本年度办理结果,
 *   （三）不予公开) becomes a vertically merged cell beside its sub-rows, its label set
 *   vertically in a narrow column as the official table prints it; a row's own label
 *   spans the label columns its depth leaves free.
 */
export function groupedTable(ctx: BuildContext, spec: TableSpec, node: TableNode | undefined, corner: string): { rows: LayoutRow[]; labelColumns: number } {
  const byId = new Map(spec.rows.map((r) => [r.id, r]));
  const ancestors = (row: RowSpec): RowSpec[] => {
    const out: RowSpec[] = [];
    for (let g = row.group ? byId.get(row.group) : undefined; g; g = g.group ? byId.get(g.group) : undefined) out.unshift(g);
    return out;
  };
  const leaves = spec.rows.filter((r) => r.role !== 'group');
  const labelColumns = 1 + Math.max(0, ...leaves.map((r) => ancestors(r).length));
  const headerRows = 1 + Math.max(1, ...spec.columns.map((c) => (c.group ? 2 : 1)));

  const rows: LayoutRow[] = header(spec, corner, labelColumns, headerRows, node?.region.firstLine);
  const opened = new Set<string>();
  for (const row of leaves) {
    const rowNode = node?.byId.get(row.id);
    const cells: LayoutCell[] = [];
    const chain = ancestors(row);
    for (const group of chain) {
      if (opened.has(group.id)) continue;
      opened.add(group.id);
      const span = leaves.filter((r) => ancestors(r).includes(group)).length;
      cells.push({ ...labelCell(ctx, group, node?.byId.get(group.id), 1, span), vertical: true });
    }
    cells.push(labelCell(ctx, row, rowNode, labelColumns - chain.length));
    for (const column of spec.columns) cells.push(figureCell(ctx, spec, row, rowNode, column));
    rows.push({ header: false, line: rowNode?.line, cells });
  }
  return { rows, labelColumns };
}

function header(spec: TableSpec, corner: string, labelColumns: number, headerRows: number, line: number | undefined): LayoutRow[] {
  const top: LayoutCell[] = [
    headerCell(corner, labelColumns, headerRows, 'note', line),
    headerCell(spec.headerLabel, spec.columns.length, 1, 'header', line),
  ];
  const middle: LayoutCell[] = [];
  const bottom: LayoutCell[] = [];
  spec.columns.forEach((column, i) => {
    if (!column.group) {
      middle.push(headerCell(column.label, 1, headerRows - 1, 'header', line));
      return;
    }
    if (spec.columns[i - 1]?.group !== column.group) {
      let run = 0;
      while (spec.columns[i + run]?.group === column.group) run++;
      middle.push(headerCell(column.group, run, 1, 'header', line));
    }
    bottom.push(headerCell(column.label, 1, 1, 'header', line));
  });
  const rows = [top, middle, bottom].filter((cells) => cells.length > 0);
  return rows.map((cells) => ({ header: true, line, cells }));
}
