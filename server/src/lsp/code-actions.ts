import type { CodeAction, CodeActionParams, WorkspaceEdit } from 'vscode-languageserver';
import { codeActions, fixAllCodeAction, tableLayoutActions, wantsKind, FIX_ALL_KIND, type CodeActionEntry, type TextReplacement } from '../engine';
import { toLspDiagnostic, toTextEdit } from './convert';
import { guard } from './guard';
import type { DocumentState } from './document-state';
import type { Session } from './session';

/**
 * Quick fixes for the diagnostics under the cursor, and fix-all (source.fixAll.govreport,
 * computed only when that kind is asked for: it re-checks the document until nothing is left
 * to fix), and rewriting the table under the cursor compact or aligned. Edits are versioned when the client allows, so a stale action cannot apply to a
 * newer text.
 */
export function registerCodeActions(session: Session): void {
  session.connection.onCodeAction(
    guard(session.connection, 'codeAction', [], (params: CodeActionParams): CodeAction[] => {
      const state = session.stateOf(params.textDocument.uri);
      const index = state?.index;
      if (!state || !index || !session.settings.enable) return [];
      const src = index.model.source;
      const span = { start: src.offsetAt(params.range.start), end: src.offsetAt(params.range.end) };
      const lang = session.lang;
      const entries = [...codeActions(index, state.diagnostics, { span, only: params.context.only, lang }), ...tableLayoutActions(index, { span, only: params.context.only, lang })];
      if (wantsKind(params.context.only, FIX_ALL_KIND)) {
        const fixAll = fixAllCodeAction(index, { rules: session.settingsFor(state.uri).rules, ...session.previous.previousFor(state.uri, index.model) }, lang);
        if (fixAll) entries.push(fixAll);
      }
      return entries.map((e) => toCodeAction(session, state, e));
    }),
  );
}

function toCodeAction(session: Session, state: DocumentState, e: CodeActionEntry): CodeAction {
  return {
    title: e.title,
    kind: e.kind,
    isPreferred: e.preferred || undefined,
    diagnostics: e.diagnostic ? [toLspDiagnostic(e.diagnostic, session.lang, session.options.docsDir)] : undefined,
    edit: e.edits ? workspaceEdit(session, state, e.edits) : undefined,
    command: e.command ? { title: e.title, command: e.command.id, arguments: [...e.command.arguments] } : undefined,
  };
}

function workspaceEdit(session: Session, state: DocumentState, edits: readonly TextReplacement[]): WorkspaceEdit {
  const textEdits = edits.map(toTextEdit);
  if (session.supports((c) => c.workspace?.workspaceEdit?.documentChanges) && state.version !== undefined) {
    return { documentChanges: [{ textDocument: { uri: state.uri, version: state.version }, edits: textEdits }] };
  }
  return { changes: { [state.uri]: textEdits } };
}
