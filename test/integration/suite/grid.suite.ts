import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { PREVIEW_COMMANDS } from '../../../client/src/preview/manager';
import type { Preview } from '../../../client/src/preview/preview';
import { CORPUS_NAME, govreportApi, nextChange, openInEditor, waitForDiagnostics, workspaceUri, writeWorkspaceFile } from './helpers';
import { inPreview, PREVIEW_FRAME, screenshot, ui } from './ui';

/**
 * The preview's tables as a grid in the real VS Code, driven by real key presses in the webview
 * (the harness's UI automation): a typed figure becomes a one-cell edit of the source — one undo
 * step — the totals check themselves, the selection survives the re-render, a total fills with its
 * sum, and a pasted table offers the conversion that makes it editable.
 */

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../../examples/孝义市2024年政府信息公开工作年度报告.govreport.md'), 'utf8');
const cell = (id: string) => `td[data-cell="${id}"]`;
const activeCell = () => inPreview<string | undefined>('document.activeElement?.dataset?.cell');
const changedLines = (a: string, b: string) => b.split('\n').filter((line, i) => line !== a.split('\n')[i]);

/** Presses keys in the preview and waits until the source changed and the preview shows the new version. */
async function commit(document: vscode.TextDocument, preview: Preview, actions: Parameters<typeof ui>[0]): Promise<void> {
  const changed = nextChange(document);
  await ui(actions);
  await changed;
  await preview.whenRendered(document.version);
}

export function registerGridTests(): void {
  suite('preview grid', () => {
    // Notifications would lie over the cells the tests click.
    setup(() => vscode.commands.executeCommand('notifications.clearAll'));
    // A known layout: each test opens the report in the first group and its preview beside it.
    suiteSetup(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));
    test('a typed figure is a one-cell edit of the source (one undo step), checked at once, with the selection kept', async () => {
      const api = await govreportApi();
      const uri = await writeWorkspaceFile('grid.govreport.md', EXAMPLE);
      const editor = await openInEditor(uri);
      const document = editor.document;
      await vscode.commands.executeCommand(PREVIEW_COMMANDS.showToSide);
      const preview = api.preview.get(uri);
      assert.ok(preview, 'no preview for the report');
      await preview.whenRendered(document.version);
      const original = document.getText();

      await ui([
        { focus: cell('t3/t3/new/natural'), in: PREVIEW_FRAME },
        { type: '62' },
      ]);
      await screenshot('grid-editing');
      await commit(document, preview, [{ press: 'Enter' }]);
      const edited = document.getText();
      const line = original.split('\n').find((l) => l.startsWith('| 一、本年新收'))!;
      assert.deepStrictEqual(changedLines(original, edited), [line.replace('|     61 |', '|     62 |')]);
      assert.strictEqual(await activeCell(), 't3/t3/carried/natural', 'Enter moves down, and the selection survives the re-render');
      const row = original.split('\n').indexOf(line);
      await waitForDiagnostics(uri, (ds) => ds.some((d) => d.severity === vscode.DiagnosticSeverity.Error && d.range.start.line === row), 'the wrong figure to be reported on its row');
      assert.match(await inPreview<string>(`document.querySelector('${cell('t3/t3/new/natural')}').className`), /gr-error/);
      await screenshot('grid-after-edit');

      // Two more figures, Tab between them: three edits, three undo steps.
      await commit(document, preview, [{ type: '3' }, { press: 'Tab' }]);
      await commit(document, preview, [{ type: '4' }, { press: 'Enter' }]);
      const carried = document.getText().split('\n').find((l) => l.startsWith('| 二、上年结转'))!;
      assert.match(carried, /\|\s+3 \|\s+4 \|\s+0 \|/);
      const latencies = (await inPreview<string>('document.body.dataset.editMs')).split(',').map(Number);
      console.log(`      (grid: commit → source edited → new version on screen: ${latencies.join(', ')} ms)`);
      // Every commit reached the screen (numbers printed, not asserted: the machine is shared and loaded).
      assert.strictEqual(latencies.length, 3, `commits shown: ${latencies.join(', ')}`);

      await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, preserveFocus: false });
      await vscode.commands.executeCommand('undo');
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(document.getText(), edited, 'each undo takes back exactly one cell');
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(document.getText(), original);
    });

    test('a total fills with its sum (Alt+=), and the report is clean again', async () => {
      const api = await govreportApi();
      const uri = workspaceUri('grid.govreport.md');
      const document = await vscode.workspace.openTextDocument(uri);
      const preview = api.preview.get(uri)!;
      // The undo above brought the editor to the front: show the preview again, beside it.
      await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
      preview.panel.reveal(vscode.ViewColumn.Two, false);
      await commit(document, preview, [
        { focus: cell('t4/t4/suit-direct/upheld'), in: PREVIEW_FRAME },
        { type: '8' },
        { press: 'Enter' },
      ]);
      await waitForDiagnostics(uri, (ds) => ds.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'the total to be wrong');
      await ui([{ focus: cell('t4/t4/suit-direct/total'), in: PREVIEW_FRAME }]);
      assert.strictEqual(await inPreview<string>(`document.querySelector('.gr-fill').textContent`), 'Σ 13');
      await screenshot('grid-fill-offer');
      await commit(document, preview, [{ press: 'Alt+Equal' }]);
      assert.match(document.getText(), /\| 行政诉讼（未经复议直接起诉） \|\s+8 \|\s+2 \|\s+3 \|\s+0 \|\s+13 \|/);
      await waitForDiagnostics(uri, (ds) => !ds.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'the report to be clean');
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('a pasted table explains why it cannot be edited, and its button converts it into an editable one', async () => {
      const api = await govreportApi();
      const uri = workspaceUri(CORPUS_NAME);
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), vscode.ViewColumn.One);
      const document = editor.document;
      await vscode.commands.executeCommand(PREVIEW_COMMANDS.showToSide);
      const preview = api.preview.get(uri)!;
      await preview.whenRendered(document.version);
      await ui([{ click: cell('t3/t3/new/natural'), in: PREVIEW_FRAME }]);
      assert.match(await inPreview<string>(`document.querySelector('.gr-tip').textContent`), /^这张表不是标准的竖线表格|^This table is not a standard pipe table/);
      assert.strictEqual(await inPreview<boolean>(`document.querySelector('.gr-editor').hidden`), true);
      await screenshot('grid-pasted');
      await commit(document, preview, [{ click: 'table[data-table="t3"] ~ button.gr-action, .gr-t3 button.gr-action', in: PREVIEW_FRAME }]);
      assert.match(document.getText(), /^\| 一、本年新收政府信息公开申请数量\s+\|/m);
      assert.strictEqual(await inPreview<string | null>(`document.querySelector('${cell('t3/t3/new/natural')}').getAttribute('aria-readonly')`), null);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });
}
