import type { CellNode, ReportModel, RowNode } from '../model';
import type { CellStatus } from '../text/numbers';
import { diagnoseArithmetic, type ArithmeticResult } from './arithmetic';
import { Figures } from './figures';

/**
 * Facts derived from the model that several rules (and editor features) need. Computed
 * once per check, on first use: the arithmetic diagnosis is shared by the four arithmetic
 * rules, the hover on a total cell and the inlay hints.
 */
export class Analysis {
  readonly figures: Figures;
  private arithmeticResult?: ArithmeticResult;
  private byStatus?: Map<CellStatus, { row: RowNode; cell: CellNode }[]>;

  constructor(readonly model: ReportModel) {
    this.figures = new Figures(model);
  }

  /** The cells of one status, indexed once for all the cell rules. */
  cellsWith(status: CellStatus): readonly { row: RowNode; cell: CellNode }[] {
    if (!this.byStatus) {
      this.byStatus = new Map();
      for (const table of this.model.tables.values()) {
        for (const row of table.rows) {
          for (const cell of row.cells) {
            const list = this.byStatus.get(cell.parsed.status);
            if (list) list.push({ row, cell });
            else this.byStatus.set(cell.parsed.status, [{ row, cell }]);
          }
        }
      }
    }
    return this.byStatus.get(status) ?? [];
  }

  get arithmetic(): ArithmeticResult {
    this.arithmeticResult ??= diagnoseArithmetic(this.model);
    return this.arithmeticResult;
  }
}
