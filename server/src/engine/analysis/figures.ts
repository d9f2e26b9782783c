import type { TableId, TableSpec, RowSpec } from '../format';
import type { CellNode, ReportModel, RowNode, TableNode } from '../model';
import { usableValue } from '../text/numbers';

/**
 * Looking figures up by their official address (table, row, column). Rules and hovers
 * speak of 「表三 一、本年新收 总计」, never of line numbers.
 */
export class Figures {
  constructor(private readonly model: ReportModel) {}

  table(id: TableId): TableNode | undefined {
    return this.model.tables.get(id);
  }

  row(table: TableId, row: string): RowNode | undefined {
    return this.model.tables.get(table)?.byId.get(row);
  }

  cell(table: TableId, row: string, column: string): CellNode | undefined {
    return this.row(table, row)?.cells.find((c) => c.column.id === column);
  }

  /** The figure, when the cell holds one that may be used in sums. */
  value(table: TableId, row: string, column: string): number | undefined {
    const c = this.cell(table, row, column);
    return c ? usableValue(c.parsed) : undefined;
  }

  /**
   * A row's total as the prose would quote it: the 总计 cell; when that cell is blank, the sum
   * of the row's figures (a blank 总计 beside figures still states how many there were).
   * Undefined when neither can be read.
   */
  rowTotal(table: TableId, row: string): number | undefined {
    const node = this.row(table, row);
    if (!node || node.cells.length === 0) return undefined;
    const total = node.cells.find((c) => c.column.id === 'total');
    const v = total ? usableValue(total.parsed) : undefined;
    if (v !== undefined) return v;
    // A blank 总计 beside figures still states how many there were; beside blanks only, nothing.
    const parts = this.columnsSum(table, row, node.cells.filter((c) => c.column.id !== 'total').map((c) => c.column.id));
    return parts?.blank ? undefined : parts?.sum;
  }

  /**
   * The sum of some cells of a row, blanks counting as nothing (`blank`: every cell was blank);
   * undefined when a cell is missing or unreadable (not a number).
   */
  columnsSum(table: TableId, row: string, columns: readonly string[]): { sum: number; blank: boolean } | undefined {
    let sum = 0;
    let any = false;
    for (const id of columns) {
      const c = this.cell(table, row, id);
      if (!c) return undefined;
      if (c.parsed.status === 'empty') continue;
      const v = usableValue(c.parsed);
      if (v === undefined) return undefined;
      sum += v;
      any = true;
    }
    return { sum, blank: !any };
  }

  /** Sum of several rows' totals (a group such as （三）不予公开), or undefined if any is unknown. */
  sumOfRows(table: TableId, rows: readonly string[]): number | undefined {
    let sum = 0;
    let any = false;
    for (const r of rows) {
      const node = this.row(table, r);
      if (!node) continue;
      const v = this.rowTotal(table, r);
      if (v === undefined) {
        // A row of nothing but blanks counts as nothing; a row with unreadable figures makes the sum unknown.
        if (node.cells.every((c) => c.parsed.status === 'empty')) continue;
        return undefined;
      }
      sum += v;
      any = true;
    }
    return any ? sum : undefined;
  }
}

const GROUP_ROWS = new WeakMap<TableSpec, Map<string, readonly RowSpec[]>>();

/**
 * Rows of a group (（三）不予公开 → its eight sub-rows), from the format data: worked out once per
 * layout and group, since every claim about a group asks again.
 */
export function rowsOfGroup(table: TableSpec, groupId: string): readonly RowSpec[] {
  let groups = GROUP_ROWS.get(table);
  if (!groups) GROUP_ROWS.set(table, (groups = new Map()));
  let rows = groups.get(groupId);
  if (!rows) groups.set(groupId, (rows = computeRowsOfGroup(table, groupId)));
  return rows;
}

function computeRowsOfGroup(table: TableSpec, groupId: string): RowSpec[] {
  const group = table.rows.find((r) => r.id === groupId);
  if (!group) return [];
  if (group.role !== 'group') return [group];
  return table.rows.filter((r) => r.group === groupId && r.role === 'data');
}

const RESULT_ROWS = new WeakMap<TableSpec, RowSpec[]>();

/** Data rows under 三、本年度办理结果 (all levels), whose sum is （七）总计. */
export function resultRows(table: TableSpec): RowSpec[] {
  let rows = RESULT_ROWS.get(table);
  if (!rows) {
    rows = computeResultRows(table);
    RESULT_ROWS.set(table, rows);
  }
  return rows;
}

function computeResultRows(table: TableSpec): RowSpec[] {
  const under = (r: RowSpec): boolean => {
    let g = r.group;
    while (g) {
      if (g === 'results') return true;
      g = table.rows.find((x) => x.id === g)?.group;
    }
    return false;
  };
  return table.rows.filter((r) => r.role === 'data' && under(r));
}
