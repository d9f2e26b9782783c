import * as vscode from 'vscode';
import { Preview, PREVIEW_VIEW_TYPE, type PreviewServer, type PreviewStats } from './preview';
import type { PreviewState } from './messages';

/** Command ids of the preview (contributed in package.json). */
export const PREVIEW_COMMANDS = {
  show: 'govreport.showPreview',
  showToSide: 'govreport.showPreviewToSide',
} as const;

const LANGUAGE_ID = 'govreport';

/**
 * Opens and keeps the preview panels, one per report, like VS Code's Markdown preview:
 * `govreport.showPreview` (Ctrl+Shift+V) in the editor's column, `govreport.showPreviewToSide`
 * (Ctrl+K V, and the editor-title button) beside it. Asking again for a report that already has
 * a preview reveals that panel instead of opening a second one.
 */
export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Map<string, Preview>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly server: PreviewServer,
    /** Resolves once the language server runs (previews wait for it, commands do not block). */
    private readonly serverReady: Promise<unknown>,
  ) {
    this.disposables.push(
      vscode.commands.registerCommand(PREVIEW_COMMANDS.show, (uri?: unknown) => this.show(uri, false)),
      vscode.commands.registerCommand(PREVIEW_COMMANDS.showToSide, (uri?: unknown) => this.show(uri, true)),
      vscode.workspace.onDidCloseTextDocument((document) => this.previews.get(document.uri.toString())?.panel.dispose()),
      // After a window reload, VS Code hands back the panels that were open: show their reports again.
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state: PreviewState | undefined) => this.restore(panel, state),
      }),
    );
  }

  private async restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    const uri = state?.documentUri ? vscode.Uri.parse(state.documentUri) : undefined;
    const document = uri ? await this.documentFor(uri).catch(() => undefined) : undefined;
    if (!document || this.previews.has(document.uri.toString())) {
      panel.dispose();
      return;
    }
    await this.serverReady;
    const key = document.uri.toString();
    const preview = new Preview(document, this.server, this.extensionUri, panel.viewColumn ?? vscode.ViewColumn.Beside, this.lang(), () => this.previews.delete(key), panel);
    this.previews.set(key, preview);
  }

  private lang(): 'zh' | 'en' {
    return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  }

  /** Opens (or reveals) the preview of a report: the one given, or the active editor's. */
  async show(target?: unknown, toSide = false): Promise<Preview | undefined> {
    const document = await this.documentFor(target);
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a govreport report first.'));
      return undefined;
    }
    const key = document.uri.toString();
    const existing = this.previews.get(key);
    const active = vscode.window.activeTextEditor;
    const column = toSide ? vscode.ViewColumn.Beside : (active?.viewColumn ?? vscode.ViewColumn.Active);
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn ?? column, true);
      return existing;
    }
    await this.serverReady;
    const preview = new Preview(document, this.server, this.extensionUri, column, this.lang(), () => this.previews.delete(key));
    this.previews.set(key, preview);
    return preview;
  }

  /** The open preview of a document, if any (tests read its counters). */
  get(uri: vscode.Uri): Preview | undefined {
    return this.previews.get(uri.toString());
  }

  stats(uri: vscode.Uri): PreviewStats | undefined {
    return this.get(uri)?.counters;
  }

  /** Re-render every open preview (after a server restart or a settings change). */
  refreshAll(): void {
    for (const p of this.previews.values()) p.refresh();
  }

  dispose(): void {
    for (const p of [...this.previews.values()]) p.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private async documentFor(target: unknown): Promise<vscode.TextDocument | undefined> {
    if (target instanceof vscode.Uri) {
      const document = await vscode.workspace.openTextDocument(target);
      return document.languageId === LANGUAGE_ID ? document : undefined;
    }
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === LANGUAGE_ID ? document : undefined;
  }
}
