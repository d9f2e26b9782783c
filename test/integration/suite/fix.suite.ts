import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { convertDocument, fixAll, fixAllSummaryMessage, type FixAllSummary } from '../../../server/src/engine';
import { engineCounts, engineFixableRules, matchesEngine } from './engine-expectations';
import { CORPUS_NAME, countRules, govreportApi, nextChange, openInEditor, readWorkspaceFile, ruleOf, waitForDiagnostics, writeWorkspaceFile } from './helpers';
import { notificationShowing } from './notifications';
import { screenshot } from './ui';

const TOTAL_ROW = '一、本年新收政府信息公开申请数量';

async function quickFixesFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
    10,
  );
  return actions.filter((a): a is vscode.CodeAction => typeof a.command !== 'string');
}

/**
 * The preferred quick fixes offered at a diagnostic's range. (vscode.executeCodeActionProvider
 * does not carry an action's `diagnostics` over to the API, so the range is what ties them.)
 */
async function preferredFixesAt(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return (await quickFixesFor(document, diagnostic)).filter((a) => a.isPreferred && a.edit !== undefined);
}

/** Resolves once the editor shows `line` (visible ranges reach the extension host by event, after the scroll). */
function lineInView(editor: vscode.TextEditor, line: number, timeoutMs = 5000): Promise<void> {
  const shows = (ranges: readonly vscode.Range[]) => ranges.some((r) => r.start.line <= line && line <= r.end.line);
  if (shows(editor.visibleRanges)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`line ${line} not in view: ${JSON.stringify(editor.visibleRanges)}`));
    }, timeoutMs);
    const subscription = vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
      if (event.textEditor !== editor || !shows(event.visibleRanges)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
}

export function registerFixTests(): void {
  suite('quick fixes and fix all', () => {
    suiteSetup(() => govreportApi());

    test('the quick fix on a broken total fixes it and the diagnostic goes', async () => {
      // The corpus report in canonical form, every fixable problem fixed: the baseline.
      const canonical = convertDocument(await readWorkspaceFile(CORPUS_NAME), { fix: true }).text;
      const editor = await openInEditor(await writeWorkspaceFile('canonical-孝义市2024年政府信息公开工作年度报告.md', canonical));
      const { document } = editor;
      const baseline = await waitForDiagnostics(document.uri, matchesEngine(document), 'diagnostics of the canonical copy');

      // Break the total of 一、本年新收 (61+5+0+0+2+2 = 70) as a user would, by typing.
      const line = document.lineAt(document.getText().split('\n').findIndex((l) => l.startsWith(`| ${TOTAL_ROW}`)));
      const cell = line.text.lastIndexOf('70');
      await editor.edit((edit) => edit.replace(new vscode.Range(line.lineNumber, cell, line.lineNumber, cell + 2), '71'));
      const broken = await waitForDiagnostics(document.uri, (d) => d.length > baseline.length, 'the broken-total diagnostic');
      const diagnostic = broken.find((d) => d.range.contains(new vscode.Position(line.lineNumber, cell + 1)));
      assert.ok(diagnostic, `no diagnostic on the edited row: ${JSON.stringify(countRules(broken))}`);

      const [fix, ...others] = await preferredFixesAt(document, diagnostic);
      assert.ok(fix?.edit, `no preferred quick fix for ${ruleOf(diagnostic)}`);
      assert.strictEqual(others.length, 0, 'more than one preferred fix');
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.ok(document.lineAt(line.lineNumber).text.includes(' 70 |'), document.lineAt(line.lineNumber).text);
      const after = await waitForDiagnostics(document.uri, (d) => !d.some((x) => x.range.start.line === line.lineNumber), 'the diagnostic to go');
      assert.deepStrictEqual(countRules(after), countRules(baseline));
    });

    test('"fix all" leaves only diagnostics that have no fix', async () => {
      const uri = await writeWorkspaceFile('fixall-孝义市2024年政府信息公开工作年度报告.md', await readWorkspaceFile(CORPUS_NAME));
      const { document } = await openInEditor(uri);
      await waitForDiagnostics(document.uri, matchesEngine(document), 'diagnostics of the copy');
      assert.ok(engineFixableRules(document.getText()).length > 0, 'nothing to fix in the first place');

      const expected = fixAll(document.getText());
      const changed = nextChange(document);
      const summary = await vscode.commands.executeCommand<FixAllSummary | undefined>('govreport.fixAll');
      assert.deepStrictEqual(summary, { fixed: expected.fixed, byRule: expected.fixedByRule }, 'fix all changed nothing, or not what the engine does');
      await changed;
      // What changed, by rule, told to the user.
      const message = fixAllSummaryMessage(summary).en;
      assert.ok(message.startsWith(`Fixed ${expected.fixed} problems: cell-empty 5, table-pasted 3`), message);
      await notificationShowing(message);
      await screenshot('fix-all-summary');
      const remaining = await waitForDiagnostics(document.uri, matchesEngine(document), 'diagnostics after fix all');

      assert.deepStrictEqual(engineFixableRules(document.getText()), [], 'the engine still sees fixable problems');
      for (const diagnostic of remaining) {
        const preferred = await preferredFixesAt(document, diagnostic);
        assert.deepStrictEqual(preferred.map((a) => a.title), [], `${ruleOf(diagnostic)} still has a fix`);
      }
      const counts = countRules(remaining);
      for (const gone of ['table-pasted', 'cell-empty']) assert.ok(!counts[gone], `${gone} left after fix all: ${JSON.stringify(counts)}`);
      assert.deepStrictEqual(counts, engineCounts(document.getText()));
    });

    test('"convert pasted tables" selects the converted tables and scrolls to the first', async () => {
      const original = await readWorkspaceFile(CORPUS_NAME);
      const editor = await openInEditor(await writeWorkspaceFile('convert-孝义市2024年政府信息公开工作年度报告.md', original));
      const { document } = editor;
      await waitForDiagnostics(document.uri, matchesEngine(document), 'diagnostics of the copy');
      const converted = await vscode.commands.executeCommand<number>('govreport.convertTables');
      assert.strictEqual(converted, 3);
      const expected = convertDocument(original);
      assert.strictEqual(document.getText(), expected.text);
      const selected = editor.selections.map((s) => [document.offsetAt(s.start), document.offsetAt(s.end)]);
      assert.deepStrictEqual(selected, expected.converted.map((s) => [s.start, s.end]));
      for (const s of editor.selections) assert.ok(document.getText(s).startsWith('| '), document.getText(s).slice(0, 40));
      await lineInView(editor, editor.selections[0].start.line);
      await notificationShowing('Converted 3 tables to standard tables.');
      await screenshot('convert-selected');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });
}
