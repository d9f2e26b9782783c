import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type InitializeResult,
  type Registration,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowDocumentParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';

/**
 * A minimal LSP client for the protocol tests: starts the BUILT server (`node dist/server.js
 * --stdio`) and speaks JSON-RPC to it over its stdin/stdout, as Neovim or Helix would.
 */

export const SERVER = join(ROOT, 'dist/server.js');

/** Builds the bundles (node esbuild.mjs) when dist/server.js is missing or older than the server sources. */
export function ensureServerBuilt(): void {
  const newest = newestMtime(join(ROOT, 'server/src'));
  if (existsSync(SERVER) && statSync(SERVER).mtimeMs >= newest) return;
  const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node esbuild.mjs failed:\n${result.stdout}\n${result.stderr}`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export interface ClientOptions {
  /** Answer to workspace/configuration for section govreport. */
  readonly settings?: Record<string, unknown>;
  readonly workspaceFolders?: readonly { uri: string; name: string }[];
  readonly locale?: string;
  readonly env?: Record<string, string>;
  /** initializationOptions, as the VS Code client sends them (displayLanguage, workspaceTrusted). */
  readonly initializationOptions?: Record<string, unknown>;
  /** Client capabilities beyond the defaults below. */
  readonly capabilities?: ClientCapabilities;
}

const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
  window: { workDoneProgress: true, showDocument: { support: true } },
  textDocument: {
    synchronization: { didSave: true },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
    completion: { completionItem: { snippetSupport: true } },
    hover: { contentFormat: ['markdown'] },
  },
};

export class TestClient {
  readonly connection: ProtocolConnection;
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly shownDocuments: ShowDocumentParams[] = [];
  readonly progressTokens: (string | number)[] = [];
  /** window/showMessage and window/showMessageRequest texts. */
  readonly messages: string[] = [];
  /** client/registerCapability registrations, in order. */
  readonly registrations: Registration[] = [];
  stderr = '';
  private readonly listeners = new Set<() => void>();
  settings: Record<string, unknown>;

  constructor(
    readonly process: ChildProcess,
    options: ClientOptions,
  ) {
    this.settings = options.settings ?? {};
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const l of this.listeners) l();
    });
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params.message);
    });
    this.connection.onRequest(ShowMessageRequest.type, (params) => {
      this.messages.push(params.message);
      return null;
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((i) => (i.section === 'govreport' ? this.settings : null)));
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      this.progressTokens.push(params.token);
    });
    this.connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    this.connection.listen();
  }

  /** The diagnostics last published for a document. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    return [...this.published].reverse().find((p) => p.uri === uri);
  }

  /** Resolves with the first publish (from now on, or already received when `past`) that satisfies the test. */
  waitFor(test: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 10_000, past = true): Promise<PublishDiagnosticsParams> {
    const found = past ? this.published.find(test) : undefined;
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      let checked = this.published.length;
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no matching publishDiagnostics within ${timeoutMs} ms (received ${this.published.length})\n${this.stderr}`));
      }, timeoutMs);
      const listener = () => {
        for (; checked < this.published.length; checked++) {
          if (test(this.published[checked])) {
            clearTimeout(timer);
            this.listeners.delete(listener);
            resolve(this.published[checked]);
            return;
          }
        }
      };
      this.listeners.add(listener);
    });
  }

  open(uri: string, text: string, version = 1, languageId = 'govreport'): void {
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** shutdown, exit, and the process's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.process.kill();
  }
}

/** Starts the built server over stdio and initializes it. */
export async function startClient(options: ClientOptions = {}): Promise<{ client: TestClient; initialize: InitializeResult }> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const client = new TestClient(child, options);
  const initialize = await client.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: options.workspaceFolders?.[0]?.uri ?? null,
    workspaceFolders: options.workspaceFolders ? [...options.workspaceFolders] : null,
    capabilities: { ...DEFAULT_CAPABILITIES, ...options.capabilities },
    locale: options.locale,
    initializationOptions: options.initializationOptions,
  });
  await client.connection.sendNotification(InitializedNotification.type, {});
  return { client, initialize };
}
