import type * as vscode from 'vscode';
import { checkModel, parseReport } from '../../../server/src/engine';
import { countRules } from './helpers';

/**
 * What the engine itself says about a text: the server must publish exactly this (one
 * engine, one truth), so the suites compare against it instead of hard-coding every count.
 */

export function engineCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of checkModel(parseReport(text))) counts[d.rule] = (counts[d.rule] ?? 0) + 1;
  return counts;
}

/** Rule ids of the engine's diagnostics that have a preferred fix (what fix-all applies). */
export function engineFixableRules(text: string): string[] {
  return checkModel(parseReport(text))
    .filter((d) => d.fixes.some((f) => f.preferred))
    .map((d) => d.rule);
}

export function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

/** An `accept` for waitForDiagnostics: the published diagnostics are the engine's for the document's current text. */
export function matchesEngine(document: vscode.TextDocument): (diagnostics: readonly vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.length > 0 && sameCounts(countRules(diagnostics), engineCounts(document.getText()));
}
