// Smoke tests of the integration harness itself (not of govreport): real VS Code API, real extension host.
// Not named *.test.js so that vitest does not collect it.
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');

suite('integration harness smoke', () => {
  test('runs inside VS Code 1.96', () => {
    assert.ok(vscode.version.startsWith('1.96'), `unexpected VS Code version ${vscode.version}`);
  });

  test('loads the extension under development', () => {
    const extension = vscode.extensions.getExtension('govreport.govreport-integration-smoke');
    assert.ok(extension, 'smoke extension not registered');
  });

  test('opens the workspace folder given with --workspace', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder open');
    assert.strictEqual(path.basename(folder.uri.fsPath), 'workspace');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'hello.txt'));
    assert.strictEqual(document.getText().trim(), 'smoke workspace: 政府信息公开');
  });

  test('opens an untitled document and reads its text back', async () => {
    const text = '第一行\nsecond line\n';
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
    const editor = await vscode.window.showTextDocument(document);
    assert.strictEqual(editor.document.isUntitled, true);
    assert.strictEqual(editor.document.getText(), text);
    assert.strictEqual(editor.document.lineCount, 3);
  });
});
