import type { RowSpec, TableSpec } from '../format';
import type { TableNode } from '../model';
import { figureCell, headerCell, type BuildContext } from './cells';
import type { LayoutCell, LayoutRow } from './types';

/**
 * Table 四 in the official layout: the format's rows are blocks of columns side by side, one
 * row of figures. A block label 「A（B）」 sits under the header A shared with its neighbours
 * (行政诉讼 → 未经复议直接起诉 / 复议后起诉); a block with a one-level label (行政复议) has its
 * column labels merged down beside the deeper blocks' second level. However the draft wrote
 * the table (15 cells in one row, three rows, three small tables), the parser has placed its
 * figures in the same three rows, so the output is the same.
 */
export function blockTable(ctx: BuildContext, spec: TableSpec, node: TableNode | undefined): LayoutRow[] {
  const blocks = spec.rows.filter((r) => r.role !== 'group');
  const paths = blocks.map(headerPath);
  const depth = Math.max(...paths.map((p) => p.length));
  const width = spec.columns.length;
  const line = node?.region.firstLine;

  const rows: LayoutRow[] = [];
  for (let level = 0; level <= depth; level++) {
    const cells: LayoutCell[] = [];
    blocks.forEach((_, b) => {
      const path = paths[b];
      if (path.length > level) {
        // Merge with the following blocks that share this header and everything above it.
        const same = (o: number) => o < blocks.length && paths[o].length > level && paths[o].slice(0, level + 1).join('/') === path.slice(0, level + 1).join('/');
        if (b > 0 && same(b - 1)) return;
        let run = 1;
        while (same(b + run)) run++;
        cells.push(headerCell(path[level], width * run, 1, 'header', line));
      } else if (path.length === level) {
        for (const column of spec.columns) cells.push(headerCell(column.label, 1, depth + 1 - level, 'header', line));
      }
    });
    if (cells.length > 0) rows.push({ header: true, line, cells });
  }

  const figures: LayoutCell[] = [];
  for (const block of blocks) {
    const rowNode = node?.byId.get(block.id);
    for (const column of spec.columns) figures.push(figureCell(ctx, spec, block, rowNode, column));
  }
  const firstLine = blocks.map((b) => node?.byId.get(b.id)?.line).find((l) => l !== undefined);
  rows.push({ header: false, line: firstLine, cells: figures });
  return rows;
}

/** 「行政诉讼（未经复议直接起诉）」 → [行政诉讼, 未经复议直接起诉]; 「行政复议」 → [行政复议]. */
function headerPath(row: RowSpec): string[] {
  const m = /^(.+?)[（(](.+)[)）]$/.exec(row.label);
  return m ? [m[1], m[2]] : [row.label];
}
