import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from '../commands/ids';
import { isCheckingEnabled } from '../commands/toggleChecking';
import { LANGUAGE_ID } from '../client/start';
import { DIAGNOSTIC_SOURCE, diagnosticCounts, describeCounts, type DiagnosticCounts } from './counts';
import { l10n } from '../l10n';

export type ServerState = 'starting' | 'ready' | 'stopped';

/** What the status items show, for the integration tests. */
export interface StatusSnapshot {
  readonly server: ServerState;
  readonly checking: boolean;
  /** Of the active report; undefined when no report is active. */
  readonly counts?: DiagnosticCounts;
  readonly text: string;
  readonly detail: string;
  readonly command?: string;
  readonly checkingText: string;
}

/**
 * The `{}` language status of a report (VS Code shows it beside the language mode): whether the
 * server is starting, ready or stopped, the active report's errors and warnings, and whether
 * checking is paused, with the actions that go with each (open the preview, restart a stopped
 * server, toggle checking). Two items because an item has one command.
 */
export class LanguageStatus implements vscode.Disposable {
  private readonly main = vscode.languages.createLanguageStatusItem('govreport.status', { language: LANGUAGE_ID });
  private readonly checking = vscode.languages.createLanguageStatusItem('govreport.checking', { language: LANGUAGE_ID });
  private readonly disposables: vscode.Disposable[] = [this.main, this.checking];
  private server: ServerState = 'starting';

  constructor(client: LanguageClient) {
    this.main.name = l10n.t('govreport status');
    this.checking.name = l10n.t('govreport checking');
    this.server = stateOf(client.state);
    this.disposables.push(
      client.onDidChangeState((event) => {
        this.server = stateOf(event.newState);
        this.update();
      }),
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('govreport.enable')) this.update();
      }),
    );
    this.update();
  }

  snapshot(): StatusSnapshot {
    return {
      server: this.server,
      checking: isCheckingEnabled(),
      counts: this.activeCounts(),
      text: this.main.text,
      detail: this.main.detail ?? '',
      command: this.main.command?.command,
      checkingText: this.checking.text,
    };
  }

  private activeCounts(): DiagnosticCounts | undefined {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) return undefined;
    return diagnosticCounts(vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE));
  }

  private update(): void {
    const enabled = isCheckingEnabled();
    const main = this.main;
    main.busy = this.server === 'starting';
    if (this.server === 'stopped') {
      main.text = `$(error) ${l10n.t('Server stopped')}`;
      main.detail = l10n.t('The govreport language server is not running.');
      main.severity = vscode.LanguageStatusSeverity.Error;
      main.command = { title: l10n.t('Restart Server'), command: COMMANDS.restartServer };
    } else if (this.server === 'starting') {
      main.text = l10n.t('Starting…');
      main.detail = l10n.t('The govreport language server is starting.');
      main.severity = vscode.LanguageStatusSeverity.Information;
      main.command = undefined;
    } else {
      const counts = this.activeCounts();
      main.text = !enabled ? `$(debug-pause) ${l10n.t('Checking paused')}` : counts ? `$(error) ${counts.errors}  $(warning) ${counts.warnings}` : '$(check) govreport';
      main.detail = !enabled ? l10n.t('Reports are not checked until checking is resumed.') : counts ? describeCounts(counts) : l10n.t('Ready');
      main.severity = enabled ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
      main.command = { title: l10n.t('Open Preview'), command: 'govreport.showPreviewToSide' };
    }
    main.accessibilityInformation = { label: `${main.text.replace(/\$\([\w~-]+\)\s*/g, '')}. ${main.detail}` };
    this.checking.text = enabled ? l10n.t('Checking on') : l10n.t('Checking paused');
    this.checking.command = { title: enabled ? l10n.t('Pause Checking') : l10n.t('Resume Checking'), command: COMMANDS.toggleChecking };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function stateOf(state: State): ServerState {
  if (state === State.Running) return 'ready';
  return state === State.Starting ? 'starting' : 'stopped';
}
