import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';
import { CRASH_WINDOW_MS, CrashPolicy, type CrashNotice } from './crash-policy';
import { l10n } from '../l10n';

type Notice = CrashNotice | 'connection-errors';

export interface CrashNotices {
  /** Shows one message: a warning after a restart, an error when the server is left stopped. */
  show(kind: Notice): void;
  log(message: string): void;
}

/**
 * The language client's error handler: restarts the server after a crash (the client then
 * re-sends every open document, so diagnostics come back) and reports it through `ui`
 * according to CrashPolicy. Every notice is marked `handled`, so the library adds none.
 */
export class CrashHandler implements ErrorHandler {
  private readonly policy: CrashPolicy;
  /** How many times the user was notified; read by the integration tests. */
  noticeCount = 0;

  constructor(
    private readonly ui: CrashNotices,
    now: () => number = Date.now,
  ) {
    this.policy = new CrashPolicy(now);
  }

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // Transient read/write errors usually precede a close, which is where a crash is reported.
    this.ui.log(`connection error (${count ?? 0}): ${error.message}`);
    if (count !== undefined && count > 3) {
      this.notify('connection-errors');
      return { action: ErrorAction.Shutdown, handled: true };
    }
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const decision = this.policy.onClosed();
    this.ui.log(
      decision.restart
        ? 'server stopped unexpectedly: restarting'
        : `server stopped too often within ${CRASH_WINDOW_MS / 60000} minutes: not restarting`,
    );
    if (decision.notice) this.notify(decision.notice);
    return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
  }

  reset(): void {
    this.policy.reset();
  }

  private notify(kind: Notice): void {
    this.noticeCount++;
    this.ui.show(kind);
  }
}

/** The notices as VS Code messages, with buttons that restart the server or show the log. */
export function vscodeCrashNotices(output: vscode.LogOutputChannel, restart: () => Promise<void>): CrashNotices {
  return {
    log: (message) => output.warn(message),
    show: (kind) => {
      const showLog = l10n.t('Show Log');
      const restartLabel = l10n.t('Restart Server');
      const act = (choice: string | undefined) => {
        if (choice === showLog) output.show(true);
        if (choice === restartLabel) void restart();
      };
      if (kind === 'restarted') {
        const message = l10n.t('The govreport language server stopped unexpectedly and was restarted. Your text is not affected.');
        void vscode.window.showWarningMessage(message, showLog).then(act);
        return;
      }
      const message =
        kind === 'gave-up'
          ? l10n.t('The govreport language server keeps stopping and will not be restarted automatically. Your text is not affected.')
          : l10n.t('The connection to the govreport language server keeps failing; the server was stopped. Your text is not affected.');
      void vscode.window.showErrorMessage(message, restartLabel, showLog).then(act);
    },
  };
}
