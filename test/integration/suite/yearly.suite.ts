import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../client/src/commands/ids';
import { COMPARE_VIEW_TYPE, type ComparePanel } from '../../../client/src/compare/panel';
import { countRules, govreportApi, hoverText, openInEditor, waitForDiagnostics, workspaceUri, writeWorkspaceFile } from './helpers';
import { screenshot, ui, uiAvailable } from './ui';

/**
 * From one year's report to the next, in the real VS Code: "New Report from Last Year's…" and
 * "Compare with Last Year" on the two years of test/fixtures/cli/pair, renamed to 汾阳市 so that
 * they never pair with the workspace's own 孝义市 report.
 */

/** The repository, from the suite's bundle (dist/test/integration/index.js). */
const ROOT = path.resolve(__dirname, '../../..');
const fixture = (year: number) => readFileSync(path.join(ROOT, `test/fixtures/cli/pair/孝义市${year}年政府信息公开工作年度报告.md`), 'utf8').replaceAll('孝义市', '汾阳市');
const LAST = 'yearly/汾阳市2023年政府信息公开工作年度报告.md';
const THIS = 'yearly/汾阳市2024年政府信息公开工作年度报告.md';
const DRAFT = 'yearly/drafts/汾阳市2024年政府信息公开工作年度报告（草稿）.md';
/** Steps inside the comparison's webview, whatever other webviews (the preview, the walkthrough's panes) are open. */
const IN_COMPARE = { in: '.gr-compare' } as const;

