import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { matchesEngine } from './engine-expectations';
import { CORPUS_NAME, govreportApi, openInEditor, ruleOf, tabOpened, waitForDiagnostics, workspaceUri } from './helpers';
import { ui, type FrameResult } from './ui';

/** The rule link of the first row of the Problems panel (VS Code 1.96's markers view). */
const PROBLEMS_CODE_LINK = '.markers-panel .monaco-link';

function isMarkdownPreview(tab: vscode.Tab): boolean {
  return tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview');
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter(isMarkdownPreview);
}

/** Resolves with the Markdown preview of the rule's page, once it is open. */
function previewOpened(rule: string): Promise<vscode.Tab> {
  return tabOpened((t) => isMarkdownPreview(t) && t.label.includes(`${rule}.md`), `preview of ${rule}.md`);
}

/** The preview is beside the report, and the report still has its own tab, active in its own group. */
function assertBesideReport(preview: vscode.Tab, report: vscode.Uri): void {
  const reportTabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === report.toString());
  assert.strictEqual(reportTabs.length, 1, 'the report lost its tab');
  assert.notStrictEqual(preview.group.viewColumn, reportTabs[0].group.viewColumn, 'the page opened in the report’s group');
  assert.ok(reportTabs[0].isActive, 'the report is no longer the active tab of its group');
}

export function registerRuleDocsTests(): void {
  suite('rule documentation', () => {
    // One editor group to start from, so "beside" is a second group whatever earlier suites left open.
    setup(() => vscode.commands.executeCommand('workbench.action.joinAllGroups'));
    teardown(async () => {
      await vscode.window.tabGroups.close(previewTabs());
    });

    test('the rule link in the Problems panel opens the rendered page beside the report, which keeps its tab', async () => {
      await govreportApi();
      const { document } = await openInEditor(workspaceUri(CORPUS_NAME));
      const diagnostics = await waitForDiagnostics(document.uri, matchesEngine(document), 'the report diagnostics');
      for (const d of diagnostics) {
        const target = typeof d.code === 'object' ? d.code.target : undefined;
        assert.strictEqual(target?.scheme, 'command', `${ruleOf(d)} links to ${String(target)}`);
        assert.strictEqual(target.path, 'govreport.showRuleDocumentation');
        assert.deepStrictEqual(JSON.parse(decodeURIComponent(target.query)), [ruleOf(d)]);
      }
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      // From the top of the list (the view reveals the active file's problems, which may scroll the first row under its title).
      const { results } = await ui([{ waitFor: PROBLEMS_CODE_LINK }, { press: 'Home' }, { text: PROBLEMS_CODE_LINK }]);
      const rule = (results[2] as string[])[0].trim();
      assert.ok(diagnostics.some((d) => ruleOf(d) === rule), `the first link names “${rule}”`);
      const opened = previewOpened(rule);
      await ui([{ click: PROBLEMS_CODE_LINK }]);
      assertBesideReport(await opened, document.uri);
      // Rendered: the page's table is a table, its line break a break (no pipes or <br> as text).
      const page = (await ui([{ frame: { contains: `${rule}`, count: ['table', 'h1'] } }, { screenshot: 'rule-docs-from-problems' }])).results[0] as FrameResult;
      assert.ok(page.counts[0] >= 1 && page.counts[1] === 1, `not rendered: ${JSON.stringify(page.counts)}`);
      assert.ok(!page.text.includes('|---') && !page.text.includes('<br>'), page.text.slice(0, 300));
    });

    test("the quick-fix menu's “show documentation” (the server's window/showDocument) opens the same rendered page", async () => {
      await govreportApi();
      const { document } = await openInEditor(workspaceUri(CORPUS_NAME));
      const diagnostics = await waitForDiagnostics(document.uri, matchesEngine(document), 'the report diagnostics');
      const empty = diagnostics.find((d) => ruleOf(d) === 'cell-empty');
      assert.ok(empty, 'no cell-empty diagnostic');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, empty.range, vscode.CodeActionKind.QuickFix.value);
      const show = actions.find((a) => a.command?.command === 'govreport.server.showRuleDocumentation');
      assert.ok(show?.command, `no documentation action among: ${actions.map((a) => a.title).join(' / ')}`);
      const opened = previewOpened('cell-empty');
      await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
      assertBesideReport(await opened, document.uri);
    });
  });
}
