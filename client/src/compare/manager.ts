import * as vscode from 'vscode';
import { COMPARE_WITH_LAST_YEAR, type CompareResult } from '../../../server/src/lsp/yearly-protocol';
import { LANGUAGE_ID } from '../client/start';
import type { CompareState } from './messages';
import { COMPARE_VIEW_TYPE, ComparePanel, type CompareServer } from './panel';
import { l10n } from '../l10n';

/**
 * "Compare with Last Year": one comparison panel per report. Last year's report is the one the
 * cross-year checks use (front matter previous:, or the same body's report of the year before
 * in the workspace); when there is none, the user is offered to pick it.
 */
export class ComparePanels implements vscode.Disposable {
  private readonly panels = new Map<string, ComparePanel>();
  private readonly serializer: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly server: CompareServer,
    private readonly serverReady: Promise<unknown>,
  ) {
    // After a window reload, VS Code hands back the comparisons that were open: show them again.
    this.serializer = vscode.window.registerWebviewPanelSerializer(COMPARE_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: CompareState | undefined) => this.restore(panel, state).then(() => undefined),
    });
  }

  /** Opens (or reveals and refreshes) the comparison of a report: the one given, or the active editor's. */
  async show(target?: unknown, chosenLast?: vscode.Uri): Promise<ComparePanel | undefined> {
    const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
      void vscode.window.showInformationMessage(l10n.t('Open a govreport report first.'));
      return undefined;
    }
    await this.serverReady;
    let last = chosenLast;
    let result = await this.request(document, last);
    if (result && !result.ok && result.noLastYear) {
      const choose = l10n.t('Choose Last Year’s Report…');
      if ((await vscode.window.showWarningMessage(result.reason, choose)) !== choose) return undefined;
      last = (await vscode.window.showOpenDialog({ title: l10n.t('Last year’s report'), canSelectMany: false, filters: { Markdown: ['md', 'markdown'] } }))?.[0];
      if (!last) return undefined;
      result = await this.request(document, last);
    }
    if (!result?.ok) {
      if (result) void vscode.window.showErrorMessage(result.reason);
      return undefined;
    }
    const key = document.uri.toString();
    const existing = this.panels.get(key);
    if (existing && !last) {
      existing.panel.reveal(undefined, false);
      existing.refresh();
      return existing;
    }
    existing?.panel.dispose();
    return this.add(document, result, last);
  }

  /**
   * Shows the comparison in a panel VS Code restored (what the webview kept in its state); a
   * report gone or without last year's now closes the panel rather than show something stale.
   */
  async restore(panel: vscode.WebviewPanel, state: CompareState | undefined): Promise<ComparePanel | undefined> {
    const uri = state?.documentUri ? vscode.Uri.parse(state.documentUri) : undefined;
    const last = state?.lastUri ? vscode.Uri.parse(state.lastUri) : undefined;
    const document = uri ? await Promise.resolve(vscode.workspace.openTextDocument(uri)).catch(() => undefined) : undefined;
    await this.serverReady;
    const result = document?.languageId === LANGUAGE_ID && !this.panels.has(document.uri.toString()) ? await this.request(document, last).catch(() => null) : null;
    if (!document || !result?.ok) {
      panel.dispose();
      return undefined;
    }
    return this.add(document, result, last, panel);
  }

  /** The open comparison of a report, if any (tests read its counters). */
  get(uri: vscode.Uri): ComparePanel | undefined {
    return this.panels.get(uri.toString());
  }

  /** Re-render every open comparison (after a server restart or a settings change). */
  refreshAll(): void {
    for (const p of this.panels.values()) p.refresh();
  }

  dispose(): void {
    for (const p of [...this.panels.values()]) p.panel.dispose();
    this.serializer.dispose();
  }

  private add(document: vscode.TextDocument, result: Extract<CompareResult, { ok: true }>, last: vscode.Uri | undefined, restored?: vscode.WebviewPanel): ComparePanel {
    const key = document.uri.toString();
    const panel = new ComparePanel(document, this.server, this.extensionUri, result, last, () => this.panels.get(key) === panel && this.panels.delete(key), restored);
    this.panels.set(key, panel);
    return panel;
  }

  private request(document: vscode.TextDocument, last: vscode.Uri | undefined): Promise<CompareResult | null> {
    return this.server.sendRequest<CompareResult | null>(COMPARE_WITH_LAST_YEAR, {
      uri: this.server.code2ProtocolConverter.asUri(document.uri),
      lastUri: last ? this.server.code2ProtocolConverter.asUri(last) : undefined,
    });
  }
}
