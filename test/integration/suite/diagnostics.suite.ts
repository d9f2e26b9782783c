import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { RULES_BY_ID } from '../../../server/src/engine';
import { engineCounts, matchesEngine } from './engine-expectations';
import { CORPUS_NAME, countRules, govreportApi, openInEditor, positionOf, waitForDiagnostics, workspaceUri } from './helpers';

/** The "done when": the corpus report's diagnostics, within a second, in a real VS Code. */
const EXPECTED_AT_LEAST: Record<string, number> = {
  'cell-empty': 5, // the five blank 行政复议 cells of table 四
  'text-table-mismatch': 1, // 出台行政规范性文件 8 件 vs 10 in table 二
  'table-pasted': 1, // tables pasted from Word
  // The 2024 report of a 人民政府 says nothing of 社会评议 results (条例第五十条第（四）项).
  ...(RULES_BY_ID.has('government-evaluation') ? { 'government-evaluation': 1 } : {}),
};

export function registerDiagnosticsTests(): void {
  suite('diagnostics of the corpus report', () => {
    let document: vscode.TextDocument;

    suiteSetup(async () => {
      await govreportApi(); // server running: the timing below is the server's, not its start-up
    });

    test('the expected diagnostics appear within a second of opening', async () => {
      const started = Date.now();
      document = (await openInEditor(workspaceUri(CORPUS_NAME))).document;
      const diagnostics = await waitForDiagnostics(document.uri, matchesEngine(document), "the engine's diagnostics", 5000);
      const elapsed = Date.now() - started;
      const counts = countRules(diagnostics);
      for (const [rule, n] of Object.entries(EXPECTED_AT_LEAST)) assert.ok((counts[rule] ?? 0) >= n, `${rule}: expected ≥ ${n}, got ${JSON.stringify(counts)}`);
      assert.strictEqual(counts['cell-empty'], 5, JSON.stringify(counts));
      console.log(`      (diagnostics ${elapsed} ms after opening)`);
      assert.ok(elapsed < 1000, `diagnostics took ${elapsed} ms`);
    });

    test('each diagnostic names its rule and links to its documentation', () => {
      for (const d of vscode.languages.getDiagnostics(document.uri)) {
        assert.ok(typeof d.code === 'object' && d.code !== null, `code of "${d.message}" is not linked`);
        assert.ok(RULES_BY_ID.has(String(d.code.value)), `unknown rule ${String(d.code.value)}`);
        assert.ok(d.code.target.toString().length > 0);
      }
    });

    test('an edit is checked within a second, and undoing it restores the diagnostics', async () => {
      const editor = await openInEditor(document.uri);
      const before = engineCounts(document.getText());
      // The prose says 70 applications, as table 三 does: make it disagree.
      const at = positionOf(document, '全年共受理政府信息公开申请 70 件', '全年共受理政府信息公开申请 '.length);
      const started = Date.now();
      await editor.edit((edit) => edit.replace(new vscode.Range(at, at.translate(0, 2)), '71'));
      const after = await waitForDiagnostics(document.uri, matchesEngine(document), 'diagnostics of the edited text');
      const elapsed = Date.now() - started;
      assert.strictEqual(countRules(after)['text-table-mismatch'], (before['text-table-mismatch'] ?? 0) + 1);
      console.log(`      (diagnostics ${elapsed} ms after the edit)`);
      assert.ok(elapsed < 1000, `diagnostics after an edit took ${elapsed} ms`);

      await vscode.commands.executeCommand('undo');
      assert.ok(document.getText().includes('全年共受理政府信息公开申请 70 件'));
      await waitForDiagnostics(document.uri, matchesEngine(document), 'diagnostics after undo');
      assert.ok(!document.isDirty);
    });
  });
}
