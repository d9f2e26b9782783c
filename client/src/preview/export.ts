import * as vscode from 'vscode';
import { EXPORT_REQUEST, type ExportParams, type ExportResult } from '../../../server/src/lsp/preview-protocol';

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
 * confirms. Returns the file written, if any.
 */
export async function exportCommand(server: ExportServer, format: 'html' | 'docx', target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'govreport') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a govreport report first.'));
    return undefined;
  }
  const result = await server.sendRequest<ExportResult | null>(EXPORT_REQUEST, { uri: server.code2ProtocolConverter.asUri(document.uri), format });
  if (!result) return undefined;
  if (result.counts.errors > 0) {
    const anyway = vscode.l10n.t('Export anyway');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('The report still has {0} error(s). Export it anyway?', result.counts.errors),
      { modal: true, detail: vscode.l10n.t('The exported file is the document to publish; the errors are not marked in it.') },
      anyway,
    );
    if (choice !== anyway) return undefined;
  }
  const extension = format === 'docx' ? '.docx' : '.html';
  const base = document.uri.path.replace(/(\.govreport)?\.md$/i, '');
  const defaultUri = document.uri.with({ path: base + extension });
  const uri = await vscode.window.showSaveDialog({
    defaultUri,
    filters: format === 'docx' ? { [vscode.l10n.t('Word document')]: ['docx'] } : { [vscode.l10n.t('Web page')]: ['html', 'htm'] },
  });
  if (!uri) return undefined;
  const bytes = result.encoding === 'base64' ? Buffer.from(result.data, 'base64') : Buffer.from(result.data, 'utf8');
  await vscode.workspace.fs.writeFile(uri, bytes);
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', uri.fsPath), open).then((c) => {
    if (c === open) void vscode.env.openExternal(uri);
  });
  return uri;
}
