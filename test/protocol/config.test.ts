import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { fileUri } from '../../server/src/lsp/uri';
import { EXAMPLE } from '../language/setup';
import { ensureServerBuilt, startClient, type TestClient } from './lsp-client';

/** The example with one fault: a thousands separator (rule cell-number-style, info by default). */
const REPORT = EXAMPLE.replace('|            35583 |', '|           35,583 |');

const numberStyle = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'cell-number-style').map((d) => d.severity);

describe('the server applies .govreport.jsonc and follows its changes', () => {
  let dir: string;
  let client: TestClient;
  let config: string;
  let report: string;

  const changed = (type: FileChangeType) => void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(config), type }] });
  const nextOf = (path: string, test: (p: PublishDiagnosticsParams) => boolean) => client.waitFor((p) => p.uri === fileUri(path) && test(p), 10_000, false);

  beforeAll(async () => {
    ensureServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'govreport-config-ws-'));
    mkdirSync(join(dir, '2024'));
    config = join(dir, '.govreport.jsonc');
    report = join(dir, '2024', '孝义市2024年政府信息公开工作年度报告.md');
    writeFileSync(config, '{\n  // the team’s\n  "rules": { "cell-number-style": "error" },\n}\n');
    writeFileSync(report, REPORT);
    client = (
      await startClient({
        workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }],
        // VS Code's own settings say off: the file wins over them.
        settings: { rules: { 'cell-number-style': 'off' } },
        capabilities: {
          workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        },
      })
    ).client;
  });
  afterAll(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks the client to watch configuration files beside the reports', async () => {
    await client.waitFor((p) => p.uri === fileUri(report));
    const watchers = client.registrations.filter((r) => r.method === DidChangeWatchedFilesNotification.method).flatMap((r) => (r.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern));
    expect(watchers).toContain('**/.govreport.jsonc');
  });

  it('the file’s severity wins over the settings, for a report on disk and an open one; a good file gets no diagnostics', async () => {
    expect(numberStyle((await client.waitFor((p) => p.uri === fileUri(report)))!)).toEqual([DiagnosticSeverity.Error]);
    expect(client.latest(fileUri(config))?.diagnostics).toEqual([]);
    client.open(fileUri(report), REPORT);
    expect(numberStyle(await client.waitFor((p) => p.uri === fileUri(report) && p.version === 1))).toEqual([DiagnosticSeverity.Error]);
  });

  it('a change of the file re-checks the reports with it', async () => {
    writeFileSync(config, '{ "rules": { "cell-number-style": "hint" } }');
    changed(FileChangeType.Changed);
    expect(numberStyle(await nextOf(report, (p) => p.version === 1))).toEqual([DiagnosticSeverity.Hint]);
  });

  it('a bad entry: a diagnostic where it is, the entry ignored (the settings apply), the server still serving', async () => {
    writeFileSync(config, '{\n  "rules": { "cell-number-style": "loud", "no-such-rule": "off" }\n}\n');
    changed(FileChangeType.Changed);
    const problems = await nextOf(config, (p) => p.diagnostics.length > 0);
    expect(problems.diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.severity, d.source, String(d.message).split('（')[0]])).toEqual([
      [1, 34, 40, DiagnosticSeverity.Error, 'govreport', '“rules.cell-number-style”的值无效'],
      [1, 42, 56, DiagnosticSeverity.Error, 'govreport', '未知的规则 id“no-such-rule”'],
    ]);
    expect(numberStyle(await nextOf(report, (p) => p.version === 1))).toEqual([]);
  });

  it('a syntax error is a diagnostic too; deleting the file clears its diagnostics and the settings apply alone', async () => {
    writeFileSync(config, '{ "rules": ');
    changed(FileChangeType.Changed);
    expect((await nextOf(config, (p) => p.diagnostics.length > 0)).diagnostics[0].message).toBe('JSON 语法错误：ValueExpected');
    unlinkSync(config);
    changed(FileChangeType.Deleted);
    await nextOf(config, (p) => p.diagnostics.length === 0);
    expect(numberStyle(await nextOf(report, (p) => p.version === 1))).toEqual([]);
    writeFileSync(config, '{ "rules": { "cell-number-style": "warning" }, "agency": "孝义市人民政府" }');
    changed(FileChangeType.Created);
    expect(numberStyle(await nextOf(report, (p) => p.version === 1))).toEqual([DiagnosticSeverity.Warning]);
  });
});
