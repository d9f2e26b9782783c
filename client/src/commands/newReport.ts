import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NEW_REPORT_TEMPLATE, type NewReportTemplateParams, type NewReportTemplateResult } from '../../../server/src/lsp/document-requests-protocol';
import { LANGUAGE_ID } from '../client/start';

export interface NewReportInput {
  readonly agency?: string;
  readonly year?: number;
}

/**
 * "New report from template": the canonical empty report (front matter, six official
 * headings, empty statutory tables), written by the server from the format data, opened
 * as an untitled govreport document. `input` skips the prompts (tests, walkthrough links).
 */
export async function newReportCommand(client: LanguageClient, input?: NewReportInput): Promise<vscode.TextEditor | undefined> {
  const lastYear = new Date().getFullYear() - 1;
  let agency = input?.agency;
  let year = input?.year;
  if (!input) {
    agency = await vscode.window.showInputBox({
      title: vscode.l10n.t('New annual report'),
      prompt: vscode.l10n.t('Name of the reporting body (may be left empty)'),
      placeHolder: vscode.l10n.t('e.g. 孝义市人民政府'),
      ignoreFocusOut: true,
    });
    if (agency === undefined) return undefined;
    const yearText = await vscode.window.showInputBox({
      title: vscode.l10n.t('New annual report'),
      prompt: vscode.l10n.t('Reporting year'),
      value: String(lastYear),
      ignoreFocusOut: true,
      validateInput: (value) => (isReportYear(value) ? undefined : vscode.l10n.t('Enter a year such as {0}', lastYear)),
    });
    if (yearText === undefined) return undefined;
    year = Number(yearText.trim());
  }
  const eol = vscode.workspace.getConfiguration('files').get<string>('eol') === '\r\n' ? '\r\n' : '\n';
  const params: NewReportTemplateParams = { year: year ?? lastYear, agency: agency || undefined, eol };
  const { text } = await client.sendRequest<NewReportTemplateResult>(NEW_REPORT_TEMPLATE, params);
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text });
  return vscode.window.showTextDocument(document);
}

/** The years the front-matter schema accepts (the 条例 reports began in 2008). */
function isReportYear(value: string): boolean {
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 2008 && n <= 2100;
}
