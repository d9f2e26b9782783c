import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NEW_REPORT_TEMPLATE, type NewReportTemplateParams, type NewReportTemplateResult } from '../../../server/src/lsp/document-requests-protocol';
import { LANGUAGE_ID } from '../client/start';
import { reportFileName } from './report-name';
import { l10n } from '../l10n';

export interface NewReportInput {
  readonly agency?: string;
  readonly year?: number;
}

/**
 * "New report from template": the canonical empty report (front matter, six official
 * headings, empty statutory tables), written by the server from the format data, opened
 * as an untitled govreport document that already has its file name: saving it writes
 * `<agency><year>年政府信息公开工作年度报告.govreport.md` beside the active report, else in the
 * first workspace folder (report-name.ts). `input` skips the prompts (tests, walkthrough links).
 */
export async function newReportCommand(client: LanguageClient, input?: NewReportInput): Promise<vscode.TextEditor | undefined> {
  const lastYear = new Date().getFullYear() - 1;
  let agency = input?.agency;
  let year = input?.year;
  if (!input) {
    agency = await vscode.window.showInputBox({
      title: l10n.t('New annual report'),
      prompt: l10n.t('Name of the reporting body (may be left empty)'),
      placeHolder: l10n.t('e.g. 孝义市人民政府'),
      ignoreFocusOut: true,
    });
    if (agency === undefined) return undefined;
    const yearText = await vscode.window.showInputBox({
      title: l10n.t('New annual report'),
      prompt: l10n.t('Reporting year'),
      value: String(lastYear),
      ignoreFocusOut: true,
      validateInput: (value) => (isReportYear(value) ? undefined : l10n.t('Enter a year such as {0}', lastYear)),
    });
    if (yearText === undefined) return undefined;
    year = Number(yearText.trim());
  }
  const eol = vscode.workspace.getConfiguration('files').get<string>('eol') === '\r\n' ? '\r\n' : '\n';
  const params: NewReportTemplateParams = { year: year ?? lastYear, agency: agency || undefined, eol };
  const { text } = await client.sendRequest<NewReportTemplateResult>(NEW_REPORT_TEMPLATE, params);
  const document = await vscode.workspace.openTextDocument(await untitledReport(params.agency, params.year));
  const editor = await vscode.window.showTextDocument(document);
  if (document.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), text));
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

/**
 * An `untitled:` URI with a path: VS Code saves such a document straight to that path (and
 * Save As proposes it). The folder is the active report's, else the first workspace folder;
 * a name already taken on disk or by an open document gets a number.
 */
async function untitledReport(agency: string | undefined, year: number): Promise<vscode.Uri> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = active && active.scheme !== 'untitled' && vscode.workspace.getWorkspaceFolder(active) ? vscode.Uri.joinPath(active, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path));
  for (let copy = 1; ; copy++) {
    const name = reportFileName(agency, year, copy);
    if (!folder) {
      if (!open.has(name)) return vscode.Uri.from({ scheme: 'untitled', path: name });
      continue;
    }
    const file = vscode.Uri.joinPath(folder, name);
    if (open.has(file.path) || (await exists(file))) continue;
    return file.with({ scheme: 'untitled' });
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The years the front-matter schema accepts (the 条例 reports began in 2008). */
function isReportYear(value: string): boolean {
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 2008 && n <= 2100;
}
