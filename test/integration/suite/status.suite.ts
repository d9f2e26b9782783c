import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { matchesEngine } from './engine-expectations';
import { CORPUS_NAME, govreportApi, openInEditor, waitForDiagnostics, workspaceUri } from './helpers';
import { screenshot, ui } from './ui';

/** The `{}` language status in the status bar (DOM id of VS Code 1.96's status bar entry) and its hover. */
const LANGUAGE_STATUS = '[id="status.languageStatus"]';
const HOVER = '.hover-language-status';
/** Somewhere the pointer shows no hover: the side bar's title. */
const POINTER_REST = '.part.sidebar .composite.title';

async function hoverClosed(timeoutMs = 10_000): Promise<void> {
  for (const started = Date.now(); (await ui([{ count: HOVER }])).results[0] !== 0; ) {
    if (Date.now() - started > timeoutMs) throw new Error('the language status hover did not close');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function counts(diagnostics: readonly vscode.Diagnostic[]) {
  return {
    errors: diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
    warnings: diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length,
  };
}

export function registerStatusTests(): void {
  suite('language status and toggle checking', () => {
    const settings = () => vscode.workspace.getConfiguration('govreport');
    suiteTeardown(() => settings().update('enable', undefined, vscode.ConfigurationTarget.Workspace));

    test("the status shows the server ready and the report's errors and warnings, with the preview as its action", async () => {
      const api = await govreportApi();
      const { document } = await openInEditor(workspaceUri(CORPUS_NAME));
      const diagnostics = await waitForDiagnostics(document.uri, matchesEngine(document), 'the report diagnostics');
      const expected = counts(diagnostics);
      assert.ok(expected.errors > 0 && expected.warnings > 0, JSON.stringify(expected));
      const status = api.status.snapshot();
      assert.strictEqual(status.server, 'ready');
      assert.strictEqual(status.checking, true);
      assert.deepStrictEqual(status.counts, expected);
      assert.strictEqual(status.text, `$(error) ${expected.errors}  $(warning) ${expected.warnings}`);
      assert.strictEqual(status.detail, `${expected.errors} errors, ${expected.warnings} warning${expected.warnings === 1 ? '' : 's'}`);
      assert.strictEqual(status.command, 'govreport.showPreviewToSide');
      assert.strictEqual(status.checkingText, 'Checking on');
      const shown = await ui([{ hover: LANGUAGE_STATUS }, { waitFor: HOVER }, { text: HOVER }, { screenshot: 'status-ready' }]);
      const hover = (shown.results[2] as string[]).join('\n');
      for (const part of ['Open Preview', 'Pause Checking', status.detail]) assert.ok(hover.includes(part), `the hover lacks “${part}”: ${hover}`);
      // The hover stays open while the pointer rests on the status bar, over the notifications later suites click.
      await ui([{ press: 'Escape' }, { hover: POINTER_REST }]);
      await hoverClosed();
    });

    test('Toggle Checking pauses (diagnostics go, the status says so) and resumes, through the workspace setting', async () => {
      const api = await govreportApi();
      const { document } = await openInEditor(workspaceUri(CORPUS_NAME));
      const before = await waitForDiagnostics(document.uri, matchesEngine(document), 'the report diagnostics');

      const paused = await vscode.commands.executeCommand<boolean>('govreport.toggleChecking');
      assert.strictEqual(paused, false);
      assert.strictEqual(settings().inspect<boolean>('enable')?.workspaceValue, false);
      await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the diagnostics to go while paused');
      const status = api.status.snapshot();
      assert.strictEqual(status.checking, false);
      assert.strictEqual(status.text, '$(debug-pause) Checking paused');
      assert.strictEqual(status.checkingText, 'Checking paused');
      await screenshot('status-paused');

      const resumed = await vscode.commands.executeCommand<boolean>('govreport.toggleChecking');
      assert.strictEqual(resumed, true);
      const after = await waitForDiagnostics(document.uri, (d) => d.length === before.length, 'the diagnostics to come back');
      assert.deepStrictEqual(counts(after), counts(before));
      assert.strictEqual(api.status.snapshot().checkingText, 'Checking on');
    });
  });
}
