import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { codeLenses } from '../engine';
import { guard } from './guard';
import type { Session } from './session';

/** Above each statutory table: its status, and "open preview" (client command govreport.showPreviewToSide). */
export function registerCodeLens(session: Session): void {
  session.connection.onCodeLens(
    guard(session.connection, 'codeLens', [], (params: CodeLensParams): CodeLens[] => {
      if (!session.settings.enable) return [];
      const state = session.stateOf(params.textDocument.uri);
      if (!state?.index) return [];
      return codeLenses(state.index, state.diagnostics, session.lang, params.textDocument.uri).map((l) => ({
        range: l.range,
        command: { title: l.title, command: l.command.id, arguments: l.command.arguments.length > 0 ? [...l.command.arguments] : undefined },
      }));
    }),
  );
}
