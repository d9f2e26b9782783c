import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { l10n } from '../../../client/src/l10n';
import { PREVIEW_COMMANDS } from '../../../client/src/preview/manager';
import { CORPUS_NAME, govreportApi, openInEditor, workspaceUri, writeWorkspaceFile } from './helpers';
import { inPreview, PREVIEW_FRAME, screenshot, ui } from './ui';

/**
 * The preview behaves like VS Code's Markdown preview: it follows the active report editor
 * unless locked (title-bar button and command), "Open Source" shows the report, a double-click
 * anywhere jumps to that place in the source, the summary bar jumps to the first problem and is
 * reached by the keyboard, and all of its text follows `govreport.language`, plurals included.
 */

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../../examples/孝义市2024年政府信息公开工作年度报告.govreport.md'), 'utf8');

async function setLanguage(value: 'auto' | 'zh-CN' | 'en'): Promise<void> {
  await vscode.workspace.getConfiguration('govreport').update('language', value, vscode.ConfigurationTarget.Global);
}

export function registerPreviewLikeMarkdownTests(): void {
  suite('preview like the Markdown preview', () => {
    // Notifications would lie over the elements the tests click.
    setup(() => vscode.commands.executeCommand('notifications.clearAll'));
    suiteTeardown(async () => {
      await setLanguage('auto');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('follows the active report editor; locked, it stays; Open Source shows its report', async () => {
      const api = await govreportApi();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const a = await writeWorkspaceFile('follow-a.govreport.md', EXAMPLE);
      const b = await writeWorkspaceFile('follow-b.govreport.md', EXAMPLE.replace('孝义市2024年', '孝义市2024年（乙）'));
      await openInEditor(a);
      await vscode.commands.executeCommand(PREVIEW_COMMANDS.showToSide);
      const preview = api.preview.get(a)!;
      await preview.whenRendered(preview.document.version);
      assert.strictEqual(preview.panel.title, l10n.t('Preview {0}', 'follow-a.govreport.md'));

      const docB = (await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(b), vscode.ViewColumn.One)).document;
      await until(() => preview.document === docB, 'the preview to move to the active report');
      await preview.whenRendered(docB.version);
      assert.match(await inPreview<string>(`document.querySelector('.gr-title').textContent`), /（乙）/);
      assert.strictEqual(preview.panel.title, l10n.t('Preview {0}', 'follow-b.govreport.md'));

      preview.panel.reveal(undefined, false);
      await vscode.commands.executeCommand(PREVIEW_COMMANDS.toggleLock);
      assert.strictEqual(preview.locked, true);
      assert.strictEqual(preview.panel.title, l10n.t('[Preview] {0}', 'follow-b.govreport.md'));
      await screenshot('preview-locked-title-bar');
      const docA = (await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(a), vscode.ViewColumn.One)).document;
      await until(() => vscode.window.activeTextEditor?.document === docA, 'report A in the editor');
      assert.strictEqual(preview.document, docB, 'a locked preview stays on its report');

      preview.panel.reveal(undefined, false);
      await vscode.commands.executeCommand(PREVIEW_COMMANDS.showSource);
      assert.strictEqual(vscode.window.activeTextEditor?.document, docB, 'Open Source shows the locked preview’s report');
      preview.panel.reveal(undefined, false);
      await vscode.commands.executeCommand(PREVIEW_COMMANDS.toggleLock);
      assert.strictEqual(preview.locked, false);
      await vscode.window.showTextDocument(docA, vscode.ViewColumn.One);
      await until(() => preview.document === docA, 'the unlocked preview to follow again');
      await preview.whenRendered(preview.document.version);
    });

    test('a double-click anywhere jumps to that place in the source', async () => {
      const api = await govreportApi();
      const a = workspaceUri('follow-a.govreport.md');
      const preview = api.preview.get(a)!;
      const line = await inPreview<number>(`Number(document.querySelectorAll('.gr-prose [data-line]')[3].dataset.line)`);
      await ui([{ dblclick: '.gr-prose [data-line] >> nth=3', in: PREVIEW_FRAME }]);
      await until(() => vscode.window.activeTextEditor?.document === preview.document && vscode.window.activeTextEditor.selection.start.line === line, `the editor at line ${line}`);
      await ui([{ dblclick: 'td[data-cell="t3/t3/r2/natural"]', in: PREVIEW_FRAME }]);
      const row = preview.document.getText().split('\n').findIndex((l) => l.startsWith('| （二）部分公开'));
      await until(() => vscode.window.activeTextEditor?.selection.start.line === row, `the editor on the row of （二）部分公开 (${row})`);
    });

    test('the summary bar jumps to the first problem, and the keyboard reaches it', async () => {
      const api = await govreportApi();
      const uri = workspaceUri(CORPUS_NAME);
      // A known layout: the report in the first group, its preview beside it.
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), vscode.ViewColumn.One);
      await vscode.commands.executeCommand(PREVIEW_COMMANDS.showToSide);
      const preview = api.preview.get(uri)!;
      await preview.whenRendered(preview.document.version);
      const firstError = vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).sort((x, y) => x.range.start.compareTo(y.range.start))[0];
      // Keyboard: from the bar, Tab reaches the error count first.
      const focused = await ui([
        { click: '#gr-summary', in: PREVIEW_FRAME },
        { press: 'Tab' },
        { eval: 'document.activeElement.className', in: PREVIEW_FRAME },
      ]);
      assert.strictEqual(focused.results[2], 'gr-count gr-error');
      await ui([{ press: 'Enter' }]);
      await until(() => vscode.window.activeTextEditor?.selection.start.isEqual(firstError.range.start) === true, 'the editor at the first error');
    });

    test('all preview text follows govreport.language, with plurals', async () => {
      const api = await govreportApi();
      const uri = workspaceUri(CORPUS_NAME);
      const preview = api.preview.get(uri)!;
      const all = vscode.languages.getDiagnostics(uri);
      const errors = all.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
      const warnings = all.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
      const english = `✖${errors} ${errors === 1 ? 'error' : 'errors'}▲${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
      await setLanguage('en');
      await until(() => preview.panel.title === `Preview ${CORPUS_NAME}`, 'the English title');
      await until(async () => (await summaryText()) === english, `the English summary “${english}”`);
      assert.strictEqual(l10n.plural(1, '{0} error', '{0} errors'), '1 error');
      assert.strictEqual(l10n.plural(2, 'Converted {0} table to a standard table.', 'Converted {0} tables to standard tables.'), 'Converted 2 tables to standard tables.');
      await screenshot('preview-english');
      await setLanguage('zh-CN');
      await until(() => preview.panel.title === `预览 ${CORPUS_NAME}`, 'the Chinese title');
      await until(async () => (await summaryText()) === `✖${errors} 个错误▲${warnings} 个警告`, 'the Chinese summary');
      assert.strictEqual(l10n.plural(1, '{0} error', '{0} errors'), '1 个错误');
      // The marks' tooltips come from the server in the same language.
      assert.match(await inPreview<string>(`document.querySelector('td.gr-marked').title`), /[\u4e00-\u9fff]/);
      await screenshot('preview-chinese');
    });
  });
}

function summaryText(): Promise<string> {
  return inPreview<string>(`document.getElementById('gr-summary').textContent`);
}

/** Waits until `condition` holds (checked every 50 ms; a condition that throws — a webview reloading — does not hold yet). */
async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  const holds = async () => {
    try {
      return await condition();
    } catch {
      return false;
    }
  };
  while (!(await holds())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
