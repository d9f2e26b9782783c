import * as vscode from 'vscode';
import { EXPORT_REQUEST, type ExportParams, type ExportResult } from '../../../server/src/lsp/preview-protocol';
import { exportFollowUps, type FollowUp } from './export-follow-ups';
import { l10n } from '../l10n';

/** Command ids of the exports (contributed in package.json). */
export const EXPORT_COMMANDS = {
  html: 'govreport.exportHtml',
  docx: 'govreport.exportDocx',
} as const;

export interface ExportServer {
  sendRequest<R>(method: string, params: ExportParams): Promise<R>;
  readonly code2ProtocolConverter: { asUri(uri: vscode.Uri): string };
}

/**
 * "Export as Word document" / "Export as web page": the server builds the file from the
 * report's current state; a report that still has errors is exported only after the user
 * confirms (Enter cancels). Afterwards the user is offered what works where the window runs
 * (export-follow-ups.ts). Returns the file written, if any.
 */
export async function exportCommand(server: ExportServer, format: 'html' | 'docx', target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'govreport') {
    void vscode.window.showInformationMessage(l10n.t('Open a govreport report first.'));
    return undefined;
  }
  const result = await server.sendRequest<ExportResult | null>(EXPORT_REQUEST, { uri: server.code2ProtocolConverter.asUri(document.uri), format });
  if (!result) return undefined;
  if (result.counts.errors > 0 && !(await confirmDespiteErrors(result.counts.errors))) return undefined;
  const extension = format === 'docx' ? '.docx' : '.html';
  const base = document.uri.path.replace(/(\.govreport)?\.md$/i, '');
  const defaultUri = document.uri.with({ path: base + extension });
  const uri = await vscode.window.showSaveDialog({
    defaultUri,
    filters: format === 'docx' ? { [l10n.t('Word document')]: ['docx'] } : { [l10n.t('Web page')]: ['html', 'htm'] },
  });
  if (!uri) return undefined;
  const bytes = result.encoding === 'base64' ? Buffer.from(result.data, 'base64') : Buffer.from(result.data, 'utf8');
  await vscode.workspace.fs.writeFile(uri, bytes);
  void offerFollowUps(uri);
  return uri;
}

/**
 * Asks before exporting a report with errors, as a quick pick whose first (and active) item is
 * Cancel: Enter or Escape export nothing, "Export anyway" has to be chosen. (A modal message
 * would make "Export anyway" its default button: VS Code's dialogs focus their first action.)
 */
async function confirmDespiteErrors(errors: number): Promise<boolean> {
  const cancel: vscode.QuickPickItem = { label: `$(close) ${l10n.t('Cancel')}`, detail: l10n.t('Go back to the report; nothing is exported.') };
  const anyway: vscode.QuickPickItem = { label: `$(warning) ${l10n.t('Export anyway')}`, detail: l10n.t('The exported file is the document to publish; the errors are not marked in it.') };
  const choice = await vscode.window.showQuickPick([cancel, anyway], {
    title: l10n.plural(errors, 'The report still has {0} error. Export it anyway?', 'The report still has {0} errors. Export it anyway?'),
    ignoreFocusOut: true,
  });
  return choice === anyway;
}

const FOLLOW_UP_LABELS: Record<FollowUp, () => string> = {
  open: () => l10n.t('Open'),
  revealInOS: () => l10n.t('Show in Folder'),
  revealInExplorer: () => l10n.t('Reveal in Explorer'),
  download: () => l10n.t('Download'),
};

/** The "exported" notice, with the actions that work in this window; resolves to the one chosen. */
async function offerFollowUps(uri: vscode.Uri): Promise<FollowUp | undefined> {
  const offered = exportFollowUps({
    web: vscode.env.uiKind === vscode.UIKind.Web,
    remoteName: vscode.env.remoteName,
    inWorkspace: vscode.workspace.getWorkspaceFolder(uri) !== undefined,
  });
  const labels = offered.map((f) => FOLLOW_UP_LABELS[f]());
  const where = vscode.workspace.asRelativePath(uri, true);
  const choice = await vscode.window.showInformationMessage(l10n.t('Exported {0}', where), ...labels);
  const chosen = offered[labels.indexOf(choice ?? '')];
  if (chosen === 'open') await vscode.env.openExternal(uri);
  if (chosen === 'revealInOS') await vscode.commands.executeCommand('revealFileInOS', uri);
  if (chosen === 'revealInExplorer' || chosen === 'download') await vscode.commands.executeCommand('revealInExplorer', uri);
  // The Explorer's download acts on its selection, which revealing just set to the file.
  if (chosen === 'download') await vscode.commands.executeCommand('explorer.download');
  return chosen;
}
