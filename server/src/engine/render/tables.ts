import { TABLE3_BALANCE_NOTE, tablesOfSection, type FormatVersion, type TableId, type TableSpec } from '../format';
import { MISSING_TABLE, tableEditable } from '../language/cell-edit';
import type { ReportModel, TableRegion } from '../model';
import type { BuildContext } from './cells';
import { blockTable } from './table-blocks';
import { groupedTable } from './table-grouped';
import { stackedTable } from './table-stacked';
import type { LayoutTable } from './types';

/** The three statutory tables, by the section they belong to. */
export const TABLE_FAMILIES = [
  { id: 't2', section: 's2' },
  { id: 't3', section: 's3' },
  { id: 't4', section: 's4' },
] as const;

export type FamilyId = (typeof TABLE_FAMILIES)[number]['id'];

/** Which family a parsed region holds (a region holds the tables of one section). */
export function familyOf(region: TableRegion): FamilyId | undefined {
  const id = region.tables[0]?.id;
  if (!id) return undefined;
  return id.startsWith('t2') ? 't2' : id === 't3' ? 't3' : id === 't4' ? 't4' : undefined;
}

/**
 * One statutory table in its official layout. `region` is the draft's table (absent when the
 * section has no table: the official table is then shown empty, every figure blank).
 */
export function buildTable(ctx: BuildContext, model: ReportModel, family: FamilyId, region: TableRegion | undefined, line: number): LayoutTable {
  const version: FormatVersion = model.format.version;
  const specs = tablesOfSection(version, TABLE_FAMILIES.find((f) => f.id === family)!.section);
  const base = { kind: 'table' as const, id: family, line, missing: region === undefined };
  let table: Omit<LayoutTable, 'marks'>;
  if (family === 't2') {
    const { rows, columns } = stackedTable(ctx, specs, model);
    table = { ...base, rows, columns, headRows: 0, widths: [3.4, ...Array<number>(columns - 1).fill(2.2)] };
  } else if (family === 't3') {
    const spec = specs[0];
    const { rows, labelColumns } = groupedTable(ctx, spec, model.tables.get(spec.id as TableId), TABLE3_BALANCE_NOTE);
    // Group label columns are narrow, one character wide, as in the official table (their labels are set vertically).
    const labels = [...Array<number>(labelColumns - 1).fill(0.9), 6.4];
    table = { ...base, rows, columns: labelColumns + spec.columns.length, headRows: rows.filter((r) => r.header).length, widths: [...labels, ...spec.columns.map(() => 1.35)] };
  } else {
    const spec = specs[0];
    const rows = blockTable(ctx, spec, model.tables.get(spec.id as TableId));
    const columns = rows[rows.length - 1].cells.length;
    table = { ...base, rows, columns, headRows: rows.length - 1, widths: Array<number>(columns).fill(1) };
  }
  // What the cells did not claim but concerns the table: pasted form, stray lines, a missing row.
  // Lines the region keeps as prose keep their own diagnostics. A missing table takes table-missing
  // from its section heading, so the mark sits on the (empty) table it is about.
  const kept = new Set(region?.keptLines ?? []);
  const marks = region
    ? ctx.marks.takeLines(region.firstLine, region.lastLine, (_, l) => !kept.has(l))
    : ctx.marks.takeLines(line, line, (rule) => rule === 'table-missing');
  return { ...table, marks, readOnly: readOnlyReason(model, specs) };
}

/** Why the family's tables cannot be edited in the grid: a pasted table first (converting it is the next step), then a missing one. */
function readOnlyReason(model: ReportModel, specs: readonly TableSpec[]): LayoutTable['readOnly'] {
  const nodes = specs.map((s) => model.tables.get(s.id as TableId));
  for (const node of nodes) {
    const reason = node && tableEditable(node);
    if (reason) return { reason, action: 'convert' };
  }
  return nodes.some((n) => n === undefined) ? { reason: MISSING_TABLE, action: 'insert' } : undefined;
}
