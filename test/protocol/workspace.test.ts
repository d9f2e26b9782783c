import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { fileUri } from '../../server/src/lsp/uri';
import { EXAMPLE } from '../language/setup';
import { ensureServerBuilt, startClient, type TestClient } from './lsp-client';

/** Last year's report of the same agency: every year one less, and `carried` applications carried into 2024 (this year's 二 is 0). */
function lastYear(carried: number): string {
  return EXAMPLE.replace(/2024/g, '2023')
    .replace(/2025/g, '2024')
    .replace(/\| 四、结转下年度继续办理( +)\|      1 \|/, `| 四、结转下年度继续办理$1|      ${carried} |`)
    .replace(/(\| 四、结转下年度继续办理[^\n]*\|)    1 \|$/m, `$1    ${carried} |`);
}

describe('workspace reports, open or not', () => {
  let dir: string;
  let client: TestClient;
  let thisYear: string;
  let previous: string;

  beforeAll(async () => {
    ensureServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'govreport-ws-'));
    mkdirSync(join(dir, '2023'));
    mkdirSync(join(dir, '2024'));
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    previous = join(dir, '2023', '孝义市2023年政府信息公开工作年度报告.md');
    thisYear = join(dir, '2024', '孝义市2024年政府信息公开工作年度报告.md');
    writeFileSync(previous, lastYear(3));
    writeFileSync(thisYear, EXAMPLE);
    writeFileSync(join(dir, 'notes.md'), '# 不是报告\n');
    writeFileSync(join(dir, 'node_modules', 'x', '某市2024年政府信息公开工作年度报告.md'), EXAMPLE);
    client = (await startClient({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }] })).client;
  });
  afterAll(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks every report file of the workspace, with progress, and only report files', async () => {
    await client.waitFor((p) => p.uri === fileUri(thisYear));
    await client.waitFor((p) => p.uri === fileUri(previous));
    expect(client.progressTokens.length).toBeGreaterThan(0);
    const uris = new Set(client.published.map((p) => p.uri));
    expect(uris).toEqual(new Set([fileUri(thisYear), fileUri(previous)]));
    // Closed files: no version.
    expect(client.latest(fileUri(thisYear))!.version).toBeUndefined();
  });

  it('cross-year: last year of the same agency is found in the workspace (二 ≠ last year’s 四)', () => {
    const carry = client.latest(fileUri(thisYear))!.diagnostics.filter((d) => d.code === 'carry-over-mismatch');
    expect(carry).toHaveLength(1);
    expect(carry[0].message).toContain('上年为 3');
  });

  it('opening the report: diagnostics of the editor’s text; closing it: of the file again', async () => {
    const uri = fileUri(thisYear);
    // 二、上年结转: 3 (自然人) and 3 (总计), as last year's 四 says.
    const mended = EXAMPLE.replace(/(\| 二、上年结转政府信息公开申请数量 +\|) +0 \|/, '$1      3 |').replace(/(\| 二、上年结转政府信息公开申请数量[^\n]*\|) +0 \|$/m, '$1    3 |');
    client.open(uri, mended, 1);
    const open = await client.waitFor((p) => p.uri === uri && p.version === 1);
    expect(open.diagnostics.filter((d) => d.code === 'carry-over-mismatch')).toEqual([]);
    client.close(uri);
    const closed = await client.waitFor((p) => p.uri === uri && p.version === undefined && p.diagnostics.some((d) => d.code === 'carry-over-mismatch'), 10_000, false);
    expect(closed.diagnostics.some((d) => d.code === 'carry-over-mismatch')).toBe(true);
  });

  it('a change on disk to last year’s report re-checks this year’s', async () => {
    writeFileSync(previous, lastYear(0));
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(previous), type: FileChangeType.Changed }] });
    const after = await client.waitFor((p) => p.uri === fileUri(thisYear) && !p.diagnostics.some((d) => d.code === 'carry-over-mismatch'), 10_000, false);
    // The other cross-year rules still compare with last year (the copy has the same prose and stock).
    expect(after.diagnostics.map((d) => d.code)).not.toContain('carry-over-mismatch');
  });

  it('a deleted report loses its diagnostics', async () => {
    rmSync(previous);
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(previous), type: FileChangeType.Deleted }] });
    const cleared = await client.waitFor((p) => p.uri === fileUri(previous) && p.diagnostics.length === 0, 10_000, false);
    expect(cleared.diagnostics).toEqual([]);
  });
});

