import type { ReportModel } from '../model';
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

  constructor(readonly model: ReportModel) {
    this.figures = new Figures(model);
  }

  get arithmetic(): ArithmeticResult {
    this.arithmeticResult ??= diagnoseArithmetic(this.model);
    return this.arithmeticResult;
  }
}
