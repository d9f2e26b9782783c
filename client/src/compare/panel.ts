import * as vscode from 'vscode';
import { COMPARE_WITH_LAST_YEAR, type CompareParams, type CompareResult } from '../../../server/src/lsp/yearly-protocol';
import { makeNonce } from '../webview-page';
import { UpdateScheduler } from '../preview/scheduler';
import type { CompareUpdate, FromCompareWebview } from './messages';
import { comparePage } from './page';
import { l10n } from '../l10n';
import { RenderWaiters } from '../rendered';

/** The part of the language client the comparison uses. */
export interface CompareServer {
  sendRequest<R>(method: string, params: CompareParams): Promise<R>;
  readonly code2ProtocolConverter: { asUri(uri: vscode.Uri): string };
}

export const COMPARE_VIEW_TYPE = 'govreport.compare';

type Shown = Extract<CompareResult, { ok: true }> & { readonly version: number };

/** Counters the integration tests read. */
export interface CompareStats {
  readonly loads: number;
  readonly rendered: number;
  readonly reveals: readonly { readonly side: 'last' | 'this'; readonly uri: string; readonly line: number }[];
}

/**
 * One comparison panel, bound to this year's report and last year's. It follows the theme (the
 * page maps its colours to VS Code's), updates when either report changes, and opens a figure,
 * label or paragraph in its report when it is clicked.
 */
export class ComparePanel implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private readonly scheduler: UpdateScheduler<Shown>;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private pending?: CompareUpdate;
  private sequence = 0;
  private lastUri: vscode.Uri;
  private readonly stats = { loads: 0, rendered: 0, reveals: [] as { side: 'last' | 'this'; uri: string; line: number }[] };
  private readonly waiters = new RenderWaiters();

  constructor(
    readonly document: vscode.TextDocument,
    private readonly server: CompareServer,
    extensionUri: vscode.Uri,
    first: Extract<CompareResult, { ok: true }>,
    /** Last year's report as the user chose it (else the one the checks use, looked up on every update). */
    private readonly chosenLast: vscode.Uri | undefined,
    onDispose: () => void,
    /** The panel VS Code handed back after a window reload (else a new one is opened beside). */
    restored?: vscode.WebviewPanel,
  ) {
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    this.lastUri = vscode.Uri.parse(first.lastUri);
    const options = { enableScripts: true, localResourceRoots: [dist] };
    this.panel = restored ?? vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, first.title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { ...options, enableFindWidget: true, retainContextWhenHidden: true });
    const webview = this.panel.webview;
    webview.options = options;
    webview.html = comparePage({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'compare.js')).toString(),
      nonce: makeNonce(),
      lang: vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en',
      loading: l10n.t('Loading comparison…'),
      state: { documentUri: document.uri.toString(), lastUri: chosenLast?.toString() },
    });
    this.scheduler = new UpdateScheduler<Shown>(() => this.fetch(), (shown) => this.show(shown), 200);
    this.disposables.push(
      webview.onDidReceiveMessage((message: FromCompareWebview) => this.receive(message)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const key = e.document.uri.toString();
        if (e.contentChanges.length > 0 && (key === this.document.uri.toString() || key === this.lastUri.toString())) this.scheduler.request();
      }),
      this.panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
    );
    this.show({ ...first, version: this.sequence++ });
  }

  get counters(): CompareStats {
    return { loads: this.stats.loads, rendered: this.stats.rendered, reveals: [...this.stats.reveals] };
  }

  /** Resolves once the webview shows the latest update posted. */
  whenRendered(): Promise<void> {
    return this.waiters.until(() => this.stats.rendered >= this.sequence);
  }

  refresh(): void {
    this.scheduler.request();
  }

  dispose(): void {
    this.scheduler.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private async fetch(): Promise<Shown | null> {
    const version = this.sequence++;
    const params: CompareParams = {
      uri: this.server.code2ProtocolConverter.asUri(this.document.uri),
      lastUri: this.chosenLast ? this.server.code2ProtocolConverter.asUri(this.chosenLast) : undefined,
    };
    const result = await this.server.sendRequest<CompareResult | null>(COMPARE_WITH_LAST_YEAR, params);
    return result?.ok ? { ...result, version } : null;
  }

  private show(shown: Shown): void {
    this.lastUri = vscode.Uri.parse(shown.lastUri);
    this.panel.title = shown.title;
    const message: CompareUpdate = { type: 'update', sequence: shown.version + 1, html: shown.html };
    if (this.ready) void this.panel.webview.postMessage(message);
    else this.pending = message;
  }

  private receive(message: FromCompareWebview): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.stats.loads++;
        if (this.pending) void this.panel.webview.postMessage(this.pending);
        this.pending = undefined;
        break;
      case 'rendered':
        this.stats.rendered = Math.max(this.stats.rendered, message.sequence);
        this.waiters.rendered();
        break;
      case 'reveal':
        void this.reveal(message.side, message.range);
        break;
    }
  }

  /** Opens the figure, label or paragraph in its report, selected, in the editor column beside the panel. */
  async reveal(side: 'last' | 'this', [startLine, startChar, endLine, endChar]: readonly [number, number, number, number]): Promise<vscode.TextEditor> {
    const uri = side === 'last' ? this.lastUri : this.document.uri;
    const document = side === 'this' ? this.document : await vscode.workspace.openTextDocument(uri);
    const range = document.validateRange(new vscode.Range(startLine, startChar, endLine, endChar));
    const column = vscode.window.visibleTextEditors.find((e) => e.document === this.document)?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.stats.reveals.push({ side, uri: uri.toString(), line: startLine });
    return editor;
  }
}