describe('last year’s report appears on disk after this year’s was checked', () => {
  // The editor tells of new files some time after they are written (the client batches file
  // events): a report opened in between was checked without last year's and must be checked again.
  it('re-checks this year’s report, open or not, when last year’s is created', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-late-'));
    try {
      const open = join(dir, '孝义市2024年政府信息公开工作年度报告.md');
      const closed = join(dir, 'copy', '孝义市2024年政府信息公开工作年度报告.md');
      mkdirSync(join(dir, 'copy'));
      writeFileSync(closed, EXAMPLE);
      const { client } = await startClient({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }] });
      try {
        await client.waitFor((p) => p.uri === fileUri(closed));
        client.open(fileUri(open), EXAMPLE, 1);
        const before = await client.waitFor((p) => p.uri === fileUri(open) && p.version === 1);
        expect(before.diagnostics.map((d) => d.code)).not.toContain('carry-over-mismatch');
        expect(client.latest(fileUri(closed))!.diagnostics.map((d) => d.code)).not.toContain('carry-over-mismatch');

        const previous = join(dir, '孝义市2023年政府信息公开工作年度报告.md');
        writeFileSync(previous, lastYear(3));
        void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(previous), type: FileChangeType.Created }] });
        const carried = (p: { diagnostics: { code?: number | string }[] }) => p.diagnostics.filter((d) => d.code === 'carry-over-mismatch').length === 1;
        const after = await client.waitFor((p) => p.uri === fileUri(open) && carried(p), 10_000, false);
        expect(after.version).toBe(1);
        await client.waitFor((p) => p.uri === fileUri(closed) && p.version === undefined && carried(p));
      } finally {
        client.kill();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('last year’s report beside this year’s, not in the workspace', () => {
  // A report opened on its own (no folder open), or beside a file the editor never told of (a file watcher that failed).
  it('is found by agency and year and compared with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-beside-'));
    try {
      writeFileSync(join(dir, '孝义市2023年政府信息公开工作年度报告.md'), lastYear(3));
      // Not last year's: another year in the name, and a file that is no report.
      writeFileSync(join(dir, '孝义市2022年政府信息公开工作年度报告.md'), lastYear(0).replace(/2023/g, '2022'));
      writeFileSync(join(dir, 'notes-2023.md'), lastYear(0));
      const { client } = await startClient();
      try {
        const uri = fileUri(join(dir, '孝义市2024年政府信息公开工作年度报告.md'));
        client.open(uri, EXAMPLE);
        const p = await client.waitFor((x) => x.uri === uri && x.version === 1);
        const carry = p.diagnostics.filter((d) => d.code === 'carry-over-mismatch');
        expect(carry).toHaveLength(1);
        expect(carry[0].message).toContain('上年为 3');
      } finally {
        client.kill();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('front matter `previous` names last year’s report', () => {
  it('is used even for another agency name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-prev-'));
    try {
      writeFileSync(join(dir, 'last.govreport.md'), lastYear(3));
      const text = EXAMPLE.replace('published: 2025-01-24', 'published: 2025-01-24\nprevious: ./last.govreport.md').replace(/孝义市人民政府/g, '某某市人民政府');
      const { client } = await startClient();
      try {
        const uri = fileUri(join(dir, 'this.govreport.md'));
        client.open(uri, text);
        const p = await client.waitFor((x) => x.uri === uri && x.version === 1);
        expect(p.diagnostics.map((d) => d.code)).toContain('carry-over-mismatch');
      } finally {
        client.kill();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('front matter `previous` that leads nowhere', () => {
  it('is reported on the path, and no other report is used in its place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-prev-'));
    try {
      // A report of the same agency and year N−1 sits beside it: it must not stand in for the named one.
      writeFileSync(join(dir, 'last.govreport.md'), lastYear(3));
      const text = EXAMPLE.replace('published: 2025-01-24', 'published: 2025-01-24\nprevious: ./nowhere.md');
      const { client } = await startClient();
      try {
        const uri = fileUri(join(dir, 'this.govreport.md'));
        client.open(uri, text);
        const p = await client.waitFor((x) => x.uri === uri && x.version === 1);
        expect(p.diagnostics.map((d) => [d.code, d.message, d.range.start])).toEqual([
          ['previous-unreadable', '无法读取上年度报告（./nowhere.md：文件不存在），已跳过跨年度检查', { line: 5, character: 10 }],
        ]);
      } finally {
        client.kill();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('settings', () => {
  it('severity per rule, message language, and a change of settings re-publishes', async () => {
    const broken = EXAMPLE.replace('|    2 |   70 |', '|    2 |   71 |');
    const { client } = await startClient({ settings: { language: 'en', rules: { 'table3-row-total': 'warning' } } });
    try {
      const uri = 'file:///reports/settings.govreport.md';
      client.open(uri, broken);
      const first = await client.waitFor((p) => p.uri === uri);
      expect(first.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([['table3-row-total', DiagnosticSeverity.Warning, 'Total should be 70 (61+5+0+0+2+2), is 71']]);
      client.settings = { rules: { 'table3-row-total': 'off' } };
      void client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const off = await client.waitFor((p) => p.uri === uri && p.diagnostics.length === 0, 10_000, false);
      expect(off.version).toBe(1);
      client.settings = { enable: true, language: 'zh-CN' };
      void client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const zh = await client.waitFor((p) => p.uri === uri && p.diagnostics.length === 1, 10_000, false);
      expect(zh.diagnostics[0].message).toBe('总计应为 70（61+5+0+0+2+2），实为 71');
    } finally {
      client.kill();
    }
  });

  it('an invalid setting is reported and the rest still applies', async () => {
    const { client } = await startClient({ settings: { debounce: 'soon', language: 'en' } });
    try {
      const uri = 'file:///reports/invalid.govreport.md';
      client.open(uri, EXAMPLE.replace('|    2 |   70 |', '|    2 |   71 |'));
      const p = await client.waitFor((x) => x.uri === uri);
      expect(p.diagnostics[0].message).toBe('Total should be 70 (61+5+0+0+2+2), is 71');
      expect(client.messages.join('\n')).toContain('Invalid govreport setting, default used: govreport.debounce');
    } finally {
      client.kill();
    }
  });
});
