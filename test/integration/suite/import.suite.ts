import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { buildLayout, checkModel, parseReport, renderPage } from '../../../server/src/engine';
import { docxBuffer } from '../../../server/src/export/docx';
import { COMMANDS } from '../../../client/src/commands/ids';
import { oleFile } from '../../import/bad-files';
import { EXTENSION_ID, countRules, govreportApi, tabOpened, waitForDiagnostics, workspaceUri } from './helpers';
import { screenshot, ui, uiAvailable } from './ui';

/**
 * Reports as they come, in the real VS Code: "Import Report (Word, Web Page, PDF)…" on a Word
 * document (as from the explorer's menu), a web page, a file dropped on a report's editor, and
 * a file that cannot be imported. The documents are the project's exports of the corpus report
 * (its five blank 行政复议 cells are errors to find) and of the canonical example.
 */

/** The repository, from the suite's bundle (dist/test/integration/index.js). */
const ROOT = path.resolve(__dirname, '../../..');
const source = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const IMPORTED = '孝义市人民政府2024年政府信息公开工作年度报告.govreport.md';
/** The command's title as the palette and the explorer's menu show it (package.nls.json). */
const TITLE = 'Import Report (Word, Web Page, PDF)…';
/** VS Code 1.96's DOM: the quick input (palette, and code-server's file dialog) and the context menu. */
const QUICK_INPUT = '.quick-input-widget';
const FOCUSED_ROW = `${QUICK_INPUT} .quick-input-list .monaco-list-row.focused`;
/** The file dialog's rows (files and folders; the palette's command rows have no such icon). */
const DIALOG_ROWS = `${QUICK_INPUT} .quick-input-list .monaco-list-row :is(.file-icon, .folder-icon)`;
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const CENTRE_ITEMS = '.notifications-center .notification-list-item';
const MENU_ITEMS = '.context-view .monaco-menu .action-item';
const EXPLORER_SELECTED = '.explorer-folders-view .monaco-list-row.selected';

