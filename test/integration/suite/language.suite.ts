import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { CORPUS_NAME, EXTENSION_ID, govreportApi, openInEditor, ruleOf, waitForDiagnostics, workspaceUri, writeWorkspaceFile } from './helpers';

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

    test('new report from template: the canonical empty report, checked by the server', async () => {
      await govreportApi();
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('govreport.newReport', { agency: '测试市人民政府', year: 2024 });
      const { document } = editor;
      assert.strictEqual(document.languageId, 'govreport');
      assert.ok(document.isUntitled);
      const headings = document.getText().split(/\r?\n/).filter((line) => /^## [一二三四五六]、/.test(line));
      assert.strictEqual(headings.length, 6, headings.join(' / '));
      assert.ok(document.getText().includes('测试市人民政府2024年'), 'title carries agency and year');
      // Untitled documents are served too: the blanks of the statutory tables are reported.
      const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'diagnostics of the untitled template');
      assert.ok(diagnostics.some((d) => ruleOf(d) === 'cell-empty'));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });
}
