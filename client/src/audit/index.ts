import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from '../commands/ids';
import { Dashboard } from './dashboard';
import { AuditExporter } from './export';
import { AuditSource } from './source';
import { REPORTS_VIEW, ReportsTree } from './tree';


/** What the integration tests (and other extensions) reach of the audit views. */
export interface AuditViews {
  readonly source: AuditSource;
  readonly tree: ReportsTree;
  readonly view: vscode.TreeView<unknown>;
  readonly dashboard: Dashboard;
  readonly exporter: AuditExporter;
}

/**
 * The audit of the workspace's reports (issue 8): the "Annual Reports" tree view in its own
 * view container, and the dashboard. Both show the language server's workspace audit.
 */
export function registerAudit(context: vscode.ExtensionContext, client: LanguageClient, started: Promise<unknown>): AuditViews {
  const lang = vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  let views: { view?: vscode.TreeView<unknown>; dashboard?: Dashboard } = {};
  const source = new AuditSource(client, started, lang, () => views.view?.visible === true || views.dashboard?.visible === true);
  const tree = new ReportsTree(source);
  const view = vscode.window.createTreeView(REPORTS_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  const exporter = new AuditExporter(client, lang);
  const dashboard = new Dashboard(context.extensionUri, source, exporter, lang);
  views = { view, dashboard };
  context.subscriptions.push(
    source,
    tree,
    view,
    dashboard,
    source.onDidChange(() => (view.message = tree.message())),
    view.onDidChangeVisibility((e) => e.visible && source.shown()),
    vscode.commands.registerCommand(COMMANDS.openAuditDashboard, () => dashboard.show()),
    vscode.commands.registerCommand(COMMANDS.refreshReports, () => source.refresh()),
  );
  return { source, tree, view, dashboard, exporter };
}