export function registerYearlyTests(): void {
  suite('from one year to the next', () => {
    suiteSetup(async () => {
      // The comparison's page is found as the window's one webview: whatever earlier suites left open goes.
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await writeWorkspaceFile(LAST, fixture(2023));
      await writeWorkspaceFile(THIS, fixture(2024));
    });
    suiteTeardown(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(workspaceUri('yearly'), { recursive: true });
    });

    test("New Report from Last Year's…: the draft opens with the carried figures in place and its review list in Problems", async () => {
      await govreportApi();
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>(COMMANDS.newFromLastYear, undefined, { last: workspaceUri(LAST), target: workspaceUri(DRAFT) });
      assert.ok(editor, 'the command opened no editor');
      const document = editor.document;
      assert.strictEqual(document.uri.toString(), workspaceUri(DRAFT).toString());
      assert.strictEqual(document.languageId, 'govreport');
      assert.deepStrictEqual(document.getText().split('\n').slice(0, 6), ['---', 'year: 2024', 'previous: ../汾阳市2023年政府信息公开工作年度报告.md', '---', '', '# 汾阳市 2024 年政府信息公开工作年度报告']);
      // Table 三 is too wide to align in an editor beside the preview: govreport writes it compact.
      assert.ok(document.getText().includes('| 二、上年结转政府信息公开申请数量 | 3 | 0 |'));

      // The review list: one copied-text notice per paragraph still last year's; the tables to fill in, once each.
      const diagnostics = await waitForDiagnostics(document.uri, (d) => countRules(d)['copied-text'] === 4, 'the copied-text notices');
      assert.deepStrictEqual(countRules(diagnostics), { 'copied-text': 4, 'cell-empty': 6 });
      const copied = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Information).map((d) => d.range.start.line + 1);
      assert.deepStrictEqual(copied, [12, 14, 81, 85]);

      // 现行有效件数 starts from last year's 28: its hover shows last year's + issued − repealed.
      const row = document.getText().split('\n').findIndex((l) => l.startsWith('| 行政规范性文件'));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(row, document.lineAt(row).text.lastIndexOf('28')));
      assert.ok(hoverText(hovers).includes('28 + ? − ? = ?'), hoverText(hovers));
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await screenshot('yearly-next-draft');
      await vscode.commands.executeCommand('workbench.action.closePanel');
    });

    test('Compare with Last Year: every figure and paragraph side by side, each leading back to its report', async () => {
      const api = await govreportApi();
      const { document } = await openInEditor(workspaceUri(THIS));
      await waitForDiagnostics(document.uri, (d) => countRules(d)['carry-over-mismatch'] === 1, 'the carry-over mismatch with last year');
      const panel = await vscode.commands.executeCommand<ComparePanel>(COMMANDS.compareWithLastYear);
      assert.ok(panel, 'no comparison opened');
      assert.strictEqual(api.compare.get(document.uri), panel);
      await panel.whenRendered();
      assert.strictEqual(panel.counters.loads, 1);
      assert.strictEqual(panel.panel.title, 'Compare: 汾阳市2023年政府信息公开工作年度报告.md → 汾阳市2024年政府信息公开工作年度报告.md');

      if (uiAvailable) {
        const shown = await ui([{ waitFor: '.gr-compare h1', ...IN_COMPARE }, { text: '.gr-compare h1', ...IN_COMPARE }, { count: 'tr.gr-cmp-fig', ...IN_COMPARE }, { screenshot: 'yearly-compare' }]);
        assert.deepStrictEqual(shown.results[1], ['汾阳市人民政府: year-over-year comparison 2023 → 2024']);
        assert.strictEqual(shown.results[2], 200);
        // A click on last year's figure opens last year's report with that figure selected.
        await ui([{ click: 'tr.gr-cmp-fig[data-column="in-force"].gr-changed .gr-src[data-side="last"]', ...IN_COMPARE }]);
        await waitFor(() => panel.counters.reveals.length === 1, 'the reveal of the clicked figure');
        const editor = vscode.window.activeTextEditor;
        assert.strictEqual(editor?.document.uri.toString(), workspaceUri(LAST).toString());
        assert.strictEqual(editor.document.getText(editor.selection), '28');
        await screenshot('yearly-compare-revealed');
      }
      // The same through the panel, for this year's side.
      const revealed = await panel.reveal('this', [15, 56, 15, 58]);
      assert.strictEqual(revealed.document.uri.toString(), document.uri.toString());
      assert.strictEqual(revealed.document.getText(revealed.selection), '38');

      // An edit of this year's report shows in the comparison.
      const before = panel.counters.rendered;
      const edit = new vscode.WorkspaceEdit();
      const line = document.getText().split('\n').findIndex((l) => l.startsWith('| 行政许可'));
      const at = document.lineAt(line).text.lastIndexOf('35583');
      edit.replace(document.uri, new vscode.Range(line, at, line, at + 5), '  100');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor(() => panel.counters.rendered > before, 'the comparison to update after the edit');
      await panel.whenRendered();
      if (uiAvailable) {
        const large = await ui([{ count: 'tr.gr-cmp-fig.gr-large', ...IN_COMPARE }, { screenshot: 'yearly-compare-after-edit' }]);
        assert.strictEqual(large.results[0], 1);
      }
      await vscode.commands.executeCommand('workbench.action.files.revert');
      panel.panel.dispose();
    });

    test('a comparison open when the window reloads comes back from what its webview kept', async () => {
      const api = await govreportApi();
      const { document } = await openInEditor(workspaceUri(THIS));
      // What VS Code does on a reload: a panel of the comparison's type, handed to the extension with the webview's state.
      const handed = vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, 'restoring', vscode.ViewColumn.Beside, {});
      const restored = await api.compare.restore(handed, { documentUri: document.uri.toString() });
      assert.ok(restored, 'the comparison was not restored');
      assert.strictEqual(restored.panel, handed);
      assert.strictEqual(api.compare.get(document.uri), restored);
      await restored.whenRendered();
      assert.strictEqual(handed.title, 'Compare: 汾阳市2023年政府信息公开工作年度报告.md → 汾阳市2024年政府信息公开工作年度报告.md');
      if (uiAvailable) {
        const shown = await ui([{ waitFor: '.gr-compare h1', ...IN_COMPARE }, { text: '.gr-compare h1', ...IN_COMPARE }]);
        assert.deepStrictEqual(shown.results[1], ['汾阳市人民政府: year-over-year comparison 2023 → 2024']);
      }
      restored.panel.dispose();

      // A report that is gone: the panel closes rather than show nothing.
      const orphan = vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, 'restoring', vscode.ViewColumn.Beside, {});
      let closed = false;
      orphan.onDidDispose(() => (closed = true));
      assert.strictEqual(await api.compare.restore(orphan, { documentUri: workspaceUri('yearly/gone.md').toString() }), undefined);
      assert.ok(closed, 'the panel of a missing report stayed open');
    });
  });
}

/** Resolves once `test` holds, checking every 50 ms (for state the extension exposes no event for). */
async function waitFor(test: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
