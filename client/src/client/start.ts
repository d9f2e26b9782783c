import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ruleDocsMiddleware } from '../commands/ruleDocs';
import { CrashHandler, vscodeCrashNotices } from './crash';
import { l10n } from '../l10n';
import { REPORT_GLOBS } from '../../../server/src/engine/domain/report-name';
import { WORKSPACE_TRUST_NOTIFICATION, type WorkspaceTrustParams } from '../../../server/src/lsp/trust-protocol';

export const LANGUAGE_ID = 'govreport';

export interface ServerHandle {
  readonly client: LanguageClient;
  readonly crashes: CrashHandler;
  /** Stops and starts the server (the "restart" command); a fresh crash count. */
  restart(): Promise<void>;
}

/**
 * Starts `dist/server.js` over node IPC. The server is the only place that knows the
 * report format; the client just connects VS Code to it.
 */
export function startLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): ServerHandle {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };

  let handle: ServerHandle | undefined;
  const restart = async (): Promise<void> => {
    if (!handle) return;
    handle.crashes.reset();
    await handle.client.restart();
  };
  const crashes = new CrashHandler(vscodeCrashNotices(output, restart));

  const watchers = REPORT_GLOBS.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(...watchers);

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
    ],
    synchronize: {
      configurationSection: LANGUAGE_ID,
      // Closed reports in the workspace are checked too; the server needs to hear when they change.
      fileEvents: watchers,
    },
    outputChannel: output,
    errorHandler: crashes,
    // A function, so that a restarted server hears the trust of now, not of the first start.
    initializationOptions: () => ({ displayLanguage: vscode.env.language, workspaceTrusted: vscode.workspace.isTrusted }),
    middleware: ruleDocsMiddleware(context.extensionUri),
  };

  const client = new LanguageClient(LANGUAGE_ID, l10n.t('govreport Language Server'), serverOptions, clientOptions);
  // Restricted Mode: the server reads nothing outside the workspace until the user trusts it.
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      const params: WorkspaceTrustParams = { trusted: true };
      if (client.isRunning()) void client.sendNotification(WORKSPACE_TRUST_NOTIFICATION, params).catch(() => undefined);
    }),
  );
  handle = { client, crashes, restart };
  return handle;
}
