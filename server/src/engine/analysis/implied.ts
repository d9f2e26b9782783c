import type { RowSpec, TableId, TableSpec } from '../format';
import type { CellNode } from '../model';
import { parseReport } from '../parse';
import { usableValue } from '../text/numbers';
import { Analysis } from './analysis';
import type { Equation } from './arithmetic';

/**
 * What a blank cell must hold for the 勾稽 equations it takes part in to hold, when it is the only
 * unreadable figure of at least one of them. Filling such a blank with 0 and then "mending" the
 * total would overwrite a figure the author wrote (表四「行政复议」 with 结果纠正 blank and 总计 1:
 * fix-all wrote 0, then changed 总计 to 0). `undefined` for a blank the equations pin to no single
 * count (two of them disagree, or the rest already exceed the total): no fill can be preferred.
 */
export function impliedBlanks(unevaluable: readonly Equation[]): Map<CellNode, number | undefined> {
  const out = new Map<CellNode, number | undefined>();
  for (const eq of unevaluable) {
    // By index over the cells: the equations' terms are only built for messages and hovers.
    let blank = -1;
    let unknowns = 0;
    for (let i = 0; i < eq.cells.length; i++) {
      if (usableValue(eq.cells[i].parsed) === undefined) {
        unknowns++;
        blank = i;
      }
    }
    if (unknowns !== 1 || eq.cells[blank].parsed.status !== 'empty') continue;
    let rest = 0;
    let magnitude = 0;
    for (let i = 0; i < eq.cells.length; i++) {
      if (i === blank) continue;
      const v = usableValue(eq.cells[i].parsed)!;
      rest += eq.coef(i) * v;
      magnitude += Math.abs(v);
    }
    // Only a count the arithmetic can hold exactly is ever written.
    const value = -rest / eq.coef(blank);
    const exact = magnitude <= Number.MAX_SAFE_INTEGER && Number.isInteger(value);
    const implied = exact && value >= 0 ? value : undefined;
    const cell = eq.cells[blank];
    out.set(cell, out.has(cell) && out.get(cell) !== implied ? undefined : implied);
  }
  return out;
}

/**
 * The figures of official rows about to be inserted (row-missing's fix): each cell gets what the
 * table's equations imply once the rows stand there blank, 0 where they imply nothing. Zeros
 * alone would break an equation the author's figures satisfy, and fix-all would then "mend" a
 * figure the author wrote (四、结转下年度 1 became 0 when 一、本年新收 was inserted as zeros).
 */
export function impliedRowFigures(text: string, insert: { readonly at: number; readonly blankRows: string }, spec: TableSpec, rows: readonly RowSpec[]): Map<string, string[]> {
  const model = parseReport(text.slice(0, insert.at) + insert.blankRows + text.slice(insert.at));
  const node = model.tables.get(spec.id as TableId);
  const implied = node ? impliedBlanks(Analysis.of(model).arithmetic.unevaluable) : new Map<CellNode, number | undefined>();
  const figure = (row: RowSpec, column: string) => {
    const cell = node?.byId.get(row.id)?.cells.find((c) => c.column.id === column);
    return String((cell && implied.get(cell)) ?? 0);
  };
  return new Map(rows.map((row) => [row.id, spec.columns.map((col) => figure(row, col.id))]));
}
