import * as vscode from 'vscode';
import { NEXT_YEAR_DRAFT, type NextYearDraftParams, type NextYearDraftResult } from '../../../server/src/lsp/yearly-protocol';
import { LANGUAGE_ID } from '../client/start';
import { l10n } from '../l10n';

/** The part of the language client the command uses. */
export interface DraftServer {
  sendRequest<R>(method: string, params: NextYearDraftParams): Promise<R>;
  readonly code2ProtocolConverter: { asUri(uri: vscode.Uri): string };
}

/** Tests and links skip the dialogs: last year's report and where the draft goes. */
export interface NewFromLastYearInput {
  readonly last: vscode.Uri;
  readonly target: vscode.Uri;
}

/**
 * "New Report from Last Year's…": next year's draft (the server's engine writes it), saved beside
 * last year's report under last year's name with the year moved on, and opened. Saved, not
 * untitled: its front matter's previous: points at last year's file, so the copied-text
 * diagnostics — the list of paragraphs still to rewrite — appear as soon as it opens.
 */
export async function newFromLastYearCommand(server: DraftServer, arg?: unknown, input?: NewFromLastYearInput): Promise<vscode.TextEditor | undefined> {
  const last = input?.last ?? (await lastYearsReport(arg));
  if (!last) return undefined;
  const target = input?.target ?? (await vscode.window.showSaveDialog({ defaultUri: nextName(last), saveLabel: l10n.t('Create Draft'), filters: { Markdown: ['md'] } }));
  if (!target) return undefined;
  const result = await server.sendRequest<NextYearDraftResult>(NEXT_YEAR_DRAFT, {
    lastUri: server.code2ProtocolConverter.asUri(last),
    targetUri: server.code2ProtocolConverter.asUri(target),
  });
  if (!result.ok) {
    void vscode.window.showErrorMessage(l10n.t('Cannot make a draft from {0}: {1}', basename(last), result.reason));
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  const document = await vscode.workspace.openTextDocument(target);
  if (document.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(document);
  void vscode.window.showInformationMessage(
    l10n.t(
      'Draft for {0}: {1} figures carried over from last year; {2} paragraphs are still last year’s text (marked in the Problems panel).',
      result.year,
      result.carried,
      result.review,
    ),
  );
  return editor;
}

/** The report given (explorer menu), the active report if saved, or one the user picks. */
async function lastYearsReport(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === LANGUAGE_ID && !active.isUntitled) return active.uri;
  const picked = await vscode.window.showOpenDialog({
    title: l10n.t('Last year’s report'),
    openLabel: l10n.t('Make Next Year’s Draft'),
    canSelectMany: false,
    filters: { Markdown: ['md', 'markdown'] },
  });
  return picked?.[0];
}

/** 孝义市2024年…年度报告.md → 孝义市2025年…年度报告.md beside it; without a year in the name, …-next. */
export function nextName(last: vscode.Uri): vscode.Uri {
  const name = basename(last);
  const moved = name.replace(/(?<!\d)(20\d\d)(?!\d)/, (y) => String(Number(y) + 1));
  const next = moved !== name ? moved : name.replace(/(\.govreport)?\.md$/i, (ext) => `-next${ext}`);
  return vscode.Uri.joinPath(last, '..', next);
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
