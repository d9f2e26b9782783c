import type { CellNode, ReportModel, RowNode } from '../model';
import type { CellStatus } from '../text/numbers';
import { diagnoseArithmetic, type ArithmeticResult } from './arithmetic';
import { extractClaims } from './claims';
import { Figures } from './figures';
import { checkPercentage, extractPercentages, type CheckedPercentage } from './percentages';
import { readingsFor, type CheckedClaim } from './readings';

/**
 * The analyses of the last few models, held strongly: the check and the editor features of a
 * document version ask for it within moments of each other and share one. Not a WeakMap keyed
 * by the model: V8 keeps a WeakMap's young entries alive until a full collection, so every model
 * of a batch survived each young-generation collection and was copied and promoted — some 70 MB
 * for 1,000 reports, over half of the batch's collection time.
 */
const RECENT: { readonly model: ReportModel; readonly analysis: Analysis }[] = [];
const RECENT_SIZE = 4;

/**
 * Facts derived from the model that several rules and editor features need, each computed
 * once, on first use: the arithmetic diagnosis serves the four arithmetic rules, the hover on
 * a total cell and the inlay hints; the prose claims serve text-table-mismatch and the hovers,
 * the prose percentages text-percentage-mismatch.
 */
export class Analysis {
  readonly figures: Figures;
  private arithmeticResult?: ArithmeticResult;
  private claimsResult?: CheckedClaim[];
  private percentagesResult?: CheckedPercentage[];
  private byStatus?: Map<CellStatus, { row: RowNode; cell: CellNode }[]>;

  private constructor(readonly model: ReportModel) {
    this.figures = new Figures(model);
  }

  /** The analysis of a model: the same object for every caller while the model is one of the last few analysed. */
  static of(model: ReportModel): Analysis {
    for (const recent of RECENT) if (recent.model === model) return recent.analysis;
    const analysis = new Analysis(model);
    if (RECENT.length >= RECENT_SIZE) RECENT.shift();
    RECENT.push({ model, analysis });
    return analysis;
  }

  /**
   * The cells of one status, indexed once for all the cell rules. Cells written canonically
   * ('ok', almost all of them) are left out of the index, which no cell rule reads: an entry for
   * each of them was one of the checker's biggest allocations. They are found when asked for.
   */
  cellsWith(status: CellStatus): readonly { row: RowNode; cell: CellNode }[] {
    if (!this.byStatus) {
      this.byStatus = new Map();
      this.indexCells(this.byStatus, (s) => s !== 'ok');
    }
    if (status === 'ok' && !this.byStatus.has('ok')) this.indexCells(this.byStatus, (s) => s === 'ok');
    return this.byStatus.get(status) ?? [];
  }

  private indexCells(index: Map<CellStatus, { row: RowNode; cell: CellNode }[]>, wanted: (status: CellStatus) => boolean): void {
    for (const table of this.model.tables.values()) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          const status = cell.parsed.status;
          if (!wanted(status)) continue;
          const list = index.get(status);
          if (list) list.push({ row, cell });
          else index.set(status, [{ row, cell }]);
        }
      }
    }
  }

  /** The figures quoted in the prose, each with what it may mean in the tables. */
  get claims(): readonly CheckedClaim[] {
    this.claimsResult ??= extractClaims(this.model).map((claim) => ({ claim, readings: readingsFor(claim.kind, this, claim) }));
    return this.claimsResult;
  }

  /** The percentages quoted in the prose, each with what its part and whole may be. */
  get percentages(): readonly CheckedPercentage[] {
    this.percentagesResult ??= extractPercentages(this.model).map((claim) => checkPercentage(claim, this));
    return this.percentagesResult;
  }

  get arithmetic(): ArithmeticResult {
    this.arithmeticResult ??= diagnoseArithmetic(this.model);
    return this.arithmeticResult;
  }
}
