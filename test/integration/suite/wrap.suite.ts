import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { convertDocument } from '../../../server/src/engine';
import { PREVIEW_COMMANDS } from '../../../client/src/preview/manager';
import { CORPUS_NAME, govreportApi, openInEditor, workspaceUri, writeWorkspaceFile } from './helpers';
import { ui } from './ui';

/**
 * Table 三 in the text editor, beside the preview, with word wrap on (the default for reports):
 * written aligned it is 153 columns wide and every row wraps into fragments; written compact
 * (as govreport now writes tables too wide to align) with the wrapping indent, most rows fit on
 * their line and a wrapped one continues indented. Measured on the editor's own rendering: the
 * screen lines the table's rows take.
 */

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../../examples/孝义市2024年政府信息公开工作年度报告.govreport.md'), 'utf8');
/** The screen lines of the editor in the active group (another group may hold a text editor too). */
const VIEW_LINES = '.part.editor .editor-group-container.active .editor-instance .monaco-editor .view-lines .view-line';

/** Shows table 三 from its header at the top of the editor; answers the source lines visible and the screen lines they take. */
async function measure(editor: vscode.TextEditor, name: string): Promise<{ rows: number; screenLines: number }> {
  const header = editor.document.getText().split('\n').findIndex((l) => l.startsWith('| 申请人情况'));
  editor.revealRange(new vscode.Range(header, 0, header, 0), vscode.TextEditorRevealType.AtTop);
  await new Promise((resolve) => setTimeout(resolve, 300)); // the editor renders after the reveal
  const visible = editor.visibleRanges[0];
  const { results } = await ui([{ count: VIEW_LINES }, { screenshot: name }]);
  // Only the table's rows: the last visible line may be cut off, so count whole source lines.
  return { rows: visible.end.line - visible.start.line, screenLines: results[0] as number };
}

export function registerWrapTests(): void {
  suite('wide tables in the text editor', () => {
    // A known layout: the report in the first group, its preview beside it.
    suiteSetup(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));
    test('table 三 written compact takes far fewer screen lines than aligned, beside the preview with word wrap on', async () => {
      const api = await govreportApi();
      const editorConfig = vscode.workspace.getConfiguration('editor', { languageId: 'govreport' });
      assert.strictEqual(editorConfig.get('wordWrap'), 'on');
      assert.strictEqual(editorConfig.get('wrappingIndent'), 'indent');

      // Before: the table aligned, as govreport wrote it until now, and the editor's default wrapping indent.
      await editorConfig.update('wrappingIndent', 'same', vscode.ConfigurationTarget.Workspace, true);
      const before = await openInEditor(await writeWorkspaceFile('wrap-aligned.govreport.md', EXAMPLE));
      await vscode.commands.executeCommand(PREVIEW_COMMANDS.showToSide);
      await api.preview.get(before.document.uri)?.whenRendered(before.document.version);
      await vscode.window.showTextDocument(before.document, before.viewColumn);
      const aligned = await measure(before, 'wrap-before');
      await editorConfig.update('wrappingIndent', undefined, vscode.ConfigurationTarget.Workspace, true);

      // After: the same report as govreport writes it now (the published report converted and fixed).
      const text = convertDocument(readFileSync(workspaceUri(CORPUS_NAME).fsPath, 'utf8'), { fix: true }).text;
      const after = await openInEditor(await writeWorkspaceFile('wrap-compact.govreport.md', text));
      await api.preview.get(after.document.uri)?.whenRendered(after.document.version);
      await vscode.window.showTextDocument(after.document, after.viewColumn);
      const compact = await measure(after, 'wrap-after');

      const perRow = (m: { rows: number; screenLines: number }) => m.screenLines / Math.max(1, m.rows);
      console.log(`      (table 三 beside the preview: aligned ${aligned.screenLines} screen lines for ${aligned.rows} source lines (${perRow(aligned).toFixed(2)} per line); compact ${compact.screenLines} for ${compact.rows} (${perRow(compact).toFixed(2)}))`);
      assert.ok(perRow(aligned) >= 2, `aligned rows should wrap (${perRow(aligned)} screen lines per row)`);
      assert.ok(perRow(compact) <= 0.65 * perRow(aligned), `compact rows should take far fewer screen lines (${perRow(compact)} against ${perRow(aligned)} per row)`);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('a table written aligned before is rewritten compact by the refactoring the light bulb offers on it', async () => {
      const api = await govreportApi();
      const editor = await openInEditor(await writeWorkspaceFile('wrap-refactor.govreport.md', EXAMPLE));
      const document = editor.document;
      const row = document.getText().split('\n').findIndex((l) => l.startsWith('| 一、本年新收'));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(row, 2, row, 2));
      const compact = actions.find((a) => a.kind?.value === 'refactor.rewrite');
      assert.ok(compact?.edit, `no refactoring among ${actions.map((a) => a.title).join(' / ')}`);
      assert.match(compact.title, /compact|紧凑/);
      assert.ok(await vscode.workspace.applyEdit(compact.edit));
      const lines = document.getText().split('\n');
      assert.strictEqual(lines[row + 0].startsWith('| 一、本年新收政府信息公开申请数量 | 61 | 5 | 0 | 0 | 2 | 2 | 70 |'), true, lines[row]);
      assert.strictEqual(lines.length, EXAMPLE.split('\n').length);
      await vscode.commands.executeCommand(PREVIEW_COMMANDS.showToSide);
      await api.preview.get(document.uri)?.whenRendered(document.version);
      await vscode.window.showTextDocument(document, editor.viewColumn);
      const after = await measure(editor, 'wrap-refactored');
      console.log(`      (the example's table 三 rewritten compact: ${after.screenLines} screen lines for ${after.rows} source lines)`);
      assert.ok(after.screenLines / Math.max(1, after.rows) < 2.5, `${after.screenLines} screen lines for ${after.rows} rows`);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });
}
