import type { ReportModel, TableNode, TableRegion } from '../model';

/**
 * Where each statutory table sits in the document. A region can hold several tables (table
 * 二's four sub-tables); each table runs from its heading or header (the first non-blank line
 * after the previous table) to its last row.
 */
export interface TableExtent {
  readonly table: TableNode;
  readonly region: TableRegion;
  readonly firstLine: number;
  readonly lastLine: number;
}

export function tableExtents(model: ReportModel): TableExtent[] {
  const out: TableExtent[] = [];
  for (const region of model.regions) {
    const ordered = [...region.tables]
      .map((table) => ({ table, start: firstLineOf(table), end: lastLineOf(table) }))
      .sort((a, b) => a.start - b.start);
    let previousEnd = region.firstLine - 1;
    ordered.forEach(({ table, start, end }, i) => {
      let first = previousEnd + 1;
      while (first < start && model.source.lineText(first).trim() === '') first++;
      first = Math.min(first, start);
      const last = i === ordered.length - 1 ? Math.max(end, region.lastLine) : end;
      out.push({ table, region, firstLine: first, lastLine: last });
      previousEnd = last;
    });
  }
  return out.sort((a, b) => a.firstLine - b.firstLine);
}

function firstLineOf(table: TableNode): number {
  const lines = table.rows.map((r) => r.line);
  if (table.headingLine !== undefined) lines.push(table.headingLine);
  return Math.min(...lines);
}

function lastLineOf(table: TableNode): number {
  const lines = table.rows.map((r) => r.lastLine);
  if (table.headingLine !== undefined) lines.push(table.headingLine);
  return Math.max(...lines);
}

/** The table whose lines contain the given line, if any. */
export function extentAtLine(extents: readonly TableExtent[], line: number): TableExtent | undefined {
  return extents.find((e) => line >= e.firstLine && line <= e.lastLine);
}
