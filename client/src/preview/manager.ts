import * as vscode from 'vscode';
import { l10n } from '../l10n';
import type { PreviewState } from './messages';
import { Preview, PREVIEW_VIEW_TYPE, webviewOptions, type PreviewServer, type PreviewStats } from './preview';

/** Command ids of the preview (contributed in package.json). */
export const PREVIEW_COMMANDS = {
  show: 'govreport.showPreview',
  showToSide: 'govreport.showPreviewToSide',
  toggleLock: 'govreport.preview.toggleLock',
  /** The title-bar buttons of the toggle: the icon shows what a click does. */
  lock: 'govreport.preview.lock',
  unlock: 'govreport.preview.unlock',
  showSource: 'govreport.preview.showSource',
} as const;

/** Context keys for the title-bar buttons: a govreport preview is the active panel; it is locked. */
const FOCUS_KEY = 'govreport.previewFocus';
const LOCKED_KEY = 'govreport.previewLocked';

const LANGUAGE_ID = 'govreport';

/**
 * Opens and keeps the preview panels, like VS Code's Markdown preview: `govreport.showPreview`
 * (Ctrl+Shift+V) in the editor's column, `govreport.showPreviewToSide` (Ctrl+K V, and the
 * editor-title button) beside it. A preview follows the active report editor unless it is
 * locked (title-bar button or `govreport.preview.toggleLock`); "Open Source" shows the report.
 * Asking for a report that a preview already shows reveals that panel.
 */
export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Set<Preview>();
  private readonly disposables: vscode.Disposable[] = [];
  /** The preview that was active last (the target of the lock and source commands when none is active now). */
  private lastActive?: Preview;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly server: PreviewServer,
    /** Resolves once the language server runs (previews wait for it, commands do not block). */
    private readonly serverReady: Promise<unknown>,
  ) {
    const command = (id: string, run: (...args: never[]) => unknown) => this.disposables.push(vscode.commands.registerCommand(id, run));
    command(PREVIEW_COMMANDS.show, (uri?: unknown) => this.show(uri, false));
    command(PREVIEW_COMMANDS.showToSide, (uri?: unknown) => this.show(uri, true));
    command(PREVIEW_COMMANDS.toggleLock, () => this.setLocked(undefined));
    command(PREVIEW_COMMANDS.lock, () => this.setLocked(true));
    command(PREVIEW_COMMANDS.unlock, () => this.setLocked(false));
    command(PREVIEW_COMMANDS.showSource, () => this.target()?.showSource());
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((document) => {
        for (const p of this.previews) if (p.document === document && p.locked) p.panel.dispose();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('govreport.language')) for (const p of this.previews) p.relocalize();
      }),
      // After a window reload, VS Code hands back the panels that were open: show their reports again.
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state: PreviewState | undefined) => this.restore(panel, state),
      }),
    );
  }

  /** Opens (or reveals) the preview of a report: the one given, or the active editor's. */
  async show(target?: unknown, toSide = false): Promise<Preview | undefined> {
    const document = await this.documentFor(target);
    if (!document) {
      void vscode.window.showInformationMessage(l10n.t('Open a govreport report first.'));
      return undefined;
    }
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const showing = [...this.previews].find((p) => p.document === document) ?? [...this.previews].find((p) => !p.locked);
    if (showing) {
      showing.showDocument(document);
      showing.panel.reveal(showing.panel.viewColumn ?? column, true);
      return showing;
    }
    await this.serverReady;
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, l10n.t('Preview {0}', ''), { viewColumn: column, preserveFocus: true }, webviewOptions(dist));
    return this.add(document, panel);
  }

  /** The open preview showing a document, if any (tests read its counters). */
  get(uri: vscode.Uri): Preview | undefined {
    return [...this.previews].find((p) => p.document.uri.toString() === uri.toString());
  }

  stats(uri: vscode.Uri): PreviewStats | undefined {
    return this.get(uri)?.counters;
  }

  /** Re-render every open preview (after a server restart or a settings change). */
  refreshAll(): void {
    for (const p of this.previews) p.refresh();
  }

  dispose(): void {
    for (const p of [...this.previews]) p.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private add(document: vscode.TextDocument, panel: vscode.WebviewPanel): Preview {
    const preview = new Preview(document, this.server, this.extensionUri, panel, () => {
      this.previews.delete(preview);
      if (this.lastActive === preview) this.lastActive = undefined;
      this.updateContext();
    });
    this.previews.add(preview);
    this.lastActive = preview;
    panel.onDidChangeViewState(() => {
      if (panel.active) this.lastActive = preview;
      this.updateContext();
    });
    this.updateContext();
    return preview;
  }

  private async restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    const uri = state?.documentUri ? vscode.Uri.parse(state.documentUri) : undefined;
    const document = uri ? await this.documentFor(uri).catch(() => undefined) : undefined;
    if (!document || this.get(document.uri)) {
      panel.dispose();
      return;
    }
    await this.serverReady;
    panel.webview.options = webviewOptions(vscode.Uri.joinPath(this.extensionUri, 'dist'));
    this.add(document, panel);
  }

  /** An unlocked preview moves to the report the user switched to. */
  private follow(editor: vscode.TextEditor | undefined): void {
    if (editor?.document.languageId !== LANGUAGE_ID) return;
    for (const p of this.previews) if (!p.locked) p.showDocument(editor.document);
  }

  /** Locks, unlocks (`locked` given) or toggles the active preview. */
  private setLocked(locked: boolean | undefined): void {
    const preview = this.target();
    if (!preview) return;
    preview.locked = locked ?? !preview.locked;
    // Unlocked again: it follows the active report editor from now on.
    if (!preview.locked) this.follow(vscode.window.activeTextEditor);
    this.updateContext();
  }

  private target(): Preview | undefined {
    return [...this.previews].find((p) => p.panel.active) ?? this.lastActive;
  }

  private updateContext(): void {
    const active = [...this.previews].find((p) => p.panel.active);
    void vscode.commands.executeCommand('setContext', FOCUS_KEY, active !== undefined);
    void vscode.commands.executeCommand('setContext', LOCKED_KEY, active?.locked === true);
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
