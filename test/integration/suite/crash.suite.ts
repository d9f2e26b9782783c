import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { engineCounts, matchesEngine } from './engine-expectations';
import { CORPUS_NAME, countRules, govreportApi, openInEditor, readWorkspaceFile, waitForDiagnostics, writeWorkspaceFile } from './helpers';

/** The sentence added before the crash: unsaved, and contradicting table 三 (70), so the server must have it to report it. */
const UNSAVED = '\n另据统计，全年共受理政府信息公开申请 71 件。\n';

export function registerCrashTests(): void {
  suite('server crash', () => {
    // VS Code for the Web (the code-server route) saves after a delay by default; the edit must stay unsaved.
    const files = () => vscode.workspace.getConfiguration('files');
    let autoSave: string | undefined;
    suiteSetup(async () => {
      autoSave = files().inspect<string>('autoSave')?.globalValue;
      await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    });
    suiteTeardown(() => files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global));

    test('a killed server is reported once, restarts, and the unsaved text is still there and checked', async () => {
      const api = await govreportApi();
      const uri = await writeWorkspaceFile('crash-孝义市2024年政府信息公开工作年度报告.md', await readWorkspaceFile(CORPUS_NAME));
      const editor = await openInEditor(uri);
      const { document } = editor;
      await waitForDiagnostics(uri, matchesEngine(document), 'diagnostics before the crash');

      await editor.edit((edit) => edit.insert(new vscode.Position(document.lineCount, 0), UNSAVED));
      const textBefore = document.getText();
      const expected = engineCounts(textBefore);
      await waitForDiagnostics(uri, matchesEngine(document), 'diagnostics of the unsaved edit');
      const noticesBefore = api.crashNoticeCount();

      for (const round of [1, 2]) {
        const pid = api.serverPid();
        assert.ok(pid, 'no server process');
        // The client drops the dead server's diagnostics, then the restarted server publishes anew.
        const cleared = waitForDiagnostics(uri, (d) => d.length === 0, `diagnostics to clear after kill ${round}`);
        process.kill(pid, 'SIGKILL');
        await cleared;
        const back = await waitForDiagnostics(uri, matchesEngine(document), `diagnostics after restart ${round}`, 15_000);

        assert.deepStrictEqual(countRules(back), expected);
        assert.notStrictEqual(api.serverPid(), pid, 'the server was not restarted');
        assert.strictEqual(document.getText(), textBefore, 'the text changed');
        assert.ok(document.isDirty, 'the unsaved edit was lost');
        // Reported once: the second crash within the same few minutes adds no notice.
        assert.strictEqual(api.crashNoticeCount(), noticesBefore + 1, `crash notices after kill ${round}`);
      }
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });
}
