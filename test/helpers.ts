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
 * (never an absolute time). Each is called repeatedly until `minMs` have passed (so the timer's
 * resolution and one garbage collection weigh little); the two are measured in turn, five times
 * each, and the fastest measure of each is taken, so a busy machine distorts the ratio little.
 */
export function timeRatio(small: () => void, large: () => void, minMs = 30): number {
  small();
  large();
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let m = 0; m < 5; m++) {
    bestSmall = Math.min(bestSmall, msPerCall(small, minMs));
    bestLarge = Math.min(bestLarge, msPerCall(large, minMs));
  }
  return bestLarge / bestSmall;
}

function msPerCall(fn: () => void, minMs: number): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / calls;
}
