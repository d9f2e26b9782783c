import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../client/start';
import { l10n } from '../l10n';

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
  if (errors === 0 && warnings === 0) return l10n.t('No errors or warnings');
  const e = l10n.plural(errors, '{0} error', '{0} errors');
  const w = l10n.plural(warnings, '{0} warning', '{0} warnings');
  return l10n.t('{0}, {1}', e, w);
}
