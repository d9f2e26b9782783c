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
