import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { WORKSPACE_TRUST_NOTIFICATION } from '../../server/src/lsp/trust-protocol';
import { fileUri } from '../../server/src/lsp/uri';
import { ROOT } from '../helpers';
import { ensureServerBuilt, startClient, type TestClient } from './lsp-client';

const PAIR = join(ROOT, 'test/fixtures/cli/pair');
const LAST = readFileSync(join(PAIR, '孝义市2023年政府信息公开工作年度报告.md'), 'utf8');
/** This year's report, naming last year's in its front matter (their carry-over disagrees: one finding). */
const thisYear = (previous: string) => `---\nprevious: ${previous}\n---\n${readFileSync(join(PAIR, '孝义市2024年政府信息公开工作年度报告.md'), 'utf8')}`;

const crossYear = (p: PublishDiagnosticsParams) =>
  p.diagnostics.filter((d) => d.code === 'carry-over-mismatch' || d.code === 'previous-unreadable').map((d) => [d.code, d.severity, d.message.toString().split('：')[1] ?? '']);

describe('an untrusted workspace (VS Code Restricted Mode)', () => {
  let root: string;
  let ws: string;
  let client: TestClient;
  const uri = (name: string) => fileUri(join(ws, '2024', name));
  const latest = (name: string) => client.waitFor((p) => p.uri === uri(name));

  beforeAll(async () => {
    ensureServerBuilt();
    root = mkdtempSync(join(tmpdir(), 'govreport-trust-'));
    ws = join(root, 'ws');
    mkdirSync(join(root, 'outside'));
    mkdirSync(join(ws, '2023'), { recursive: true });
    mkdirSync(join(ws, '2024'));
    writeFileSync(join(root, 'outside', 'last.md'), LAST);
    // Above the workspace: read only once it is trusted.
    writeFileSync(join(root, '.govreport.jsonc'), '{ "rules": { "carry-over-mismatch": "error" } }');
    writeFileSync(join(ws, '2023', 'last.govreport.md'), LAST);
    symlinkSync(join(root, 'outside', 'last.md'), join(ws, '2024', 'link-to-outside.md'));
    writeFileSync(join(ws, '2024', 'outside.govreport.md'), thisYear('../../outside/last.md'));
    writeFileSync(join(ws, '2024', 'link.govreport.md'), thisYear('./link-to-outside.md'));
    writeFileSync(join(ws, '2024', 'inside.govreport.md'), thisYear('../2023/last.govreport.md'));
    client = (await startClient({ workspaceFolders: [{ uri: fileUri(ws), name: 'ws' }], initializationOptions: { displayLanguage: 'zh-cn', workspaceTrusted: false } })).client;
  });
  afterAll(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('the extension declares limited support, and says what is limited in both languages', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { capabilities: { untrustedWorkspaces: { supported: string; description: string } } };
    expect(pkg.capabilities.untrustedWorkspaces).toEqual({ supported: 'limited', description: '%capabilities.untrustedWorkspaces.description%' });
    for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
      expect((JSON.parse(readFileSync(join(ROOT, nls), 'utf8')) as Record<string, string>)['capabilities.untrustedWorkspaces.description']).toMatch(/previous:.*\.govreport\.jsonc/);
    }
  });

  it('previous: outside the workspace folders is not read, and says why; inside, it is', async () => {
    const refused = [['previous-unreadable', DiagnosticSeverity.Warning, '在工作区文件夹之外，受限模式下不读取（信任此工作区后即可使用）），已跳过跨年度检查']];
    expect(crossYear(await latest('outside.govreport.md'))).toEqual(refused);
    // A link inside the workspace to a file outside it is outside.
    expect(crossYear(await latest('link.govreport.md'))).toEqual(refused);
    // The configuration above the workspace is not read either: the rule keeps its default severity.
    expect(crossYear(await latest('inside.govreport.md')).map(([code, severity]) => [code, severity])).toEqual([['carry-over-mismatch', DiagnosticSeverity.Warning]]);
  });

  it('an open report is checked the same way', async () => {
    client.open(uri('outside.govreport.md'), thisYear('../../outside/last.md'));
    const open = await client.waitFor((p) => p.uri === uri('outside.govreport.md') && p.version === 1);
    expect(crossYear(open).map(([code]) => code)).toEqual(['previous-unreadable']);
  });

  it('once the user trusts the workspace, everything is read and checked again', async () => {
    void client.connection.sendNotification(WORKSPACE_TRUST_NOTIFICATION, { trusted: true });
    const trusted = (name: string) =>
      client.waitFor((p) => p.uri === uri(name) && p.diagnostics.some((d) => d.code === 'carry-over-mismatch' && d.severity === DiagnosticSeverity.Error), 10_000);
    for (const name of ['outside.govreport.md', 'link.govreport.md', 'inside.govreport.md']) {
      expect(crossYear(await trusted(name)).map(([code, severity]) => [code, severity]), name).toEqual([['carry-over-mismatch', DiagnosticSeverity.Error]]);
    }
  });
});
