import { checkModel, fixAll, parseReport, type Diagnostic } from '../../server/src/engine';
import { violated } from './entry-points';
import { figureText, TABLES } from './figures';
import type { GeneratedReport } from './report';
import { cellsOf } from './transforms';

/**
 * Precision on generated reports, whose truth is known: a consistent report checks clean and
 * every figure is read as written; one slip is one diagnostic, and fix-all mends it by changing
 * only figures of the slip's row or column.
 */

const brief = (d: Diagnostic) => `${d.rule}@${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message.en}`;
/** How the tables are written is information, not a fault of the figures. */
const faults = (ds: readonly Diagnostic[]) => ds.filter((d) => d.rule !== 'table-pasted');

export function checksClean(report: GeneratedReport): void {
  const found = faults(checkModel(parseReport(report.text)));
  if (found.length > 0) violated(`a consistent ${report.layout} report gets ${found.length} diagnostics: ${found.map(brief).join('; ')}`);
}

export function readsEveryFigure(report: GeneratedReport): void {
  const cells = cellsOf(parseReport(report.text));
  for (const [table, rows] of report.figures) {
    const spec = TABLES.find((t) => t.id === table)!;
    for (const [row, values] of rows) {
      values.forEach((v, i) => {
        const address = `${table}/${row}/${spec.columns[i].id}`;
        const fault = report.faults.find((f) => f.table === table && f.row === row && f.column === i);
        const expected = fault ? fault.text : figureText(v);
        const read = cells.get(address);
        if (read?.raw !== expected) violated(`${report.layout}: ${address} is ${expected}, read as ${JSON.stringify(read?.raw)}`);
      });
    }
  }
}

export function slipIsOneDiagnostic(report: GeneratedReport): void {
  const found = faults(checkModel(parseReport(report.text)));
  const [slip] = report.faults;
  if (found.length !== 1) violated(`one slip (${slip.table}/${slip.row}/${slip.column} = ${slip.text}) gets ${found.length} diagnostics: ${found.map(brief).join('; ')}`);
}

export function fixAllMendsSlip(report: GeneratedReport): void {
  const [slip] = report.faults;
  const fixed = fixAll(report.text).text;
  const left = checkModel(parseReport(fixed));
  if (left.length > 0) violated(`after fix-all, ${left.map(brief).join('; ')}`);
  const cells = cellsOf(parseReport(fixed));
  for (const [table, rows] of report.figures) {
    const spec = TABLES.find((t) => t.id === table)!;
    for (const [row, values] of rows) {
      values.forEach((v, i) => {
        const address = `${table}/${row}/${spec.columns[i].id}`;
        const near = table === slip.table && (row === slip.row || i === slip.column);
        const now = cells.get(address)?.raw;
        if (!near && now !== figureText(v)) violated(`fix-all of a slip in ${slip.table}/${slip.row}/${slip.column} changed ${address} from ${figureText(v)} to ${now}`);
      });
    }
  }
}
