import fc from 'fast-check';
import { allEntryPoints } from './entry-points';
import { faultyReport, oneFaultOneDiagnostic, type FaultyReport } from './faults';
import { checksClean, fixAllMendsSlip, readsEveryFigure, slipIsOneDiagnostic } from './generated';
import { damagedReport, damagedText, type Damaged } from './mutate';
import { consistentReport, reportWithSlip, type GeneratedReport } from './report';
import { convertKeepsFigures, fixAllSettles, formattingIdempotent } from './transforms';

/**
 * The engine's properties, each with its input generator: run with fixed seeds and few runs in
 * `npm test` (test/fuzz/engine.test.ts), and with fresh seeds for as long as asked by the
 * campaign (`npm run fuzz`, scripts/fuzz.ts), which writes what it finds, shrunk, to fuzz-findings/.
 */
export interface EngineProperty {
  readonly name: string;
  readonly property: () => fc.IProperty<[unknown]>;
  /** Runs per `npm test`: the suite runs on 2 CPUs, so a few seconds per property at most. */
  readonly runs: number;
  /** The document a counterexample stands for (written next to the reproducer). */
  readonly document: (value: unknown) => string;
}

const offsets = fc.array(fc.nat(), { maxLength: 6 });

function prop<T>(name: string, runs: number, arbitrary: fc.Arbitrary<T>, check: (value: T) => void, document: (value: T) => string): EngineProperty {
  return { name, runs, property: () => fc.property(arbitrary, (v) => check(v)) as fc.IProperty<[unknown]>, document: (v) => document(v as T) };
}

const damaged = (v: { damage: Damaged }) => damagedText(v.damage);
const generated = (r: GeneratedReport) => r.text;

export const ENGINE_PROPERTIES: readonly EngineProperty[] = [
  prop('a consistent report checks clean', 25, consistentReport(), checksClean, generated),
  prop('every generated figure is read as written', 25, consistentReport(), readsEveryFigure, generated),
  prop('one slip is one diagnostic', 25, reportWithSlip(), slipIsOneDiagnostic, generated),
  prop('fix-all mends a slip in its own row or column', 15, reportWithSlip(), fixAllMendsSlip, generated),
  prop('one fault of any kind is one diagnostic of its rule', 30, faultyReport(), oneFaultOneDiagnostic, (r: FaultyReport) => r.report.text),
  prop(
    'fix-all, conversion and formatting of a generated report with a fault keep their promises',
    10,
    faultyReport(),
    (r: FaultyReport) => {
      fixAllSettles(r.report.text);
      convertKeepsFigures(r.report.text);
      formattingIdempotent(r.report.text);
    },
    (r: FaultyReport) => r.report.text,
  ),
  prop(
    'every entry point on a damaged report: no throw, ranges inside, inert HTML',
    20,
    fc.record({ damage: damagedReport(), probes: offsets }),
    (v) => {
      const text = damagedText(v.damage);
      allEntryPoints(text, v.probes.map((p) => p % (text.length + 3)));
    },
    damaged,
  ),
  prop('fix-all of a damaged report reaches a fixed point and changes only what a fix meant to', 12, fc.record({ damage: damagedReport() }), (v) => void fixAllSettles(damaged(v)), damaged),
  prop('conversion of a damaged report is idempotent and keeps every figure', 15, fc.record({ damage: damagedReport() }), (v) => void convertKeepsFigures(damaged(v)), damaged),
  prop('formatting a damaged report is idempotent and keeps every cell', 15, fc.record({ damage: damagedReport() }), (v) => void formattingIdempotent(damaged(v)), damaged),
];
