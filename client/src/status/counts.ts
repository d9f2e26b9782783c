import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../client/start';

/** The server's diagnostics carry the language id as their source. */
export const DIAGNOSTIC_SOURCE = LANGUAGE_ID;

export interface DiagnosticCounts {
  readonly errors: number;
  readonly warnings: number;
}

export function diagnosticCounts(diagnostics: readonly vscode.Diagnostic[]): DiagnosticCounts {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
  }
  return { errors, warnings };
}

/** “3 errors, 1 warning” / “3 个错误，1 个警告”; English plurals chosen by the count. */
export function describeCounts({ errors, warnings }: DiagnosticCounts): string {
  if (errors === 0 && warnings === 0) return vscode.l10n.t('No errors or warnings');
  const e = errors === 1 ? vscode.l10n.t('{0} error', errors) : vscode.l10n.t('{0} errors', errors);
  const w = warnings === 1 ? vscode.l10n.t('{0} warning', warnings) : vscode.l10n.t('{0} warnings', warnings);
  return vscode.l10n.t('{0}, {1}', e, w);
}
