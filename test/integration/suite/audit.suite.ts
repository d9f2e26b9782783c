import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { AuditNode } from '../../../client/src/audit/tree';
import type { AuditResult } from '../../../server/src/lsp/audit-protocol';
import { govreportApi, workspaceUri } from './helpers';
import { screenshot, ui, uiAvailable } from './ui';

/**
 * The audit of a folder of reports (issue 8 item 3) in the real VS Code: a workspace of several
 * bodies and years (the corpus and the 孝义市 2023/2024 pair, laid out by scripts/test-integration.mjs),
 * the "Annual Reports" view and the dashboard, with screenshots.
 */

/** Inside the dashboard's webview (VS Code nests the page in two frames). */
const IN_WEBVIEW = 'iframe.webview.ready >> internal:control=enter-frame >> #active-frame >> internal:control=enter-frame >>';
const SIDEBAR_ROWS = '[id="workbench.parts.sidebar"] .monaco-list-row';
const XIAOYI_2024 = '孝义市/孝义市2024年政府信息公开工作年度报告.md';

export function registerAuditTests(): void {
  suite('audit of many reports', () => {
    suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    /** The audit once the server's scan is over. */
    async function settled(): Promise<AuditResult> {
      const { audit } = await govreportApi();
      for (let i = 0; i < 200; i++) {
        const result = await audit.source.refresh();
        if (!result.scanning && result.reports.length === 8) return result;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the workspace scan did not settle on 8 reports');
    }

    test('the Annual Reports view lists every report by year and body, with what the Problems view shows', async () => {
      const { audit } = await govreportApi();
      const result = await settled();
      await vscode.commands.executeCommand('workbench.view.extension.govreport');
      const years = (await audit.tree.getChildren()) as Extract<AuditNode, { kind: 'year' }>[];
      // Latest year first; within a year, bodies in Chinese collation order.
      const byName = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
      assert.deepStrictEqual(
        years.map((y) => [y.year, y.reports.map((r) => r.agency)]),
        [
          [2025, byName(['上海市人民政府办公厅', '沐阳县人民政府'])],
          [2024, byName(['淮安市人民政府', '上海市科委', '孝义市人民政府'])],
          [2023, byName(['沭阳县发展和改革局', '孝义市人民政府'])],
          [2019, ['上海市人民政府办公厅']],
        ],
      );
      for (const entry of result.reports) {
        const shown = vscode.languages.getDiagnostics(vscode.Uri.parse(entry.uri)).filter((d) => d.source === 'govreport');
        const count = (s: vscode.DiagnosticSeverity) => shown.filter((d) => d.severity === s).length;
        assert.deepStrictEqual([entry.counts.error, entry.counts.warning], [count(vscode.DiagnosticSeverity.Error), count(vscode.DiagnosticSeverity.Warning)], entry.path);
      }
      const xiaoyi = result.reports.find((r) => r.path === XIAOYI_2024)!;
      assert.deepStrictEqual([xiaoyi.publication.word, xiaoyi.chain.word], ['on time', 'broken']);
      const item = audit.tree.getTreeItem({ kind: 'report', entry: xiaoyi });
      assert.strictEqual(item.label, '孝义市人民政府');
      assert.strictEqual(item.description, '0 errors, 1 warning · on time · carry-over broken');
      if (uiAvailable) {
        const shown = await ui([{ textAppears: { selector: SIDEBAR_ROWS, contains: '淮安市人民政府' } }]);
        const rows = (shown.results[0] as string[]).join('\n');
        for (const text of ['2025', '2024', '2023', '2019', '上海市科委', '沭阳县发展和改革局', 'carry-over broken']) assert.ok(rows.includes(text), `the view lacks ${text}: ${rows}`);
        await screenshot('audit-tree');
      }
    });

    test('a report opens from its row; its publication, chain and problems open where they are', async () => {
      const { audit } = await govreportApi();
      const result = await settled();
      const xiaoyi = result.reports.find((r) => r.path === XIAOYI_2024)!;
      if (uiAvailable) {
        await ui([{ click: `${SIDEBAR_ROWS}:has-text("淮安市人民政府")` }]);
        await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === workspaceUri('淮安市2024年政府信息公开工作年度报告.md').toString(), 'the report to open from the view');
      }
      const children = await audit.tree.getChildren({ kind: 'report', entry: xiaoyi });
      assert.deepStrictEqual(children.map((c) => c.kind), ['publication', 'chain', 'problem']);
      // The chain leads to last year's report; the problem to its range.
      const chain = audit.tree.getTreeItem(children[1]);
      assert.strictEqual(chain.label, "chain to last year's report broken: 二 (carried over) differs from last year's 四 (carried into next year) (1 place)");
      await run(chain.command!);
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), workspaceUri('孝义市', '孝义市2023年政府信息公开工作年度报告.md').toString());
      const problem = children[2] as Extract<AuditNode, { kind: 'problem' }>;
      await run(audit.tree.getTreeItem(problem).command!);
      const editor = vscode.window.activeTextEditor!;
      assert.strictEqual(editor.document.uri.toString(), workspaceUri(XIAOYI_2024).toString());
      assert.ok(editor.selection.isEqual(problem.diagnostic.range), `selection ${JSON.stringify(editor.selection)}`);
      const publication = audit.tree.getTreeItem(children[0]);
      assert.strictEqual(publication.label, 'published 2025-01-24, on time (deadline 2025-03-31)');
      await run(publication.command!);
      const dated = vscode.window.activeTextEditor!;
      assert.strictEqual(dated.document.getText(dated.selection).replace(/\s/g, ''), '2025年1月24日');
    });

    test('the dashboard: reports × rules, sorted and opened from the page, exported as CSV and as a page', async () => {
      const { audit } = await govreportApi();
      const result = await settled();
      await vscode.commands.executeCommand('govreport.openAuditDashboard');
      await audit.dashboard.whenRendered();
      const shown = audit.dashboard.counters;
      assert.strictEqual(shown.rows, 8);
      assert.deepStrictEqual(shown.columns.slice(0, 7), ['body', 'year', 'file', 'errors', 'warnings', 'publication', 'chain']);
      assert.deepStrictEqual(shown.columns.slice(7), result.rules.map((r) => `rule:${r.id}`));
      if (uiAvailable) {
        const page = await ui([{ waitFor: `${IN_WEBVIEW} #gr-table` }, { count: `${IN_WEBVIEW} #gr-table tbody tr` }, { screenshot: 'audit-dashboard' }]);
        assert.strictEqual(page.results[1], 8);
        // Sorted by body, then a click on the first row opens that report.
        await ui([{ click: `${IN_WEBVIEW} #gr-table thead button[data-key="body"]` }]);
        await waitFor(() => audit.dashboard.counters.sort === 'body:asc', 'the sort by body');
        await ui([{ click: `${IN_WEBVIEW} #gr-table tbody tr:first-child td:nth-child(3)` }]);
        await waitFor(() => audit.dashboard.counters.opened.length === 1, 'the click on a row');
        const first = [...result.reports].sort((a, b) => (a.agency ?? '').localeCompare(b.agency ?? '', 'zh-CN') || a.path.localeCompare(b.path))[0];
        assert.strictEqual(audit.dashboard.counters.opened[0], first.uri);
        await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === vscode.Uri.parse(first.uri).toString(), 'the report to open');
        await vscode.commands.executeCommand('govreport.openAuditDashboard');
        await ui([{ click: `${IN_WEBVIEW} #gr-problems` }, { screenshot: 'audit-dashboard-filtered' }]);
      }
      const csv = await audit.exporter.save('csv', undefined, workspaceUri('audit.csv'));
      // Keep the byte-order mark when decoding: it is part of what is checked.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(csv!));
      const lines = text.split('\r\n');
      assert.ok(lines[0].startsWith('\ufeffbody,year,file,errors,warnings,info,publication,published,deadline,carry-over,'), lines[0]);
      assert.strictEqual(lines.length, 10);
      const page = await audit.exporter.save('html', [result.reports[0].uri], workspaceUri('audit.html'));
      const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(page!));
      assert.ok(html.startsWith('<!DOCTYPE html>') && html.includes(result.reports[0].path) && !html.includes(result.reports[1].path));
    });
  });
}

async function run(command: vscode.Command): Promise<void> {
  await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
}

/** Resolves once `test` holds, checking every 50 ms (for state the extension exposes no event for). */
async function waitFor(test: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
