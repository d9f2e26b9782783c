import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../client/start';
import { l10n } from '../l10n';

/**
 * Switches the active Markdown file to the govreport language (source-format.md: any
 * Markdown file can be switched). Same effect as the status-bar language picker.
 */
export async function switchToGovreportCommand(editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor): Promise<vscode.TextDocument | undefined> {
  const document = editor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(l10n.t('Open a Markdown file first.'));
    return undefined;
  }
  if (document.languageId === LANGUAGE_ID) return document;
  return vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}
