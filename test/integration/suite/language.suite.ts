import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { matchesEngine } from './engine-expectations';
import { CORPUS_NAME, EXTENSION_ID, govreportApi, openInEditor, ruleOf, waitForDiagnostics, workspaceUri, writeWorkspaceFile } from './helpers';
import { screenshot } from './ui';

export function registerLanguageTests(): void {
  suite('language, activation and commands', () => {
    test(`opening ${CORPUS_NAME} selects the govreport language and activates the extension`, async () => {
      const document = await vscode.workspace.openTextDocument(workspaceUri(CORPUS_NAME));
      assert.strictEqual(document.languageId, 'govreport');
      await govreportApi();
      assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    });

    test('*.govreport.md selects the language; other Markdown stays Markdown', async () => {
      const canonical = await vscode.workspace.openTextDocument(await writeWorkspaceFile('example.govreport.md', '# 示例\n'));
      assert.strictEqual(canonical.languageId, 'govreport');
      const notes = await vscode.workspace.openTextDocument(await writeWorkspaceFile('notes.md', '# 笔记\n'));
      assert.strictEqual(notes.languageId, 'markdown');
    });

    test('the switch command turns the current Markdown file into a report', async () => {
      const editor = await openInEditor(await writeWorkspaceFile('draft.md', '# 草稿\n'));
      assert.strictEqual(editor.document.languageId, 'markdown');
      const switched = await vscode.commands.executeCommand<vscode.TextDocument>('govreport.switchToGovreport');
      assert.strictEqual(switched.languageId, 'govreport');
      assert.strictEqual(vscode.window.activeTextEditor?.document.languageId, 'govreport');
    });

    test('new report from template: named after agency and year, one “not filled in yet” per table, saved under that name', async () => {
      await govreportApi();
      const name = '测试市人民政府2024年政府信息公开工作年度报告.govreport.md';
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('govreport.newReport', { agency: '测试市人民政府', year: 2024 });
      const { document } = editor;
      assert.strictEqual(document.languageId, 'govreport');
      assert.ok(document.isUntitled);
      // An untitled document that already has its path: Save writes it there, Save As proposes it.
      assert.strictEqual(document.uri.scheme, 'untitled');
      assert.strictEqual(document.uri.path, workspaceUri(name).path);
      const headings = document.getText().split(/\r?\n/).filter((line) => /^## [一二三四五六]、/.test(line));
      assert.strictEqual(headings.length, 6, headings.join(' / '));
      assert.ok(document.getText().includes('测试市人民政府2024年'), 'title carries agency and year');

      // Untitled documents are served too; the blank statutory tables are one diagnostic each, not one per cell.
      const diagnostics = await waitForDiagnostics(document.uri, matchesEngine(document), 'diagnostics of the untitled template');
      const empty = diagnostics.filter((d) => ruleOf(d) === 'cell-empty');
      assert.ok(empty.length > 0 && empty.length <= 6, `${empty.length} cell-empty diagnostics`);
      // (A one-cell sub-table of table 二 is its own single empty cell.)
      assert.ok(empty.filter((d) => /not filled in yet: \d+ cells/.test(d.message)).length >= 2, empty.map((d) => d.message).join(' / '));
      await screenshot('new-report');

      const text = document.getText();
      assert.ok(await document.save(), 'not saved');
      const saved = workspaceUri(name);
      assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(saved)), text);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(saved);
    });
  });
}
