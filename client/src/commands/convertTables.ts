import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CONVERT_DOCUMENT, type ConvertDocumentParams, type ConvertDocumentResult } from '../../../server/src/lsp/document-requests-protocol';
import { LANGUAGE_ID } from '../client/start';
import { minimalReplace } from './minimalEdit';
import { l10n } from '../l10n';

/**
 * "Convert pasted tables": every statutory table pasted from Word or a PDF becomes the
 * canonical pipe table, keeping every figure. The server (engine) does the conversion;
 * the edit is dropped if the user typed in the meantime, so nothing they wrote is lost. The
 * converted tables are left selected and scrolled into view. Returns the number of tables converted.
 */
export async function convertTablesCommand(client: LanguageClient, editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor): Promise<number> {
  const document = editor?.document;
  if (!document || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(l10n.t('Open a govreport report first.'));
    return 0;
  }
  const params: ConvertDocumentParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
  const result = await client.sendRequest<ConvertDocumentResult | null>(CONVERT_DOCUMENT, params);
  if (!result || result.tables === 0 || result.newText === undefined) {
    void vscode.window.showInformationMessage(l10n.t('No pasted tables to convert.'));
    return 0;
  }
  if (result.version !== document.version) {
    void vscode.window.showWarningMessage(l10n.t('The report changed while converting; nothing was changed. Please try again.'));
    return 0;
  }
  const applied = await vscode.workspace.applyEdit(minimalReplace(document, result.newText));
  if (!applied) return 0;
  if (editor && document.getText() === result.newText) selectConverted(editor, result.converted ?? []);
  void vscode.window.showInformationMessage(l10n.plural(result.tables, 'Converted {0} table to a standard table.', 'Converted {0} tables to standard tables.'));
  return result.tables;
}

/** Selects every converted table and scrolls to the first, so the user sees what changed. */
function selectConverted(editor: vscode.TextEditor, spans: readonly { readonly start: number; readonly end: number }[]): void {
  const { document } = editor;
  const selections = spans.map((s) => new vscode.Selection(document.positionAt(s.start), document.positionAt(s.end)));
  if (selections.length === 0) return;
  editor.selections = selections;
  editor.revealRange(selections[0], vscode.TextEditorRevealType.AtTop);
}
