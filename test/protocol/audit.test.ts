import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeConfigurationNotification, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { AUDIT_CHANGED, AUDIT_EXPORT, AUDIT_REQUEST, type AuditEntry, type AuditExportResult, type AuditResult } from '../../server/src/lsp/audit-protocol';
import { fileUri } from '../../server/src/lsp/uri';
import { ROOT } from '../helpers';
import { EXAMPLE } from '../language/setup';
import { ensureServerBuilt, startClient, type TestClient } from './lsp-client';

/**
 * The workspace audit behind the "Annual Reports" view and the dashboard: the server's own scan
 * of the workspace, asked for with govreport/audit, announced with govreport/auditChanged.
 */

const PAIR = join(ROOT, 'test/fixtures/cli/pair');
/** 示例市: 2023 carried nothing into 2024, and 2024's 二、上年结转 is 0 — the chain holds. */
const sample = (text: string) => text.replace(/孝义市/g, '示例市');
const sample2023 = sample(EXAMPLE.replace(/2024/g, '2023').replace(/2025/g, '2024').replace(/(\| 四、结转下年度继续办理 +\|) +1 \|/, '$1      0 |').replace(/(\| 四、结转下年度继续办理[^\n]*\|) +1 \|$/m, '$1    0 |'));
/** 示例县: published after 31 March, and its front matter names a 2023 report that is not there. */
const late = EXAMPLE.replace('agency: 孝义市人民政府', 'agency: 示例县人民政府\nprevious: 示例县2023年政府信息公开工作年度报告.md').replace('published: 2025-01-24', 'published: 2025-04-02');

