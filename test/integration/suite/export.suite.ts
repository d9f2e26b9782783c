import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { fixAll } from '../../../server/src/engine';
import { matchesEngine } from './engine-expectations';
import { CORPUS_NAME, govreportApi, openInEditor, readWorkspaceFile, waitForDiagnostics, workspaceUri, writeWorkspaceFile } from './helpers';
import { notificationShowing } from './notifications';
import { ui } from './ui';

/** VS Code 1.96's DOM: the quick input (the confirmation, and a browser window's save dialog) and its rows, toasts, the Explorer. */
const QUICK_INPUT = '.quick-input-widget';
const QUICK_ROWS = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;
const TOAST_BUTTONS = '.notifications-toasts .notification-list-item-buttons-container .monaco-button';
const EXPLORER_SELECTED = '.explorer-folders-view .monaco-list-row.selected';

/** The command's result, or `pending` if it has not finished within `ms` (it waits on a dialog). */
function settled<T>(running: Thenable<T>, ms: number): Promise<T | 'pending'> {
  return Promise.race([Promise.resolve(running), new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);
}

export function registerExportTests(): void {
  suite('export', () => {
    // A dialog left open by a failed test would hold up the next.
    teardown(() => vscode.commands.executeCommand('workbench.action.closeQuickOpen'));

    test('a report with errors: the confirmation defaults to Cancel, so Enter exports nothing', async () => {
      await govreportApi();
      const { document } = await openInEditor(workspaceUri(CORPUS_NAME));
      await waitForDiagnostics(document.uri, matchesEngine(document), 'the report diagnostics');
      const running = vscode.commands.executeCommand<vscode.Uri | undefined>('govreport.exportDocx');
      const { results } = await ui([
        { waitFor: QUICK_INPUT },
        { text: `${QUICK_INPUT} .quick-input-title` },
        { text: QUICK_ROWS },
        { text: `${QUICK_ROWS}.focused` },
        { screenshot: 'export-confirm-errors' },
        { press: 'Enter' },
      ]);
      assert.deepStrictEqual(results[1], ['The report still has 5 errors. Export it anyway?']);
      const rows = (results[2] as string[]).map((r) => r.split('\n')[0].trim());
      assert.deepStrictEqual(rows, ['Cancel', 'Export anyway']);
      assert.deepStrictEqual((results[3] as string[]).map((r) => r.split('\n')[0].trim()), ['Cancel'], 'the default (focused) choice');
      const outcome = await settled(running, 10_000);
      if (outcome === 'pending') {
        const shown = await ui([{ screenshot: 'export-confirm-after-enter' }, { text: `${QUICK_INPUT} .monaco-button` }, { text: QUICK_ROWS }]);
        assert.fail(`the command still waits after Enter; quick input buttons ${JSON.stringify(shown.results[1])}, rows ${JSON.stringify(shown.results[2])}`);
      }
      assert.strictEqual(outcome, undefined, `exported ${String(outcome)}`);
      const after = await ui([{ count: `${QUICK_INPUT}:visible` }]);
      assert.deepStrictEqual(after.results, [0], 'a save dialog is open');

      // Choosing "Export anyway" goes on to the save dialog (closed here with Escape: nothing written).
      const again = vscode.commands.executeCommand<vscode.Uri | undefined>('govreport.exportDocx');
      // The save dialog is the quick input with an OK button (the confirmation has none).
      await ui([{ waitFor: QUICK_INPUT }, { press: 'ArrowDown' }, { press: 'Enter' }, { textAppears: { selector: `${QUICK_INPUT} .monaco-button`, contains: 'OK' } }]);
      // Closing the save dialog cancels the export (repeated: a busy workbench may still be wiring the dialog up).
      let closed: vscode.Uri | undefined | 'pending' = 'pending';
      for (let attempt = 0; attempt < 5 && closed === 'pending'; attempt++) {
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        closed = await settled(again, 2000);
      }
      assert.strictEqual(closed, undefined);
    });

    test('in a browser window, the exported file is offered to reveal in the Explorer or download, and the tab stays on the workbench', async () => {
      await govreportApi();
      // The corpus report with every fixable problem fixed: no errors, so no confirmation.
      const uri = await writeWorkspaceFile('export-孝义市2024年政府信息公开工作年度报告.md', fixAll(await readWorkspaceFile(CORPUS_NAME)).text);
      const { document } = await openInEditor(uri);
      await waitForDiagnostics(document.uri, matchesEngine(document), 'the copy’s diagnostics');
      assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web, 'this test runs in the code-server route');

      const running = vscode.commands.executeCommand<vscode.Uri | undefined>('govreport.exportDocx');
      // VS Code's own save dialog in a browser: the proposed name is the report's, Enter accepts it.
      const workbench = await ui([{ waitFor: QUICK_INPUT }, { screenshot: 'export-save-dialog' }, { press: 'Enter' }]);
      const written = await running;
      assert.ok(written, 'nothing exported');
      assert.strictEqual(written.path, uri.path.replace(/\.md$/, '.docx'));
      const bytes = await vscode.workspace.fs.readFile(written);
      assert.strictEqual(new TextDecoder().decode(bytes.subarray(0, 2)), 'PK', 'not a .docx (zip) file');

      await notificationShowing(`Exported ${vscode.workspace.asRelativePath(written, true)}`);
      const offered = await ui([{ text: TOAST_BUTTONS }]);
      assert.deepStrictEqual(offered.results[0], ['Reveal in Explorer', 'Download']);
      // The selected row is the Word file (its name is cut short on screen; its icon is the .docx one).
      const revealed = await ui([{ click: `${TOAST_BUTTONS}:has-text("Reveal in Explorer")` }, { waitFor: `${EXPLORER_SELECTED} .docx-ext-file-icon` }, { screenshot: 'export-revealed' }]);
      assert.strictEqual(revealed.url, workbench.url, 'the browser tab navigated away');
      await vscode.workspace.fs.delete(written);
    });
  });
}
