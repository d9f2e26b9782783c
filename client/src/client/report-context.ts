import * as vscode from 'vscode';
import { LANGUAGE_ID } from './start';

/** Context key set once a report has been open in this window (the walkthrough's first step completes on it). */
export const REPORT_OPENED_CONTEXT = 'govreport.reportOpened';

/**
 * Sets REPORT_OPENED_CONTEXT when a govreport document is (or already was) open. VS Code 1.96
 * does not know `onLanguage:` as a walkthrough completion event; `onContext:` it does.
 */
export function trackReportOpened(): vscode.Disposable {
  let set = false;
  const check = (document: vscode.TextDocument) => {
    if (set || document.languageId !== LANGUAGE_ID) return;
    set = true;
    void vscode.commands.executeCommand('setContext', REPORT_OPENED_CONTEXT, true);
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.workspace.onDidOpenTextDocument(check);
}
