import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE, toLspDiagnostic } from './convert';
import type { DocumentState } from './document-state';
import { logFailure } from './guard';
import type { Session } from './session';
import { lastChange, reportPublish, TIMING_ENABLED } from './timing';

/**
 * Publishing diagnostics. For open documents: debounced after changes, always for the
 * document's current version, and never for a version older than one already published. For
 * reports on disk (the workspace scan): whenever they are checked.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly published = new Map<string, number>();
  /** Told of every report checked and every report cleared (the workspace audit listens). */
  observer?: { checked(uri: string, state: DocumentState): void; cleared(uri: string): void };

  constructor(private readonly session: Session) {}

  /** Checks the open document after `delay` ms of quiet; each new change restarts the wait. */
  schedule(uri: string, delay: number): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.publishOpen(uri);
      }, delay),
    );
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  /** Publishes the diagnostics of an open document's current version now. */
  publishOpen(uri: string): void {
    const session = this.session;
    const document = session.documents.get(uri);
    // Before the settings are known: the documents open then are all published once they are.
    if (!document || !session.settingsLoaded) return;
    const firedAt = performance.now();
    const cached = session.cache.peek(document) !== undefined;
    let state: DocumentState;
    try {
      state = session.cache.get(document);
    } catch (error) {
      logFailure(session.connection, 'check', error);
      return;
    }
    // Checking is synchronous, so no change can have arrived meanwhile; the guard keeps the
    // promise explicit: results of a version older than one already published are dropped.
    const current = session.documents.get(uri)?.version;
    const last = this.published.get(uri);
    if (state.version === undefined || current !== state.version || (last !== undefined && state.version < last)) return;
    const sendStart = performance.now();
    const diagnostics = this.lspDiagnostics(state);
    void session.connection.sendDiagnostics({ uri, version: state.version, diagnostics });
    this.published.set(uri, state.version);
    if (state.model) session.previous.remember(uri, state.model);
    this.observer?.checked(uri, state);
    if (TIMING_ENABLED) {
      const change = lastChange(uri);
      const done = performance.now();
      const cpu = change ? process.cpuUsage(change.cpuAt) : undefined;
      const applyMs = change?.applyMs ?? 0;
      reportPublish({
        uri,
        version: state.version,
        lines: state.lineCount,
        applyMs,
        waitMs: change ? firedAt - (change.receivedAt + applyMs) : 0,
        parseMs: cached ? 0 : state.parseMs,
        checkMs: cached ? 0 : state.checkMs,
        sendMs: done - sendStart,
        workMs: applyMs + (done - firedAt),
        cpuMs: cpu ? (cpu.user + cpu.system) / 1000 : 0,
        cached,
      });
    }
  }

  /** Publishes the diagnostics of a report that is not open (checked from disk). */
  publishClosed(uri: string, state: DocumentState): void {
    void this.session.connection.sendDiagnostics({ uri, diagnostics: this.lspDiagnostics(state) });
    this.observer?.checked(uri, state);
  }

  clear(uri: string): void {
    this.cancel(uri);
    this.published.delete(uri);
    void this.session.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.observer?.cleared(uri);
  }

  /** Forgets an open document's published version (it was closed): a reopened document starts again at its own versions. */
  forget(uri: string): void {
    this.cancel(uri);
    this.published.delete(uri);
  }

  private lspDiagnostics(state: DocumentState): LspDiagnostic[] {
    const session = this.session;
    if (!session.settings.enable) return [];
    const lang = session.lang;
    const out = state.diagnostics.map((d) => toLspDiagnostic(d, lang, session.options.docsDir));
    if (state.failure) {
      logFailure(session.connection, `analysis of ${state.uri}`, state.failure);
      out.unshift({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        code: 'internal',
        message:
          lang === 'zh'
            ? 'govreport 检查此文档时内部出错，部分检查未能完成。详情见语言服务器日志；请报告此问题。'
            : 'govreport failed internally while checking this document; some checks did not run. See the language server log, and please report this.',
      });
    }
    return out;
  }
}