describe('workspace audit (govreport/audit)', () => {
  let dir: string;
  let client: TestClient;
  let changes = 0;
  const file = (...parts: string[]) => join(dir, ...parts);
  const audit = (lang: 'zh' | 'en' = 'en') => client.connection.sendRequest<AuditResult>(AUDIT_REQUEST, { lang });
  const entryOf = (result: AuditResult, path: string) => result.reports.find((r) => r.path === path)!;
  /** The next govreport/auditChanged. */
  const nextChange = (timeoutMs = 10_000) =>
    new Promise<void>((resolve, reject) => {
      const seen = changes;
      const timer = setTimeout(() => reject(new Error('no govreport/auditChanged')), timeoutMs);
      const poll = setInterval(() => {
        if (changes > seen) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve();
        }
      }, 20);
    });

  beforeAll(async () => {
    ensureServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'govreport-audit-'));
    mkdirSync(file('孝义市'));
    mkdirSync(file('示例'));
    cpSync(join(PAIR, '孝义市2023年政府信息公开工作年度报告.md'), file('孝义市', '孝义市2023年政府信息公开工作年度报告.md'));
    cpSync(join(PAIR, '孝义市2024年政府信息公开工作年度报告.md'), file('孝义市', '孝义市2024年政府信息公开工作年度报告.md'));
    cpSync(join(ROOT, 'test/fixtures/corpus/huaian-2024.pdftotext.txt'), file('淮安市2024年政府信息公开工作年度报告.md'));
    writeFileSync(file('示例', '示例市2023年政府信息公开工作年度报告.md'), sample2023);
    writeFileSync(file('示例', '示例市2024年政府信息公开工作年度报告.md'), sample(EXAMPLE));
    writeFileSync(file('示例', 'late.govreport.md'), late);
    client = (await startClient({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }] })).client;
    client.connection.onNotification(AUDIT_CHANGED, () => {
      changes++;
    });
    await client.waitFor((p) => p.uri === fileUri(file('示例', 'late.govreport.md')));
  });
  afterAll(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists every report of the workspace with its body, year, publication and carry-over chain', async () => {
    let result = await audit();
    while (result.scanning) {
      await nextChange();
      result = await audit();
    }
    expect(result.checking).toBe(true);
    expect(result.reports.map((r) => [r.path, r.agency, r.year, r.publication.status, r.chain.status])).toEqual([
      // Signed and dated: the date under the signature is the publication date.
      ['孝义市/孝义市2023年政府信息公开工作年度报告.md', '孝义市人民政府', 2023, 'on-time', 'missing'],
      ['孝义市/孝义市2024年政府信息公开工作年度报告.md', '孝义市人民政府', 2024, 'on-time', 'broken'],
      // The page the text was extracted from carried the date, not the text itself.
      ['淮安市2024年政府信息公开工作年度报告.md', '淮安市人民政府', 2024, 'not-published', 'missing'],
      ['示例/late.govreport.md', '示例县人民政府', 2024, 'late', 'broken'],
      ['示例/示例市2023年政府信息公开工作年度报告.md', '示例市人民政府', 2023, 'on-time', 'missing'],
      ['示例/示例市2024年政府信息公开工作年度报告.md', '示例市人民政府', 2024, 'on-time', 'linked'],
    ]);
    const linked = entryOf(result, '示例/示例市2024年政府信息公开工作年度报告.md');
    expect(linked.chain).toEqual({
      status: 'linked',
      word: 'linked',
      label: "linked to last year's report: 示例/示例市2023年政府信息公开工作年度报告.md",
      previousUri: fileUri(file('示例', '示例市2023年政府信息公开工作年度报告.md')),
    });
    const lateEntry = entryOf(result, '示例/late.govreport.md');
    expect(lateEntry.publication).toEqual({
      status: 'late',
      word: 'late',
      label: 'published 2025-04-02, late (deadline 2025-03-31, Art. 49)',
      range: { start: { line: 5, character: 11 }, end: { line: 5, character: 21 } },
    });
    expect(lateEntry.chain.label).toBe("chain to last year's report broken: 示例县2023年政府信息公开工作年度报告.md: no such file");
    expect(lateEntry.chain.previousUri).toBeUndefined();
    expect(entryOf(result, '孝义市/孝义市2024年政府信息公开工作年度报告.md').rules['carry-over-mismatch']).toBe(1);
    expect(result.rules.map((r) => r.id)).toContain('carry-over-mismatch');
  });

  it('counts what the Problems view shows for each report', async () => {
    const result = await audit();
    for (const entry of result.reports) {
      const published = client.latest(entry.uri) as PublishDiagnosticsParams;
      const bySeverity = (s: number) => published.diagnostics.filter((d) => d.severity === s).length;
      expect([entry.counts.error, entry.counts.warning, entry.counts.info, entry.counts.hint], entry.path).toEqual([1, 2, 3, 4].map(bySeverity));
      const byRule: Record<string, number> = {};
      for (const d of published.diagnostics) byRule[String(d.code)] = (byRule[String(d.code)] ?? 0) + 1;
      expect(entry.rules, entry.path).toEqual(byRule);
    }
  });

  it('speaks Chinese when asked', async () => {
    const lateEntry = entryOf(await audit('zh'), '示例/late.govreport.md');
    expect([lateEntry.publication.word, lateEntry.publication.label, lateEntry.chain.word]).toEqual(['逾期', '2025年4月2日 公布，逾期（期限 2025年3月31日，条例第四十九条）', '中断']);
  });

  it('follows an open report as it is edited, and says so', async () => {
    const uri = fileUri(file('示例', 'late.govreport.md'));
    client.open(uri, late.replace('published: 2025-04-02', 'published: 2025-03-02'), 1);
    await client.waitFor((p) => p.uri === uri && p.version === 1);
    await nextChange();
    const entry: AuditEntry = entryOf(await audit(), '示例/late.govreport.md');
    expect(entry.publication.status).toBe('on-time');
    client.close(uri);
    await client.waitFor((p) => p.uri === uri && p.version === undefined, 10_000, false);
    await nextChange();
    expect(entryOf(await audit(), '示例/late.govreport.md').publication.status).toBe('late');
  });

  it('exports CSV and a self-contained page, of the reports asked for, in that order', async () => {
    const result = await audit();
    const uris = [result.reports[5].uri, result.reports[3].uri];
    const csv = await client.connection.sendRequest<AuditExportResult>(AUDIT_EXPORT, { format: 'csv', uris, lang: 'en' });
    const lines = csv.text.split('\r\n');
    expect(lines.slice(1, 3).map((l) => l.split(',').slice(0, 3))).toEqual([
      ['示例市人民政府', '2024', '示例/示例市2024年政府信息公开工作年度报告.md'],
      ['示例县人民政府', '2024', '示例/late.govreport.md'],
    ]);
    const html = await client.connection.sendRequest<AuditExportResult>(AUDIT_EXPORT, { format: 'html', lang: 'zh' });
    expect(html.text.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.text).toContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-");
    expect(html.text.match(/<tr><td>/g)).toHaveLength(12);
    expect(html.text).not.toContain('<script');
  });

  it('lists nothing while checking is paused', async () => {
    client.settings = { enable: false };
    void client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { govreport: { enable: false } } });
    await nextChange();
    expect(await audit()).toMatchObject({ checking: false, reports: [] });
    client.settings = {};
    void client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { govreport: {} } });
    await nextChange();
    expect((await audit()).reports).toHaveLength(6);
    expect(readFileSync(file('示例', 'late.govreport.md'), 'utf8')).toBe(late);
  });
});
