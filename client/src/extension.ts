import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { trackReportOpened } from './client/report-context';
import { LANGUAGE_ID, startLanguageClient } from './client/start';
import { convertTablesCommand } from './commands/convertTables';
import { fixAllCommand } from './commands/fixAll';
import { ImportDropProvider } from './commands/importDrop';
import { importReportCommand } from './commands/importReport';
import { COMMANDS } from './commands/ids';
import { newFromLastYearCommand, type NewFromLastYearInput } from './commands/newFromLastYear';
import { newReportCommand, type NewReportInput } from './commands/newReport';
import { ComparePanels } from './compare/manager';
import { showRuleDocumentation } from './commands/ruleDocs';
import { switchToGovreportCommand } from './commands/switchLanguage';
import { toggleCheckingCommand } from './commands/toggleChecking';
import { LanguageStatus } from './status/languageStatus';
import { registerAudit, type AuditViews } from './audit';
import { EXPORT_COMMANDS, exportCommand } from './commands/export';
import { PreviewManager } from './preview/manager';
import { l10n } from './l10n';

/**
 * The VS Code client: thin by design. It starts the language server (which owns every bit
 * of report knowledge through the engine), registers a handful of commands that delegate to
 * the server, and hosts the preview. Activated only for govreport documents and workspaces
 * that contain reports (package.json activationEvents).
 */

/** What `activate` returns: used by the integration tests (and available to other extensions). */
export interface GovreportApi {
  /** Resolves once the language server is running (rejects if it could not start). */
  ready(): Promise<void>;
  /** The language client, for tests that speak to the server directly. */
  readonly client: LanguageClient;
  /** Process id of the running server, if any (the crash test kills it). */
  serverPid(): number | undefined;
  /** How many crash notices the user has been shown. */
  crashNoticeCount(): number;
  /** The preview panels (tests read their update and reload counters). */
  readonly preview: PreviewManager;
  /** The language status items (tests read what they show). */
  readonly status: LanguageStatus;
  /** The year-over-year comparison panels (tests read their counters). */
  readonly compare: ComparePanels;
  /** The "Annual Reports" view and the audit dashboard. */
  readonly audit: AuditViews;
  /** The drop provider of Word documents, web pages and PDFs (tests await its last offer). */
  readonly drops: ImportDropProvider;
}

/** The running client, so deactivate can wait for the server to shut down cleanly. */
let activeClient: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): GovreportApi {
  const output = vscode.window.createOutputChannel('govreport', { log: true });
  context.subscriptions.push(output);
  const server = startLanguageClient(context, output);
  const { client } = server;
  activeClient = client;

  // Not awaited: activation must not wait for the server; commands await `started` instead.
  const started = client.start().catch((error: unknown) => {
    output.error(`server failed to start: ${String(error)}`);
    void vscode.window.showErrorMessage(l10n.t('The govreport language server could not be started. See the log for details.'));
    throw error;
  });
  started.catch(() => undefined); // reported above; keep the rejection for ready()
  const status = new LanguageStatus(client);
  context.subscriptions.push(status, trackReportOpened());

  const register = (id: string, run: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  register(COMMANDS.restartServer, async () => {
    await server.restart();
    void vscode.window.setStatusBarMessage(l10n.t('govreport language server restarted'), 3000);
  });
  register(COMMANDS.fixAll, () => fixAllCommand());
  register(COMMANDS.convertTables, async () => {
    await started;
    return convertTablesCommand(client);
  });
  register(COMMANDS.newReport, async (input?: NewReportInput) => {
    await started;
    return newReportCommand(client, isNewReportInput(input) ? input : undefined);
  });
  register(COMMANDS.switchToGovreport, () => switchToGovreportCommand());
  register(COMMANDS.toggleChecking, () => toggleCheckingCommand());
  register(COMMANDS.showRuleDocumentation, (rule?: unknown) => showRuleDocumentation(context.extensionUri, rule));

  // The preview and the exports (issue 4): rendered by the server, shown and saved here.
  const previews = new PreviewManager(context.extensionUri, client, started);
  context.subscriptions.push(previews);
  register(EXPORT_COMMANDS.html, (target?: unknown) => exportCommand(client, 'html', target instanceof vscode.Uri ? target : undefined));
  register(EXPORT_COMMANDS.docx, (target?: unknown) => exportCommand(client, 'docx', target instanceof vscode.Uri ? target : undefined));
  // From one year's report to the next (issue 8): the draft and the comparison, made by the server.
  const comparisons = new ComparePanels(context.extensionUri, client, started);
  context.subscriptions.push(comparisons);
  register(COMMANDS.newFromLastYear, async (target?: unknown, input?: NewFromLastYearInput) => {
    await started;
    return newFromLastYearCommand(client, target, isNewFromLastYearInput(input) ? input : undefined);
  });
  register(COMMANDS.compareWithLastYear, (target?: unknown, last?: unknown) => comparisons.show(target, last instanceof vscode.Uri ? last : undefined));
  // The audit of every report in the workspace (issue 8): a tree view and a dashboard.
  const audit = registerAudit(context, client, started);
  // Reports as they come (issue 7): Word documents, web pages and PDFs, imported by the server.
  const importReport = async (source?: unknown, target?: unknown) => {
    await started;
    return importReportCommand(client, source, target instanceof vscode.Uri ? target : undefined);
  };
  register(COMMANDS.importReport, importReport);
  const drops = new ImportDropProvider((source) => importReport(source));
  context.subscriptions.push(vscode.languages.registerDocumentDropEditProvider({ language: LANGUAGE_ID }, drops));
  // A restarted server or changed settings can change what the preview and the comparisons show.
  context.subscriptions.push(
    client.onDidChangeState((event) => {
      if (event.newState !== State.Running) return;
      previews.refreshAll();
      comparisons.refreshAll();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('govreport')) return;
      previews.refreshAll();
      comparisons.refreshAll();
    }),
  );

  return {
    ready: () => started,
    client,
    serverPid: () => client.serverProcess?.pid,
    crashNoticeCount: () => server.crashes.noticeCount,
    preview: previews,
    status,
    compare: comparisons,
    audit,
    drops,
  };
}

export function deactivate(): Promise<void> | undefined {
  // Returning the promise lets VS Code wait for the server's shutdown/exit handshake.
  const client = activeClient;
  activeClient = undefined;
  return client?.stop();
}

function isNewFromLastYearInput(value: unknown): value is NewFromLastYearInput {
  if (typeof value !== 'object' || value === null) return false;
  const { last, target } = value as Record<string, unknown>;
  return last instanceof vscode.Uri && target instanceof vscode.Uri;
}

/** Commands invoked from a walkthrough link or a keybinding get arbitrary arguments: accept only the shape we expect. */
function isNewReportInput(value: unknown): value is NewReportInput {
  if (typeof value !== 'object' || value === null) return false;
  const { agency, year } = value as Record<string, unknown>;
  return (agency !== undefined || year !== undefined) && (agency === undefined || typeof agency === 'string') && (year === undefined || Number.isInteger(year));
}
