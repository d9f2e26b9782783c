import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { openInEditor, ruleOf, waitForDiagnostics, workspaceUri, writeWorkspaceFile } from './helpers';
import { screenshot } from './ui';

/**
 * `.govreport.jsonc` in the real VS Code: its JSON schema (contributes.jsonValidation) validates
 * it, the server applies it, and VS Code's own file watcher tells the server when it changes.
 */
export function registerConfigTests(): void {
  suite('the configuration file .govreport.jsonc', () => {
    const report = () => workspaceUri('2024', 'inside.govreport.md');
    const config = () => workspaceUri('.govreport.jsonc');
    const severityOf = (diagnostics: readonly vscode.Diagnostic[], rule: string) => diagnostics.filter((d) => ruleOf(d) === rule).map((d) => d.severity);

    test('a change of the file on disk re-checks the report with it', async () => {
      await openInEditor(report());
      await waitForDiagnostics(report(), (d) => severityOf(d, 'carry-over-mismatch').length === 1, 'the carry-over finding');
      await writeWorkspaceFile('.govreport.jsonc', '{\n  // the team’s choices\n  "rules": { "carry-over-mismatch": "error" }\n}\n');
      const raised = await waitForDiagnostics(report(), (d) => severityOf(d, 'carry-over-mismatch')[0] === vscode.DiagnosticSeverity.Error, 'the severity the file sets');
      assert.deepStrictEqual(severityOf(raised, 'carry-over-mismatch'), [vscode.DiagnosticSeverity.Error]);
    });

    test('VS Code validates the file with the generated schema, and govreport marks the bad entry too', async () => {
      await writeWorkspaceFile('.govreport.jsonc', '{\n  "rules": { "carry-over-mismatch": "loud" }\n}\n');
      await openInEditor(config());
      const both = await waitForDiagnostics(config(), (d) => d.some((x) => x.source === 'govreport') && d.some((x) => x.source !== 'govreport'), 'the schema’s and govreport’s diagnostics', 20_000);
      for (const d of both) assert.strictEqual(d.range.start.line, 1, `${d.source}: ${d.message}`);
      await screenshot('config-file');
      // The bad entry is ignored: the rule is back to its default severity.
      await waitForDiagnostics(report(), (d) => severityOf(d, 'carry-over-mismatch')[0] === vscode.DiagnosticSeverity.Warning, 'the default severity again');
      await vscode.workspace.fs.delete(config());
    });
  });
}
