import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { AUDIT_CHANGED, AUDIT_REQUEST, type AuditParams, type AuditResult } from '../../../server/src/lsp/audit-protocol';

/** The part of the language client the audit views use (a LanguageClient satisfies it). */
export type AuditServer = Pick<LanguageClient, 'sendRequest' | 'onNotification' | 'onDidChangeState'>;

/**
 * The workspace audit as the language server has it (its scan checks every report): asked for
 * once, and again whenever the server says it changed — but only while a view shows it, so an
 * unwatched audit costs nothing while the user types.
 */
export class AuditSource implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<AuditResult>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private latest?: AuditResult;
  private inFlight?: Promise<AuditResult>;
  private again = false;
  private stale = true;
  /** Fires with each new audit. */
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly server: AuditServer,
    private readonly ready: Promise<unknown>,
    private readonly lang: 'zh' | 'en',
    /** Whether any view shows the audit now. */
    private readonly watched: () => boolean,
  ) {
    void ready.then(() => this.disposables.push(server.onNotification(AUDIT_CHANGED, () => this.changed())), () => undefined);
    this.disposables.push(server.onDidChangeState((e) => e.newState === State.Running && this.changed()));
  }

  /** The audit: the one held if it is current, else fetched now. */
  get(): Promise<AuditResult> {
    return this.latest && !this.stale ? Promise.resolve(this.latest) : this.refresh();
  }

  /** Fetches the audit now (a request in flight is followed by one more, never run twice at once). */
  refresh(): Promise<AuditResult> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.stale = false;
    this.inFlight = (async () => {
      await this.ready;
      const result = await this.server.sendRequest<AuditResult | null>(AUDIT_REQUEST, { lang: this.lang } satisfies AuditParams);
      this.latest = result ?? { checking: true, scanning: false, reports: [], rules: [] };
      this.emitter.fire(this.latest);
      return this.latest;
    })().finally(() => {
      this.inFlight = undefined;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.inFlight;
  }

  /** A view became visible: bring it up to date if the audit changed meanwhile. */
  shown(): void {
    if (this.stale) void this.refresh();
  }

  private changed(): void {
    this.stale = true;
    if (this.watched()) void this.refresh().catch(() => undefined);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
