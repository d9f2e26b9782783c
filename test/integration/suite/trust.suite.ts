import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openInEditor, ruleOf, tabOpened, waitForDiagnostics, workspaceUri } from './helpers';
import { screenshot, ui } from './ui';

/**
 * A window in Restricted Mode (scripts/test-integration.mjs starts it with workspace trust on
 * and no trust granted; the workspace is `trustWorkspace` there). Checking works as anywhere;
 * last year's report outside the workspace folder is not read until the user trusts it.
 */
export function registerTrustTests(): void {
  suite('Restricted Mode (untrusted workspace)', () => {
    const outside = () => workspaceUri('2024', 'outside.govreport.md');
    const inside = () => workspaceUri('2024', 'inside.govreport.md');
    const crossYear = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.map(ruleOf).filter((r) => r === 'carry-over-mismatch' || r === 'previous-unreadable');

    test('the window is restricted, and the extension runs in it: reports are checked', async () => {
      assert.strictEqual(vscode.workspace.isTrusted, false, 'the harness did not open a restricted window');
      await openInEditor(inside());
      const diagnostics = await waitForDiagnostics(inside(), (d) => crossYear(d).length > 0, 'the cross-year check of a report whose last year is inside the workspace');
      assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
      assert.deepStrictEqual(crossYear(diagnostics), ['carry-over-mismatch']);
      // VS Code boxes every non-ASCII character in Restricted Mode by default: all of a Chinese report.
      assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'govreport' }).get('unicodeHighlight.nonBasicASCII'), false);
    });

    test('previous: outside the workspace folder is not read, and the diagnostic says why', async () => {
      await openInEditor(outside());
      const diagnostics = await waitForDiagnostics(outside(), (d) => crossYear(d).length > 0, 'the refusal to read last year’s report outside the workspace');
      const refusal = diagnostics.filter((d) => ruleOf(d) === 'previous-unreadable');
      assert.deepStrictEqual(crossYear(diagnostics), ['previous-unreadable']);
      assert.match(refusal[0].message, /outside the workspace folders, not read in Restricted Mode \(trust the workspace to use it\)/);
      await screenshot('restricted-mode');
    });

    test('the preview opens in Restricted Mode', async () => {
      const opened = tabOpened((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('govreport.preview'), 'preview of the report');
      await vscode.commands.executeCommand('govreport.showPreviewToSide');
      await opened;
    });

    test('once the user trusts the workspace, last year’s report is read and checked', async () => {
      const granted = new Promise<void>((resolve) => vscode.workspace.onDidGrantWorkspaceTrust(() => resolve()));
      await vscode.commands.executeCommand('workbench.trust.manage');
      await ui([{ click: '.workspace-trust-editor .workspace-trust-buttons-row .monaco-button:has-text("Trust")' }]);
      await granted;
      const diagnostics = await waitForDiagnostics(outside(), (d) => crossYear(d).includes('carry-over-mismatch'), 'the cross-year check after trusting the workspace');
      assert.deepStrictEqual(crossYear(diagnostics), ['carry-over-mismatch']);
      await screenshot('trusted');
    });
  });
}
