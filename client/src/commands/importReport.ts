import * as vscode from 'vscode';
import { l10n } from '../l10n';
import { IMPORT_DOCUMENT, type ImportDocumentParams, type ImportDocumentResult } from '../../../server/src/lsp/import-protocol';
import { LANGUAGE_ID } from '../client/start';

/** The part of the language client the command uses. */
export interface ImportServer {
  sendRequest<R>(method: string, params: ImportDocumentParams): Promise<R>;
}

/** Files the importers read (the explorer menu's `when` clause says the same in package.json). */
export const IMPORTABLE = /\.(docx|html?|pdf)$/i;
/** As `govreport import`: nothing near this size is a report. */
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * "Import Report (Word, Web Page, PDF)…": the file (from the explorer's menu, a drop, or picked)
 * is imported by the language server — the importers load there, on the first import — and the
 * canonical report is saved beside it as 「<agency><year>年政府信息公开工作年度报告.govreport.md」,
 * or where the user says when that name is taken, then opened with its diagnostics.
 */
export async function importReportCommand(server: ImportServer, arg?: unknown, target?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const source = arg instanceof vscode.Uri ? arg : await pickSource();
  if (!source) return undefined;
  const name = basename(source);
  const size = (await vscode.workspace.fs.stat(source)).size;
  if (size > MAX_BYTES) {
    void vscode.window.showErrorMessage(l10n.t('Cannot import {0}: {1}', name, l10n.t('the file is over 20 MB; annual reports are well under 1 MB')));
    return undefined;
  }
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: l10n.t('Importing {0}…', name) }, async () => {
    const bytes = await vscode.workspace.fs.readFile(source);
    return server.sendRequest<ImportDocumentResult>(IMPORT_DOCUMENT, { name, data: Buffer.from(bytes).toString('base64') });
  });
  if (!result.ok) {
    void vscode.window.showErrorMessage(l10n.t('Cannot import {0}: {1}', name, result.reason));
    return undefined;
  }
  const destination = target ?? (await destinationFor(vscode.Uri.joinPath(source, '..', result.fileName)));
  if (!destination) return undefined;
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(result.text));
  const document = await vscode.workspace.openTextDocument(destination);
  if (document.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(document);
  const saved = basename(destination);
  void vscode.window.showInformationMessage(
    result.unreadable === 0
      ? l10n.t('Imported {0} as {1}.', name, saved)
      : l10n.plural(
          result.unreadable,
          'Imported {1} as {2}; {0} figure could not be read and is marked “?” — fill it in from the original.',
          'Imported {1} as {2}; {0} figures could not be read and are marked “?” — fill them in from the original.',
          name,
          saved,
        ),
  );
  return editor;
}

async function pickSource(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: l10n.t('Import Report (Word, Web Page, PDF)'),
    openLabel: l10n.t('Import'),
    canSelectMany: false,
    filters: { [l10n.t('Word documents, web pages and PDFs')]: ['docx', 'html', 'htm', 'pdf'] },
  });
  return picked?.[0];
}

/** The report's own name beside its source; when that file exists, the user picks (or confirms) the name. */
async function destinationFor(preferred: vscode.Uri): Promise<vscode.Uri | undefined> {
  const exists = await vscode.workspace.fs.stat(preferred).then(
    () => true,
    () => false,
  );
  if (!exists) return preferred;
  return vscode.window.showSaveDialog({ defaultUri: preferred, saveLabel: l10n.t('Save Imported Report'), filters: { Markdown: ['md'] } });
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
