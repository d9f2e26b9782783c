import * as vscode from 'vscode';

/**
 * Replaces `document`'s text with `newText` by one edit covering only the lines that differ,
 * so the cursor, folding and scroll position outside the changed part stay where they were.
 */
export function minimalReplace(document: vscode.TextDocument, newText: string): vscode.WorkspaceEdit {
  const oldText = document.getText();
  let start = 0;
  const shorter = Math.min(oldText.length, newText.length);
  while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(oldEnd)), newText.slice(start, newEnd));
  return edit;
}
