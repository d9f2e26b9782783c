import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver';
import { RULES_BY_ID, type Diagnostic, type Lang, type Severity, type TextReplacement } from '../engine';

/** Engine data to LSP messages: field-by-field copies, nothing decided here. */

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'govreport';

/** The rule documentation pages shipped with the extension, beside the server bundle (dist/../docs/rules). */
export function ruleDocsUri(docsDir: string, rule: string): string {
  return pathToFileURL(join(docsDir, `${rule}.md`)).href;
}

export function toLspDiagnostic(d: Diagnostic, lang: Lang, docsDir: string): LspDiagnostic {
  const documented = RULES_BY_ID.has(d.rule);
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: documented ? { href: ruleDocsUri(docsDir, d.rule) } : undefined,
    source: DIAGNOSTIC_SOURCE,
    message: d.message[lang],
  };
}

export function toTextEdit(r: TextReplacement): TextEdit {
  return { range: r.range, newText: r.newText };
}
