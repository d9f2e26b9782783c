import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Connection,
  type InitializeParams,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../../package.json';
import { serverCapabilities } from './capabilities';
import { registerCodeActions } from './code-actions';
import { registerCodeLens } from './code-lens';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { WORKSPACE_TRUST_NOTIFICATION, type WorkspaceTrustParams } from './trust-protocol';
import { CONFIG_GLOB, configFilesChanged, isConfigEvent, publishConfigProblems } from './config-files';
import { registerCustomRequests } from './custom-requests';
import { DiagnosticsPublisher } from './diagnostics';
import { registerFormatting } from './formatting';
import { guardNotification, logFailure } from './guard';
import { registerHover } from './hover';
import { registerInlayHints } from './inlay-hints';
import { registerOutline } from './outline';
import { REPORT_GLOBS } from '../engine/domain/report-name';
import { Session, type SessionOptions } from './session';
import { loadSettings } from './settings-sync';
import { wellFormedChange, wellFormedClose, wellFormedOpen } from './sync-params';
import { recordChange } from './timing';
import { uriPath } from './uri';
import { WorkspaceAudit } from './workspace-audit';
import { WorkspaceReports } from './workspace-reports';

/** A malformed sync notification changes nothing; the log says so (it has no answer to carry an error). */
function ignoreMalformed(connection: Connection, what: string): void {
  connection.console.warn(`govreport: ignored a malformed ${what} notification`);
}

/** What the document manager listens to (the type is not exported by name). */
type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

/**
 * Wires the server: document sync with debounced diagnostics, settings, the workspace scan,
 * and the feature handlers. Every handler is guarded (an exception is logged, the request
 * answered empty) and process-level errors are logged, so the server keeps serving.
 */
