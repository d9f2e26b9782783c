import * as vscode from 'vscode';
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from '../../../server/src/lsp/preview-protocol';
import type { FromWebview, ToWebview } from './messages';
import { makeNonce, previewPage } from './page';
import { UpdateScheduler } from './scheduler';

/** The part of the language client the preview uses (a LanguageClient satisfies it; tests can fake it). */
export interface PreviewServer {
  sendRequest<R>(method: string, params: PreviewParams): Promise<R>;
  readonly code2ProtocolConverter: { asUri(uri: vscode.Uri): string };
}

/** Counters the integration tests read: a full reload after the first load is a flicker. */
export interface PreviewStats {
  /** Times the webview page was loaded (1 when all updates were patched in). */
  readonly loads: number;
  /** Updates posted to the webview. */
  readonly updates: number;
  /** Version of the document the webview last reported on screen. */
  readonly renderedVersion: number;
}

/** The view type of preview panels (also the key VS Code restores them by). */
export const PREVIEW_VIEW_TYPE = 'govreport.preview';

/** Scripts for the page's own nonce'd script only; resources only from the extension's dist folder. */
function webviewOptions(dist: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, enableFindWidget: true, retainContextWhenHidden: true, localResourceRoots: [dist] };
}

const THROTTLE_MS = 120;
/** Ignore the editor's scroll events this long after the preview scrolled it (no echo loop). */
const ECHO_MS = 200;

/** One preview panel, bound to one document. */
export class Preview implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private readonly scheduler: UpdateScheduler<PreviewResult>;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private pending?: ToWebview;
  private scrolledEditorAt = 0;
  private scrolledPreviewAt = 0;
  private stats = { loads: 0, updates: 0, renderedVersion: -1 };
  private readonly renderedListeners = new Set<(version: number) => void>();

  constructor(
    readonly document: vscode.TextDocument,
    private readonly server: PreviewServer,
    extensionUri: vscode.Uri,
    column: vscode.ViewColumn,
    lang: 'zh' | 'en',
    onDispose: () => void,
    /** A panel VS Code restored after a window reload, instead of a new one. */
    restored?: vscode.WebviewPanel,
  ) {
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    this.panel =
      restored ??
      vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Preview {0}', basename(document.uri)), { viewColumn: column, preserveFocus: true }, webviewOptions(dist));
    if (restored) restored.webview.options = webviewOptions(dist);
    const webview = this.panel.webview;
    webview.html = previewPage({
      documentUri: document.uri.toString(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'preview.js')).toString(),
      nonce: makeNonce(),
      lang,
      labels: {
        errors: vscode.l10n.t('errors'),
        warnings: vscode.l10n.t('warnings'),
        clean: vscode.l10n.t('No problems: ready to publish.'),
        loading: vscode.l10n.t('Loading preview…'),
      },
    });
    this.scheduler = new UpdateScheduler<PreviewResult>(
      () => this.server.sendRequest<PreviewResult | null>(PREVIEW_REQUEST, { uri: this.server.code2ProtocolConverter.asUri(document.uri), version: document.version, lang }),
      (result) => this.post({ type: 'update', version: result.version, html: result.html, counts: result.counts }),
      THROTTLE_MS,
    );
    this.disposables.push(
      webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === document && e.contentChanges.length > 0) this.scheduler.request();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.editorScrolled(e)),
      this.panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
    );
    this.scheduler.request();
  }

  get counters(): PreviewStats {
    return { ...this.stats };
  }

  /** Resolves when the webview shows `version` (or a later one). */
  whenRendered(version: number): Promise<void> {
    if (this.stats.renderedVersion >= version) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = (shown: number) => {
        if (shown < version) return;
        this.renderedListeners.delete(listener);
        resolve();
      };
      this.renderedListeners.add(listener);
    });
  }

  /** Asks for a fresh render (e.g. after the server restarted or settings changed). */
  refresh(): void {
    this.scheduler.request();
  }

  dispose(): void {
    this.scheduler.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private post(message: ToWebview): void {
    if (message.type === 'update') this.stats.updates++;
    if (this.ready) void this.panel.webview.postMessage(message);
    else if (message.type === 'update') this.pending = message;
  }

  private receive(message: FromWebview): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.stats.loads++;
        if (this.pending) void this.panel.webview.postMessage(this.pending);
        this.pending = undefined;
        break;
      case 'rendered':
        this.stats.renderedVersion = Math.max(this.stats.renderedVersion, message.version);
        for (const listener of [...this.renderedListeners]) listener(message.version);
        break;
      case 'scrolled':
        this.previewScrolled(message.line);
        break;
      case 'reveal':
        void this.reveal(message.range);
        break;
    }
  }

  private editorScrolled(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (e.textEditor.document !== this.document || e.visibleRanges.length === 0) return;
    if (Date.now() - this.scrolledPreviewAt < ECHO_MS) return;
    this.scrolledEditorAt = Date.now();
    void this.panel.webview.postMessage({ type: 'scrollToLine', line: e.visibleRanges[0].start.line } satisfies ToWebview);
  }

  private previewScrolled(line: number): void {
    if (Date.now() - this.scrolledEditorAt < ECHO_MS) return;
    const editor = this.sourceEditor();
    if (!editor) return;
    this.scrolledPreviewAt = Date.now();
    const target = Math.max(0, Math.min(this.document.lineCount - 1, Math.floor(line)));
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
  }

  /** A marked cell was clicked: show the source with the cell selected. */
  private async reveal([startLine, startChar, endLine, endChar]: readonly [number, number, number, number]): Promise<void> {
    const range = this.document.validateRange(new vscode.Range(startLine, startChar, endLine, endChar));
    const column = this.sourceEditor()?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: column, preserveFocus: false, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private sourceEditor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document === this.document);
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
