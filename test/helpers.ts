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
 * Milliseconds per call of `fn`: calls repeated until at least `minMs` have passed (so that the
 * timer's resolution and one garbage collection weigh little), the median of five such
 * measures. For ratios of the time at 10N to the time at N — never for absolute limits.
 */
export function msPerCall(fn: () => void, minMs = 30): number {
  fn();
  const measures: number[] = [];
  for (let m = 0; m < 5; m++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      fn();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    measures.push(elapsed / calls);
  }
  return measures.sort((a, b) => a - b)[2];
}