/** Resolves once a tab shows `uri` (the import opens its report itself, so the test waits for it). */
const opened = (uri: vscode.Uri) => tabOpened((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString(), `tab of ${uri.path}`, 20_000);

async function exportsOf(text: string): Promise<{ docx: Uint8Array; html: Uint8Array }> {
  const model = parseReport(text);
  const layout = buildLayout(model, checkModel(model));
  return { docx: new Uint8Array(await docxBuffer(layout)), html: new TextEncoder().encode(renderPage(layout, { marks: false })) };
}

export function registerImportTests(): void {
  suite('importing Word documents, web pages and PDFs', () => {
    suiteSetup(async () => {
      const faults = await exportsOf(source('test/fixtures/corpus/xiaoyi-2024.txt'));
      const clean = await exportsOf(source('examples/孝义市2024年政府信息公开工作年度报告.govreport.md'));
      await vscode.workspace.fs.writeFile(workspaceUri('import/word/report.docx'), faults.docx);
      await vscode.workspace.fs.writeFile(workspaceUri('import/web/page.html'), clean.html);
      await vscode.workspace.fs.writeFile(workspaceUri('import/drop/dropped.docx'), clean.docx);
      await vscode.workspace.fs.writeFile(workspaceUri('import/palette/page.html'), clean.html);
      await vscode.workspace.fs.writeFile(workspaceUri('import/menu/report.docx'), clean.docx);
      await vscode.workspace.fs.writeFile(workspaceUri('import/old.doc'), oleFile());
    });
    suiteTeardown(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(workspaceUri('import'), { recursive: true });
    });

    test('a Word document becomes a report beside it, named by agency and year, open with its findings', async () => {
      await govreportApi();
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>(COMMANDS.importReport, workspaceUri('import/word/report.docx'));
      assert.ok(editor, 'the import opened no editor');
      const document = editor.document;
      assert.strictEqual(document.uri.toString(), workspaceUri('import/word', IMPORTED).toString());
      assert.strictEqual(document.languageId, 'govreport');
      assert.deepStrictEqual(document.getText().split('\n').slice(0, 6), ['---', 'agency: 孝义市人民政府', 'agencyKind: government', 'year: 2024', 'published: 2025-01-24', '---']);
      // The published report's faults come with it: the five blank cells of table 四, the prose figure off.
      const diagnostics = await waitForDiagnostics(document.uri, (d) => countRules(d)['cell-empty'] === 5, 'the five cell-empty errors');
      assert.strictEqual(countRules(diagnostics)['text-table-mismatch'], 1);
      if (uiAvailable) await ui([{ waitFor: '.notifications-toasts .notification-toast' }, { screenshot: 'import-word' }]);
      await vscode.commands.executeCommand('notifications.clearAll');
    });

    test('a web page, saved under the name the user gives', async () => {
      const target = workspaceUri('import/web/mine.govreport.md');
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>(COMMANDS.importReport, workspaceUri('import/web/page.html'), target);
      assert.ok(editor);
      assert.strictEqual(editor.document.uri.toString(), target.toString());
      assert.ok(editor.document.getText().includes('| 行政诉讼（未经复议直接起诉） | 7 | 2 | 3 | 0 | 12 |'));
      await waitForDiagnostics(editor.document.uri, (d) => d.length === 0, 'a clean report', 15_000);
    });

    test('from the palette: the file picker, then the report beside the picked file', async () => {
      await govreportApi();
      // Without the workbench page (the Electron route) only the wiring can be checked.
      if (!uiAvailable) return assert.ok((await vscode.commands.getCommands(true)).includes(COMMANDS.importReport));
      const picked = workspaceUri('import/palette/page.html');
      const report = opened(workspaceUri('import/palette', IMPORTED));
      await vscode.commands.executeCommand('workbench.action.quickOpen', `>${TITLE}`);
      await ui([{ textAppears: { selector: FOCUSED_ROW, contains: TITLE } }, { screenshot: 'import-palette' }, { press: 'Enter' }]);
      // code-server's open dialog is a quick input titled by the command, its box holding a folder's path.
      const dialog = await ui([{ textAppears: { selector: `${QUICK_INPUT} .quick-input-title`, contains: 'Import Report' } }]);
      assert.ok(String(dialog.results[0]).includes('Import Report (Word, Web Page, PDF)'), String(dialog.results[0]));
      await typeIntoFileDialog(picked.fsPath);
      await ui([{ screenshot: 'import-picker' }, { press: 'Enter' }]);
      const tab = await report;
      assert.strictEqual(tab.label, IMPORTED);
      await vscode.commands.executeCommand('notifications.clearAll');
    });

    test('from the explorer’s context menu on a Word document', async () => {
      await govreportApi();
      if (!uiAvailable) return assertExplorerMenu();
      const source = workspaceUri('import/menu/report.docx');
      const report = opened(workspaceUri('import/menu', IMPORTED));
      await vscode.commands.executeCommand('revealInExplorer', source);
      // The context menu of the selected row, opened from the keyboard as a user may (Shift+F10).
      const menu = await ui([{ focus: EXPLORER_SELECTED }, { press: 'Shift+F10' }, { textAppears: { selector: MENU_ITEMS, contains: TITLE } }, { screenshot: 'import-explorer-menu' }]);
      assert.ok((menu.results[2] as string[]).some((item) => item.includes(TITLE)), JSON.stringify(menu.results[2]));
      await ui([{ click: `${MENU_ITEMS}:has-text("${TITLE}")` }]);
      const tab = await report;
      assert.strictEqual(tab.label, IMPORTED);
      // The menu offers it only on files the importers read: not on the report itself.
      await vscode.commands.executeCommand('revealInExplorer', workspaceUri('import/menu', IMPORTED));
      const other = await ui([{ focus: EXPLORER_SELECTED }, { press: 'Shift+F10' }, { waitFor: MENU_ITEMS }, { text: MENU_ITEMS }, { press: 'Escape' }]);
      assert.ok(!(other.results[3] as string[]).some((item) => item.includes(TITLE)), JSON.stringify(other.results[3]));
    });

    test('dropping a Word document on a report offers to import it instead of pasting its path', async () => {
      const api = await govreportApi();
      // From a window without toasts: VS Code toasts at most three in 800 ms, and the imports just
      // before may have used them (the offer was then never toasted, on a fresh-clone CI run).
      await vscode.commands.executeCommand('notifications.clearAll');
      const editor = vscode.window.activeTextEditor!;
      const dropped = workspaceUri('import/drop/dropped.docx');
      const transfer = new vscode.DataTransfer();
      transfer.set('text/uri-list', new vscode.DataTransferItem(`${dropped.toString()}\r\n`));
      const edit = await api.drops.provideDocumentDropEdits(editor.document, new vscode.Position(0, 0), transfer);
      assert.ok(edit, 'no drop edit');
      assert.strictEqual(edit.insertText, '');
      const offer = api.drops.lastOffer;
      assert.ok(offer, 'no offer made');
      // A text file dropped is not ours.
      const text = new vscode.DataTransfer();
      text.set('text/uri-list', new vscode.DataTransferItem(workspaceUri('notes.md').toString()));
      assert.strictEqual(await api.drops.provideDocumentDropEdits(editor.document, new vscode.Position(0, 0), text), undefined);
      if (uiAvailable) {
        // Answered in the notification centre, which lists every notification whatever was toasted.
        await vscode.commands.executeCommand('notifications.showList');
        const importButton = `${CENTRE_ITEMS} .monaco-button:has-text("Import")`;
        await ui([{ waitFor: importButton }, { screenshot: 'import-drop-offer' }, { click: importButton }]);
        await vscode.commands.executeCommand('notifications.hideList');
        const opened = await offer;
        assert.ok(opened, 'the offer did not import');
        assert.strictEqual(opened.document.uri.toString(), workspaceUri('import/drop', IMPORTED).toString());
        await screenshot('import-drop-done');
        await vscode.commands.executeCommand('notifications.clearAll');
      }
    });

    test('a file that cannot be imported says why, and nothing is written', async () => {
      // From a window without toasts: an earlier import's "Imported …" is not this one's answer.
      await vscode.commands.executeCommand('notifications.clearAll');
      const result = await vscode.commands.executeCommand<vscode.TextEditor | undefined>(COMMANDS.importReport, workspaceUri('import/old.doc'));
      assert.strictEqual(result, undefined);
      if (uiAvailable) {
        // Read in the notification centre, which lists every notification: VS Code toasts at most three
        // in 800 ms, and the imports just before may have used them. The reason, not the "Importing
        // old.doc…" progress that comes first and also names the file.
        await vscode.commands.executeCommand('notifications.showList');
        const shown = await ui([{ textAppears: { selector: CENTRE_ITEMS, contains: 'old binary Word/WPS document' } }, { screenshot: 'import-refused' }]);
        const texts = shown.results[0] as string[];
        assert.ok(texts.some((text) => text.includes('old.doc') && text.includes('old binary Word/WPS document')), JSON.stringify(texts));
        await vscode.commands.executeCommand('notifications.hideList');
        await vscode.commands.executeCommand('notifications.clearAll');
      }
      const files = await vscode.workspace.fs.readDirectory(workspaceUri('import'));
      assert.deepStrictEqual(files.map(([name]) => name).sort(), ['drop', 'menu', 'old.doc', 'palette', 'web', 'word']);
    });
  });
}

