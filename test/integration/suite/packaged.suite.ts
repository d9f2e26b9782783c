import * as assert from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { buildLayout, checkModel, parseReport } from '../../../server/src/engine';
import { docxBuffer } from '../../../server/src/export/docx';
import { IMPORT_DOCUMENT, type ImportDocumentResult } from '../../../server/src/lsp/import-protocol';
import { CORPUS_NAME, EXTENSION_ID, countRules, govreportApi, openInEditor, waitForDiagnostics, workspaceUri } from './helpers';

/**
 * Run against the extension as installed from the .vsix (scripts/test-integration.mjs
 * installs it with `code-server --install-extension` and points VS Code at the installed
 * folder): it contains only the bundles and assets, and it works.
 */
export function registerPackagedTests(): void {
  suite('installed .vsix', () => {
    test('holds the bundles and assets only', () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, 'not installed');
      const root = extension.extensionPath;
      for (const file of ['dist/client.js', 'dist/server.js', 'dist/importer.js', 'dist/pdfjs.js', 'dist/cmaps/UniGB-UCS2-H.bcmap', 'dist/dashboard.js', 'syntaxes/govreport.tmLanguage.json', 'language-configuration.json', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json', 'media/icon.png', 'media/reports.svg']) {
        assert.ok(existsSync(path.join(root, file)), `missing ${file}`);
      }
      for (const file of ['server/src', 'client/src', 'node_modules', 'test', 'dist/cli.js', 'dist/client.js.map']) {
        assert.ok(!existsSync(path.join(root, file)), `should not be packaged: ${file}`);
      }
    });

    test('activates and checks the corpus report', async () => {
      await govreportApi();
      const { document } = await openInEditor(workspaceUri(CORPUS_NAME));
      assert.strictEqual(document.languageId, 'govreport');
      const diagnostics = await waitForDiagnostics(document.uri, (d) => countRules(d)['cell-empty'] === 5, 'the five cell-empty diagnostics');
      assert.ok(diagnostics.length >= 5);
    });

    test('imports a Word document with the importers it carries (loaded only then)', async () => {
      const api = await govreportApi();
      const model = parseReport(readFileSync(workspaceUri(CORPUS_NAME).fsPath, 'utf8'));
      const docx = new Uint8Array(await docxBuffer(buildLayout(model, checkModel(model))));
      const result = await api.client.sendRequest<ImportDocumentResult>(IMPORT_DOCUMENT, { name: 'report.docx', data: Buffer.from(docx).toString('base64') });
      assert.ok(result.ok, result.ok ? '' : result.reason);
      assert.strictEqual(result.fileName, '孝义市人民政府2024年政府信息公开工作年度报告.govreport.md');
      assert.deepStrictEqual([result.format, result.tables, result.unreadable], ['docx', 3, 0]);
    });
  });
}
