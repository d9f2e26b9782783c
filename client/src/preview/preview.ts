import * as vscode from 'vscode';
import { PREVIEW_REQUEST, type EditCellParams, type LspRange, type PreviewParams, type PreviewResult } from '../../../server/src/lsp/preview-protocol';
import { l10n, uiLanguage } from '../l10n';
import { editCell, tableAction, type GridServer } from './grid-host';
import { previewLabels } from './labels';
import type { FromWebview, Range4, ToWebview } from './messages';
import { makeNonce } from '../webview-page';
import { previewPage } from './page';
import { UpdateScheduler } from './scheduler';
import { RenderWaiters } from '../rendered';

/** The part of the language client the preview uses (a LanguageClient satisfies it). */
export interface PreviewServer extends GridServer {
  sendRequest<R>(method: string, params: PreviewParams | EditCellParams): Promise<R>;
}

/** Counters the integration tests read: a full reload after the first load is a flicker. */
export interface PreviewStats {
  /** Times the webview page was loaded (1 when all updates were patched in). */
  readonly loads: number;
  /** Updates posted to the webview. */
  readonly updates: number;
  /** Version of the document the webview last reported on screen. */
  readonly renderedVersion: number;
  /** Figures the grid wrote into the source. */
  readonly cellEdits: number;
}

/** The view type of preview panels (also the key VS Code restores them by). */
export const PREVIEW_VIEW_TYPE = 'govreport.preview';

/** Scripts for the page's own nonce'd script only; resources only from the extension's dist folder. */
export function webviewOptions(dist: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, enableFindWidget: true, retainContextWhenHidden: true, localResourceRoots: [dist] };
}

const THROTTLE_MS = 120;
/** Ignore the editor's scroll events this long after the preview scrolled it (no echo loop). */
const ECHO_MS = 200;

/**
 * One preview panel. It shows one report at a time: the manager moves an unlocked preview to
 * the report of the active editor (as VS Code's Markdown preview does); a locked one stays.
 */
export class Preview implements vscode.Disposable {
  private scheduler: UpdateScheduler<PreviewResult>;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private pending?: ToWebview;
  private scrolledEditorAt = 0;
  private scrolledPreviewAt = 0;
  private stats = { loads: 0, updates: 0, renderedVersion: -1, cellEdits: 0 };
  private readonly waiters = new RenderWaiters();
  private lockedState = false;

  constructor(
    private documentState: vscode.TextDocument,
    private readonly server: PreviewServer,
    private readonly extensionUri: vscode.Uri,
    readonly panel: vscode.WebviewPanel,
    onDispose: () => void,
  ) {
    this.setPage();
    this.scheduler = this.schedulerFor(documentState);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length > 0) this.scheduler.request();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.editorScrolled(e)),
      panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
    );
    this.updateTitle();
    this.scheduler.request();
  }

  get document(): vscode.TextDocument {
    return this.documentState;
  }

  get locked(): boolean {
    return this.lockedState;
  }

  set locked(value: boolean) {
    this.lockedState = value;
    this.updateTitle();
  }

  get counters(): PreviewStats {
    return { ...this.stats };
  }

  /** Shows another report in this panel (an unlocked preview follows the active editor). */
  showDocument(document: vscode.TextDocument): void {
    if (document === this.documentState) return;
    this.documentState = document;
    this.scheduler.dispose();
    this.scheduler = this.schedulerFor(document);
    this.stats.renderedVersion = -1;
    this.updateTitle();
    this.scheduler.request();
  }

  /** Resolves when the webview shows `version` (or a later one) of the current document. */
  whenRendered(version: number): Promise<void> {
    return this.waiters.until(() => this.stats.renderedVersion >= version);
  }

  /** Asks for a fresh render (after the server restarted or settings changed). */
  refresh(): void {
    this.scheduler.request();
  }

  /** The UI language changed: the page is set again with its labels (one reload), then re-rendered. */
  relocalize(): void {
    this.ready = false;
    this.setPage();
    this.updateTitle();
    this.scheduler.shownVersion = -1;
    this.scheduler.request();
  }

  /** Opens the source of the report beside the preview ("Open Source"). */
  async showSource(range?: vscode.Range): Promise<vscode.TextEditor> {
    const existing = this.sourceEditor();
    const column = existing?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: column, preserveFocus: false, selection: range });
    if (range) editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  dispose(): void {
    this.scheduler.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private setPage(): void {
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const webview = this.panel.webview;
    webview.html = previewPage({
      documentUri: this.document.uri.toString(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'preview.js')).toString(),
      nonce: makeNonce(),
      labels: previewLabels(),
    });
  }

  private schedulerFor(document: vscode.TextDocument): UpdateScheduler<PreviewResult> {
    const uri = this.server.code2ProtocolConverter.asUri(document.uri);
    return new UpdateScheduler<PreviewResult>(
      () => this.server.sendRequest<PreviewResult | null>(PREVIEW_REQUEST, { uri, version: document.version, lang: uiLanguage() }),
      (result) => {
        if (document !== this.document) return;
        const first = { error: range4(result.first?.error), warning: range4(result.first?.warning) };
        this.post({ type: 'update', documentUri: document.uri.toString(), version: result.version, html: result.html, counts: result.counts, first });
      },
      THROTTLE_MS,
    );
  }

  private updateTitle(): void {
    const name = basename(this.document.uri);
    this.panel.title = this.locked ? l10n.t('[Preview] {0}', name) : l10n.t('Preview {0}', name);
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
        if (message.documentUri !== this.document.uri.toString()) break; // the report shown before
        this.stats.renderedVersion = Math.max(this.stats.renderedVersion, message.version);
        this.waiters.rendered();
        break;
      case 'scrolled':
        this.previewScrolled(message.line);
        break;
      case 'reveal':
        void this.showSource(this.document.validateRange(new vscode.Range(...message.range)));
        break;
      case 'editCell':
        void editCell(this.server, this.document, message).then((answer) => {
          if (answer.ok) this.stats.cellEdits++;
          void this.panel.webview.postMessage(answer);
        });
        break;
      case 'tableAction':
        void tableAction(this.document, message.action, message.line, this.sourceEditor()?.viewColumn ?? vscode.ViewColumn.One);
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

  private sourceEditor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document === this.document);
  }
}

function range4(range: LspRange | undefined): Range4 | undefined {
  return range && [range.start.line, range.start.character, range.end.line, range.end.character];
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