/**
 * Puts `file` in code-server's file dialog as one edit, and waits until it stays there. Keys
 * (Ctrl+A, then typing) raced the dialog: once it has listed its first folder it moves the caret
 * to the end, and may put that folder's path back, so a select-all pressed before then was lost
 * and the path typed was appended to the folder's ("The path does not exist").
 */
async function typeIntoFileDialog(file: string): Promise<void> {
  await ui([{ textAppears: { selector: DIALOG_ROWS, contains: '' } }]);
  const readBack = `new Promise((done) => setTimeout(() => done(document.querySelector(${JSON.stringify(QUICK_INPUT_BOX)})?.value), 500))`;
  let value: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    value = (await ui([{ fill: QUICK_INPUT_BOX, value: file }, { eval: readBack }])).results[1];
    if (value === file) return;
  }
  throw new Error(`the file dialog's box holds ${JSON.stringify(value)}, not ${file}, after 5 attempts`);
}

/** The explorer's menu entry as contributed: on the files the importers read, and no others. */
function assertExplorerMenu(): void {
  const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { menus: Record<string, { command: string; when?: string }[]> } };
  const entry = manifest.contributes.menus['explorer/context'].find((item) => item.command === COMMANDS.importReport);
  const pattern = /resourceExtname =~ \/(.*)\/(\w*)$/.exec(entry?.when ?? '');
  assert.ok(pattern, `no explorer menu entry: ${JSON.stringify(entry)}`);
  const matches = (ext: string) => new RegExp(pattern[1], pattern[2]).test(ext);
  assert.deepStrictEqual(['.docx', '.html', '.htm', '.pdf', '.PDF', '.md', '.doc'].map(matches), [true, true, true, true, true, false, false]);
}
