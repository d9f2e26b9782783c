import * as vscode from 'vscode';
import { EDIT_CELL_REQUEST, type EditCellParams, type EditCellResult } from '../../../server/src/lsp/preview-protocol';
import { l10n } from '../l10n';
import type { FromWebview, ToWebview } from './messages';

/**
 * The extension side of the grid: a figure the webview commits goes to the server, which checks
 * it and answers the one-cell edit (engine: language/cell-edit.ts); the edit is applied as one
 * WorkspaceEdit, so it is one undo step in the editor, and the preview re-renders from the new
 * version like after any keystroke. A read-only table's button converts the pasted tables or
 * inserts the missing one, through the existing command and quick fix.
 */

export interface GridServer {
  sendRequest<R>(method: string, params: EditCellParams): Promise<R>;
  readonly code2ProtocolConverter: { asUri(uri: vscode.Uri): string };
}

/** How often an edit is asked for again when the document moved on between the answer and its application. */
const ATTEMPTS = 3;

export async function editCell(server: GridServer, document: vscode.TextDocument, message: Extract<FromWebview, { type: 'editCell' }>): Promise<Extract<ToWebview, { type: 'edited' }>> {
  const refused = (reason: string) => ({ type: 'edited' as const, id: message.id, ok: false as const, reason });
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const params: EditCellParams = { uri: server.code2ProtocolConverter.asUri(document.uri), cell: message.cell, input: message.input };
    const result = await server.sendRequest<EditCellResult | null>(EDIT_CELL_REQUEST, params);
    if (!result) return refused(l10n.t('The language server could not read this report.'));
    if (!result.ok) return refused(result.reason);
    if (result.version !== document.version) continue; // answered for another version: ask again
    if (result.edit) {
      const { start, end } = result.edit.range;
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(start.line, start.character, end.line, end.character), result.edit.newText);
      if (!(await vscode.workspace.applyEdit(edit))) return refused(l10n.t('The editor did not accept the change.'));
    }
    return { type: 'edited', id: message.id, ok: true, version: document.version, text: result.text };
  }
  return refused(l10n.t('The report kept changing; the figure was not written. Please try again.'));
}

/** "Convert to a standard table" / "Insert the table" under a read-only table. */
export async function tableAction(document: vscode.TextDocument, action: 'convert' | 'insert', line: number, column: vscode.ViewColumn): Promise<void> {
  // In the editor, so that the user sees what changes.
  await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
  if (action === 'convert') {
    await vscode.commands.executeCommand('govreport.convertTables');
    return;
  }
  const at = new vscode.Range(line, 0, line, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, at, vscode.CodeActionKind.QuickFix.value);
  const insert = actions?.find((a) => a.isPreferred && a.diagnostics?.some((d) => ruleOf(d) === 'table-missing'));
  if (insert?.edit) await vscode.workspace.applyEdit(insert.edit);
  else void vscode.window.showInformationMessage(l10n.t('Nothing to insert here.'));
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}
