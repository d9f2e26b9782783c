import * as vscode from 'vscode';
import type { AuditResult } from '../../../server/src/lsp/audit-protocol';
import { makeNonce } from '../webview-page';
import type { DashboardLabels, DashboardUpdate, FromDashboard } from './dashboard-messages';
import { dashboardPage } from './dashboard-page';
import type { AuditExporter } from './export';
import type { AuditSource } from './source';
import { l10n } from '../l10n';
import { RenderWaiters } from '../rendered';

export const DASHBOARD_VIEW_TYPE = 'govreport.dashboard';

/** What the webview last reported on screen (the integration tests read it). */
export interface DashboardStats {
  readonly loads: number;
  readonly rendered: number;
  readonly rows: number;
  readonly columns: readonly string[];
  readonly sort: string;
  readonly opened: readonly string[];
}

/**
 * The audit dashboard: one panel with the reports × rules table of the workspace, following the
 * theme. It shows the language server's workspace audit and follows it as reports change; a
 * row opens its report; the export buttons save what is shown as CSV or as a page.
 */
export class Dashboard implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private sequence = 0;
  private stats: DashboardStats = { loads: 0, rendered: -1, rows: 0, columns: [], sort: '', opened: [] };
  private readonly waiters = new RenderWaiters();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly source: AuditSource,
    private readonly exporter: AuditExporter,
    private readonly lang: 'zh' | 'en',
  ) {
    this.disposables.push(source.onDidChange((audit) => this.post(audit)));
  }

  get visible(): boolean {
    return this.panel?.visible === true;
  }

  get counters(): DashboardStats {
    return { ...this.stats };
  }

  /** Resolves once the webview has rendered the latest audit posted to it. */
  whenRendered(): Promise<void> {
    return this.waiters.until(() => this.stats.rendered >= 0 && this.stats.rendered >= this.sequence - 1);
  }

  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      return;
    }
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, l10n.t('Annual Report Audit'), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      retainContextWhenHidden: true,
      localResourceRoots: [dist],
    });
    this.panel = panel;
    this.ready = false;
    panel.webview.html = dashboardPage({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'dashboard.js')).toString(),
      nonce: makeNonce(),
      lang: this.lang,
      labels: labels(),
    });
    const subscriptions = [
      panel.webview.onDidReceiveMessage((message: FromDashboard) => this.receive(message)),
      panel.onDidChangeViewState(() => panel.visible && this.source.shown()),
      panel.onDidDispose(() => {
        for (const s of subscriptions) s.dispose();
        this.panel = undefined;
      }),
    ];
    await this.source.refresh();
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private latest?: AuditResult;

  private post(audit: AuditResult): void {
    this.latest = audit;
    if (!this.panel || !this.ready) return;
    const update: DashboardUpdate = { type: 'audit', sequence: this.sequence++, audit };
    void this.panel.webview.postMessage(update);
  }

  private receive(message: FromDashboard): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.stats = { ...this.stats, loads: this.stats.loads + 1 };
        if (this.latest) this.post(this.latest);
        break;
      case 'rendered':
        this.stats = { ...this.stats, rendered: message.sequence, rows: message.rows, columns: message.columns, sort: message.sort };
        this.waiters.rendered();
        break;
      case 'open':
        this.stats = { ...this.stats, opened: [...this.stats.opened, message.uri] };
        void vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { preview: false });
        break;
      case 'export':
        void this.exporter.save(message.format, message.uris);
        break;
    }
  }
}

function labels(): DashboardLabels {
  return {
    title: l10n.t('Annual Report Audit'),
    filter: l10n.t('Filter by body or file'),
    allYears: l10n.t('All years'),
    problemsOnly: l10n.t('Only reports with errors or warnings'),
    exportCsv: l10n.t('Export CSV'),
    exportHtml: l10n.t('Export HTML'),
    body: l10n.t('Body'),
    year: l10n.t('Year'),
    file: l10n.t('File'),
    errors: l10n.t('Errors'),
    warnings: l10n.t('Warnings'),
    publication: l10n.t('Publication'),
    chain: l10n.t('Carry-over'),
    // Placeholders filled in the webview.
    shown: l10n.t('{0} of {1} reports'),
    shownOfOne: l10n.t('{0} of {1} report'),
    none: l10n.t('No annual reports in this workspace.'),
    paused: l10n.t('Checking is paused: the reports are not listed until it is resumed.'),
    scanning: l10n.t('Reading the reports of the workspace…'),
    loading: l10n.t('Loading the audit…'),
    unknownBody: l10n.t('(body unknown)'),
  };
}
