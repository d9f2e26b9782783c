import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkModel, parseReport, type CheckOptions, type Diagnostic } from '../server/src/engine';

export const ROOT = join(__dirname, '..');
export const CORPUS = join(ROOT, 'test/fixtures/corpus');

export function corpus(name: string): string {
  return readFileSync(join(CORPUS, name), 'utf8');
}

export function check(text: string, options?: CheckOptions): Diagnostic[] {
  return checkModel(parseReport(text), options);
}

/** Diagnostics of one rule. */
export function only(diagnostics: readonly Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((d) => d.rule === rule);
}

/** 「line:col-line:col」, 1-based, for compact range assertions. */
export function where(d: Diagnostic): string {
  const r = d.range;
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

/** The text a diagnostic's range covers. */
export function covered(text: string, d: Diagnostic): string {
  return parseReport(text).source.slice(d.span);
}

/**
 * How many times longer `large` takes than `small`, for tests that the cost grows linearly
 * (never an absolute time). Each is called repeatedly until `minMs` of CPU time have passed (so
 * the clock's resolution and one garbage collection weigh little); the two are measured in turn,
 * five times each, and the fastest measure of each is taken. CPU time, not wall time: on a
 * loaded machine a long call is preempted more often than a short one, which inflated
 * wall-clock ratios up to the load factor (93 for a true 8 at load 25).
 */
export function timeRatio(small: () => void, large: () => void, minMs = 30): number {
  small();
  large();
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let m = 0; m < 5; m++) {
    bestSmall = Math.min(bestSmall, cpuMsPerCall(small, minMs));
    bestLarge = Math.min(bestLarge, cpuMsPerCall(large, minMs));
  }
  return bestLarge / bestSmall;
}

function cpuMsPerCall(fn: () => void, minMs: number): number {
  const start = process.cpuUsage();
  let calls = 0;
  let elapsed = 0;
  do {
    fn();
    calls++;
    const used = process.cpuUsage(start);
    elapsed = (used.user + used.system) / 1000;
  } while (elapsed < minMs);
  return elapsed / calls;
}
