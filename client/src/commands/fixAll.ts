import * as vscode from 'vscode';
import { isFixAllSummary, type FixAllSummary } from '../../../server/src/engine/language/fix-all-summary';
import { LANGUAGE_ID } from '../client/start';
import { l10n } from '../l10n';

/** The server's fix-all code action kind (also usable in `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(LANGUAGE_ID);

/** How many code actions VS Code may resolve (fetch edits for) in one request. */
const RESOLVE_COUNT = 10;

/**
 * "Fix all": asks the server for its `source.fixAll.govreport` action and applies it. Going
 * through the code-action provider (not a private request) keeps one implementation of
 * fix-all — the one `editor.codeActionsOnSave` also uses. The action's command (run by the
 * server) tells the user what was fixed, by rule. Returns that summary, or undefined when
 * nothing changed.
 */
export async function fixAllCommand(editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor): Promise<FixAllSummary | undefined> {
  const document = editor?.document;
  if (!document || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(l10n.t('Open a govreport report first.'));
    return undefined;
  }
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      FIX_ALL_KIND.value,
      RESOLVE_COUNT,
    )) ?? [];
  const action = actions.find((a): a is vscode.CodeAction => isCodeAction(a) && a.kind !== undefined && FIX_ALL_KIND.contains(a.kind));
  if (!action || (!action.edit && !action.command)) {
    void vscode.window.showInformationMessage(l10n.t('Nothing to fix automatically.'));
    return undefined;
  }
  if (action.edit && action.edit.size > 0 && !(await vscode.workspace.applyEdit(action.edit))) return undefined;
  const summary = action.command?.arguments?.[0];
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return isFixAllSummary(summary) ? summary : undefined;
}

function isCodeAction(item: vscode.CodeAction | vscode.Command): item is vscode.CodeAction {
  // A Command's `command` is a string; a CodeAction's is absent or a Command object.
  return typeof (item as vscode.Command).command !== 'string';
}
