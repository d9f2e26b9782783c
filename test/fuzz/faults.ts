import fc from 'fast-check';
import { checkModel, parseReport, type Diagnostic } from '../../server/src/engine';
import { violated } from './entry-points';
import { dataRows, figureText, T3, T4, TABLE2, TABLES } from './figures';
import { buildReport, figuresFor, reportOptions, type Fault, type GeneratedReport } from './report';

/**
 * One fault of the kinds real drafts have, put into a consistent generated report, and the one
 * rule that must report it: precision is one fault, one diagnostic, and of the right rule.
 */

export interface FaultyReport {
  readonly report: GeneratedReport;
  readonly fault: string;
  readonly rule: string;
}

const TABLES_WITH_ROWS = [...TABLE2, T3, T4];
const cell = fc.constantFrom(...TABLES_WITH_ROWS.flatMap((t) => dataRows(t).flatMap((r) => t.columns.map((_, column) => ({ table: t.id, row: r.id, column })))));
const row = fc.constantFrom(...TABLES_WITH_ROWS.flatMap((t) => dataRows(t).map((r) => ({ table: t.id, row: r.id }))));
const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

type CellFault = { kind: 'blank' | 'not-number' | 'full-width'; table: string; row: string; column: number; text?: string };
type TextFault = { kind: 'prose' | 'heading' | 'title-year'; delta: number };
type RowFault = { kind: 'row-missing'; table: string; row: string };

const fault: fc.Arbitrary<CellFault | TextFault | RowFault> = fc.oneof(
  cell.map((c) => ({ kind: 'blank' as const, ...c })),
  fc.tuple(cell, fc.constantFrom('/', '—', '无', '-', '不详')).map(([c, text]) => ({ kind: 'not-number' as const, ...c, text })),
  cell.map((c) => ({ kind: 'full-width' as const, ...c })),
  row.map((r) => ({ kind: 'row-missing' as const, ...r })),
  fc.record({ kind: fc.constantFrom('prose' as const, 'heading' as const, 'title-year' as const), delta: fc.integer({ min: 1, max: 9 }) }),
);

const RULE: Record<string, string> = {
  blank: 'cell-empty',
  'not-number': 'cell-not-number',
  'full-width': 'cell-number-style',
  'row-missing': 'row-missing',
  prose: 'text-table-mismatch',
  heading: 'section-heading',
  'title-year': 'year-mismatch',
};

export const faultyReport = (): fc.Arbitrary<FaultyReport> =>
  fc.tuple(reportOptions(), fault).chain(([o, f]) =>
    figuresFor(o.agency).map((figures): FaultyReport => {
      const cellText = (c: { table: string; row: string; column: number }) => figureText(figures.get(c.table)!.get(c.row)![c.column]);
      const faults: Fault[] = [];
      if (f.kind === 'blank') faults.push({ ...f, text: '' });
      // A word among space-aligned figures (「5467009  4520  不详  8」) cannot be told from a label
      // fragment; placeholders (无, —, /) can, and are what extracted tables hold.
      if (f.kind === 'not-number') faults.push({ ...f, text: o.layout === 'pdftotext' && f.text === '不详' ? '无' : f.text! });
      if (f.kind === 'full-width') faults.push({ ...f, text: FULL_WIDTH(cellText(f)) });
      if (f.kind === 'row-missing') faults.push({ ...f, column: -1, text: '' });
      let report = buildReport(figures, faults, o);
      if (f.kind === 'prose') {
        const t3 = figures.get('t3')!;
        const total = TABLES.find((t) => t.id === 't3')!.columns.length - 1;
        const received = t3.get('new')![total];
        // 受理 may also mean 新收 + 上年结转 (rule text-table-mismatch accepts either reading): a
        // figure off by exactly the carried-over count is that other reading, not a fault.
        const delta = f.delta === t3.get('carried')![total] ? f.delta + 1 : f.delta;
        report = { ...report, text: report.text.replace(`受理政府信息公开申请 ${received} 件`, `受理政府信息公开申请 ${received + delta} 件`) };
      }
      if (f.kind === 'heading') report = { ...report, text: report.text.replace('二、主动公开政府信息情况', '二、主动公开政府政府情况') };
      if (f.kind === 'title-year') report = { ...report, text: report.text.replace(`${o.agency}${o.year}年`, `${o.agency}${o.year - 1}年`) };
      const where = 'table' in f ? ` in ${f.table}/${f.row}${'column' in f ? `/${f.column}` : ''}` : '';
      return { report, fault: `${f.kind}${where}`, rule: RULE[f.kind] };
    }),
  );

const brief = (d: Diagnostic) => `${d.rule}@${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message.en}`;

/**
 * In a space-aligned (pdftotext) table a blank cell leaves no trace and a word among figures
 * reads as part of a label: the reader cannot tell which cell it was, and says once that it
 * cannot place the row's figures. That is the one diagnostic such a fault may get instead.
 */
const UNPLACEABLE = ['column-count', 'row-unknown'];

export function oneFaultOneDiagnostic(r: FaultyReport): void {
  const found = checkModel(parseReport(r.report.text)).filter((d) => d.rule !== 'table-pasted');
  const allowed = r.report.layout === 'pdftotext' && r.report.faults.length > 0 ? [r.rule, ...UNPLACEABLE] : [r.rule];
  if (found.length !== 1 || !allowed.includes(found[0].rule)) violated(`${r.fault} (${r.report.layout}) should be one ${r.rule}, is ${found.length}: ${found.map(brief).join('; ')}`);
}