export function startServer(connection: Connection, options: SessionOptions): Session {
  const session = new Session(connection, options);
  const publisher = new DiagnosticsPublisher(session);
  const workspace = new WorkspaceReports(session, publisher);
  // The "Annual Reports" view and the dashboard: what every check of a workspace report tells.
  const audit = new WorkspaceAudit(session);
  session.configListener = (config) => publishConfigProblems(session, config);
  publisher.observer = {
    checked: (uri, state) => audit.update(uri, state, workspace.has(uri) || audit.contains(uri)),
    cleared: (uri) => audit.remove(uri),
  };
  audit.register();

  process.on('uncaughtException', (error) => logFailure(connection, 'uncaught exception', error));
  process.on('unhandledRejection', (error) => logFailure(connection, 'unhandled rejection', error));

  connection.onInitialize((params: InitializeParams) => {
    session.capabilities = params.capabilities;
    session.clientLocale = params.locale ?? displayLanguage(params.initializationOptions);
    session.workspaceFolders = workspaceFolders(params);
    session.trust.trusted = initializationOption(params.initializationOptions, 'workspaceTrusted') !== false;
    session.configs.confine(session.trust.boundary);
    return { capabilities: serverCapabilities(), serverInfo: { name: 'govreport', version } };
  });

  connection.onInitialized(
    guardNotification(connection, 'initialized', async () => {
      try {
        await loadSettings(session);
      } finally {
        session.settingsLoaded = true;
      }
      // Documents opened while the settings were being read may have been analysed with the defaults.
      session.cache.invalidate();
      republishOpen();
      await registerDynamically(session);
      if (session.supports((c) => c.workspace?.workspaceFolders)) watchWorkspaceFolders(session, workspace, audit);
      const found = session.settings.enable ? await audit.scanning(() => workspace.scan(session.workspaceFolders)) : 0;
      if (found > 0) {
        // Last year's reports are known now: check the open ones again with them.
        session.cache.invalidate();
        republishOpen();
      }
    }),
  );

  /** Every open document, now (after settings or the reports they depend on changed). */
  const republishOpen = () => {
    for (const d of session.documents.all()) publisher.schedule(d.uri, 0);
  };

  /** Reports that use this one as last year's: their cross-year checks must run again. */
  const recheckDependents = (uri: string) => {
    for (const dependent of session.previous.dependentsOf(uri)) {
      const open = session.openDocument(dependent);
      if (open) {
        session.cache.invalidate(open.uri);
        publisher.schedule(open.uri, session.settings.debounce);
      } else if (workspace.has(dependent)) workspace.refresh(dependent);
    }
  };

  // The document manager applies the changes; the wrappers around its handlers schedule the
  // checks, and time the keystroke path when GOVREPORT_TIMING=1.
  const sync: TextDocumentConnection = {
    onDidOpenTextDocument: (handler) =>
      connection.onDidOpenTextDocument(
        guardNotification(connection, 'didOpen', (params) => {
          if (!wellFormedOpen(params)) return ignoreMalformed(connection, 'didOpen');
          handler(params);
          publisher.schedule(params.textDocument.uri, 0);
        }),
      ),
    onDidChangeTextDocument: (handler) =>
      connection.onDidChangeTextDocument(
        guardNotification(connection, 'didChange', (params) => {
          if (!wellFormedChange(params)) return ignoreMalformed(connection, 'didChange');
          const receivedAt = performance.now();
          const cpuAt = process.cpuUsage();
          handler(params);
          const uri = params.textDocument.uri;
          if (session.settings.run === 'onType') publisher.schedule(uri, session.settings.debounce);
          recordChange(uri, { receivedAt, cpuAt, applyMs: performance.now() - receivedAt });
          recheckDependents(uri);
        }),
      ),
    onDidCloseTextDocument: (handler) =>
      connection.onDidCloseTextDocument(
        guardNotification(connection, 'didClose', (params) => {
          if (!wellFormedClose(params)) return ignoreMalformed(connection, 'didClose');
          handler(params);
          const uri = params.textDocument.uri;
          publisher.forget(uri);
          session.cache.invalidate(uri);
          // A report of the workspace keeps its diagnostics, now from the file on disk.
          if (workspace.has(uri)) workspace.refresh(uri);
          else publisher.clear(uri);
        }),
      ),
    onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(handler),
    onWillSaveTextDocumentWaitUntil: (handler) => connection.onWillSaveTextDocumentWaitUntil(handler),
    onDidSaveTextDocument: (handler) =>
      connection.onDidSaveTextDocument(
        guardNotification(connection, 'didSave', (params) => {
          handler(params);
          if (session.settings.run === 'onSave') publisher.schedule(params.textDocument.uri, 0);
        }),
      ),
  };
  session.documents.listen(sync);

  /** The settings or a configuration file changed: every report is checked again with them. */
  const recheckAll = async () => {
    session.cache.invalidate();
    republishOpen();
    await workspace.recheckClosed();
    if (session.supports((c) => c.workspace?.inlayHint?.refreshSupport)) void connection.languages.inlayHint.refresh();
    if (session.supports((c) => c.workspace?.codeLens?.refreshSupport)) void connection.sendRequest(CodeLensRefreshRequest.type);
  };

  connection.onDidChangeConfiguration(
    guardNotification(connection, 'didChangeConfiguration', async (params) => {
      const pushed = typeof params.settings === 'object' && params.settings !== null ? (params.settings as Record<string, unknown>).govreport : undefined;
      await loadSettings(session, pushed);
      // Read the configuration files again too: their problems are published in the language just set.
      session.configs.clear();
      await recheckAll();
    }),
  );

  // The user trusted the workspace: what its reports name outside it is read now.
  connection.onNotification(
    WORKSPACE_TRUST_NOTIFICATION,
    guardNotification(connection, 'workspaceTrust', async (params: WorkspaceTrustParams) => {
      if (params?.trusted !== true || session.trust.trusted) return;
      session.trust.trusted = true;
      session.configs.confine(undefined);
      await recheckAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardNotification(connection, 'didChangeWatchedFiles', async (params) => {
      const configChanges = params.changes.filter(isConfigEvent);
      if (configChanges.length > 0) {
        configFilesChanged(session, configChanges);
        await recheckAll();
      }
      for (const change of params.changes) {
        if (isConfigEvent(change)) continue;
        if (change.type === FileChangeType.Deleted) workspace.remove(change.uri);
        else workspace.refresh(change.uri);
        recheckDependents(change.uri);
      }
    }),
  );

  registerHover(session);
  registerCompletion(session);
  registerOutline(session);
  registerFormatting(session);
  registerInlayHints(session);
  registerCodeLens(session);
  registerCodeActions(session);
  registerCommands(session);
  registerCustomRequests(session);
  return session;
}

/** Registrations the client lets the server make itself: settings changes and report files on disk. */
async function registerDynamically(session: Session): Promise<void> {
  const client = session.connection.client;
  if (session.supports((c) => c.workspace?.didChangeConfiguration?.dynamicRegistration)) {
    await client.register(DidChangeConfigurationNotification.type, { section: 'govreport' });
  }
  if (session.supports((c) => c.workspace?.didChangeWatchedFiles?.dynamicRegistration)) {
    await client.register(DidChangeWatchedFilesNotification.type, { watchers: [...REPORT_GLOBS, CONFIG_GLOB].map((globPattern) => ({ globPattern })) });
  }
}

/** Scans the folders added to the workspace (the library throws if the client cannot tell, hence only when it can). */
function watchWorkspaceFolders(session: Session, workspace: WorkspaceReports, audit: WorkspaceAudit): void {
  session.connection.workspace.onDidChangeWorkspaceFolders(
    guardNotification(session.connection, 'didChangeWorkspaceFolders', async (event) => {
      const added = event.added.map((f) => uriPath(f.uri)).filter((p): p is string => p !== undefined);
      session.workspaceFolders = [...session.workspaceFolders, ...added];
      session.configs.confine(session.trust.boundary);
      if (session.settings.enable && added.length > 0) await audit.scanning(() => workspace.scan(added));
    }),
  );
}

/** The VS Code client sends its display language as initializationOptions.displayLanguage. */
function displayLanguage(options: unknown): string | undefined {
  const value = initializationOption(options, 'displayLanguage');
  return typeof value === 'string' ? value : undefined;
}

/** One of the VS Code client's initializationOptions (displayLanguage, workspaceTrusted); other clients send none. */
function initializationOption(options: unknown, name: string): unknown {
  return typeof options === 'object' && options !== null ? (options as Record<string, unknown>)[name] : undefined;
}

function workspaceFolders(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(uriPath).filter((p): p is string => p !== undefined);
}
