import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, HoverRequest, TextDocumentSyncKind, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';
import { EXAMPLE, XIAOYI, lineOf } from '../language/setup';
import { ensureServerBuilt, startClient, type TestClient } from './lsp-client';

/** A broken total in the canonical example: 一、本年新收 总计 71 instead of 70. */
const BROKEN = EXAMPLE.replace('|    2 |   70 |', '|    2 |   71 |');
const TOTAL_LINE = lineOf(EXAMPLE, '| 一、本年新收');
const TOTAL_CHAR = EXAMPLE.split('\n')[TOTAL_LINE].lastIndexOf('70');
const docsHref = (rule: string) => pathToFileURL(join(ROOT, 'docs', 'rules', `${rule}.md`)).href;

describe('the built server over stdio', () => {
  let client: TestClient;
  let capabilities: Awaited<ReturnType<typeof startClient>>['initialize']['capabilities'];

  beforeAll(async () => {
    ensureServerBuilt();
    const started = await startClient({ settings: { debounce: 150 } });
    client = started.client;
    capabilities = started.initialize.capabilities;
  });
  afterAll(() => client?.kill());

  it('initialize: announces every feature', () => {
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: TextDocumentSyncKind.Incremental });
    expect(capabilities).toMatchObject({
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['#', '|'] },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.govreport', 'refactor.rewrite'] },
      executeCommandProvider: { commands: ['govreport.server.showRuleDocumentation', 'govreport.server.fixAllSummary'] },
    });
    expect(capabilities.inlayHintProvider).toBeTruthy();
    expect(capabilities.codeLensProvider).toBeTruthy();
    expect(capabilities.documentSymbolProvider).toBeTruthy();
  });

  it('didOpen: publishes the diagnostics of that version, code = rule id linked to its page', async () => {
    const uri = 'file:///reports/broken.govreport.md';
    client.open(uri, BROKEN, 1);
    const p = await client.waitFor((x) => x.uri === uri);
    expect(p.version).toBe(1);
    expect(p.diagnostics).toEqual([
      {
        range: { start: { line: TOTAL_LINE, character: TOTAL_CHAR }, end: { line: TOTAL_LINE, character: TOTAL_CHAR + 2 } },
        severity: DiagnosticSeverity.Error,
        code: 'table3-row-total',
        codeDescription: { href: docsHref('table3-row-total') },
        source: 'govreport',
        message: '总计应为 70（61+5+0+0+2+2），实为 71',
      },
    ]);
  });

  it('the corpus report: its known faults, on the exact cells and phrase', async () => {
    const uri = 'file:///reports/孝义市2024年政府信息公开工作年度报告.md';
    client.open(uri, XIAOYI, 1);
    const p = await client.waitFor((x) => x.uri === uri);
    const at = (code: string) => p.diagnostics.filter((d) => d.code === code).map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);
    const reviewLine = lineOf(XIAOYI, '\t\t\t\t\t7\t2\t3\t0\t12');
    expect(at('cell-empty')).toEqual([0, 1, 2, 3, 4].map((c) => [reviewLine, c, reviewLine, c + 1]));
    const prose = lineOf(XIAOYI, '出台行政规范性文件 8 件');
    const column = XIAOYI.split('\n')[prose].indexOf('规范性文件 8 件') + 6;
    expect(at('text-table-mismatch')).toEqual([[prose, column, prose, column + 1]]);
    expect(p.diagnostics.find((d) => d.code === 'text-table-mismatch')!.severity).toBe(DiagnosticSeverity.Warning);
    expect(at('table-pasted').map((r) => r[0])).toEqual([lineOf(XIAOYI, '第二十条第（一）项'), lineOf(XIAOYI, '（本列数据的勾稽关系'), lineOf(XIAOYI, '行政复议\t')]);
  });

  it('didChange: the diagnostics follow the text', async () => {
    const uri = 'file:///reports/broken.govreport.md';
    // Mend the total: 71 → 70.
    client.change(uri, 2, [{ range: { start: { line: TOTAL_LINE, character: TOTAL_CHAR + 1 }, end: { line: TOTAL_LINE, character: TOTAL_CHAR + 2 } }, text: '0' }]);
    const p = await client.waitFor((x) => x.uri === uri && x.version === 2);
    expect(p.diagnostics).toEqual([]);
  });

  it('rapid changes: only the latest version is published (debounced)', async () => {
    const uri = 'file:///reports/rapid.govreport.md';
    client.open(uri, EXAMPLE, 1);
    await client.waitFor((x) => x.uri === uri && x.version === 1);
    const before = client.published.length;
    // 「70」 → 「71」 and back, ten versions in a burst; the last (11) leaves 71.
    for (let v = 2; v <= 11; v++) {
      client.change(uri, v, [{ range: { start: { line: TOTAL_LINE, character: TOTAL_CHAR + 1 }, end: { line: TOTAL_LINE, character: TOTAL_CHAR + 2 } }, text: v % 2 === 1 ? '1' : '0' }]);
    }
    const last = await client.waitFor((x) => x.uri === uri && x.version === 11, 10_000, false);
    await new Promise((r) => setTimeout(r, 400));
    const after = client.published.slice(before).filter((x) => x.uri === uri);
    expect(after.map((x) => x.version)).toEqual([11]);
    expect(last.diagnostics.map((d) => d.code)).toEqual(['table3-row-total']);
  });

  it('hover is answered from the current version', async () => {
    const uri = 'file:///reports/broken.govreport.md';
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: TOTAL_LINE, character: TOTAL_CHAR } });
    expect(hover?.contents).toMatchObject({ kind: 'markdown' });
    expect(JSON.stringify(hover?.contents)).toContain('61 + 5 + 0 + 0 + 2 + 2 = 70 ✓');
  });
});

describe('debounce 0: never an older version after a newer one', () => {
  it('publishes versions in increasing order, the last one last', async () => {
    const { client } = await startClient({ settings: { debounce: 0 } });
    try {
      const uri = 'file:///reports/zero.govreport.md';
      client.open(uri, EXAMPLE, 1);
      await client.waitFor((x) => x.uri === uri && x.version === 1);
      for (let v = 2; v <= 21; v++) {
        client.change(uri, v, [{ range: { start: { line: TOTAL_LINE, character: TOTAL_CHAR + 1 }, end: { line: TOTAL_LINE, character: TOTAL_CHAR + 2 } }, text: v % 2 === 0 ? '1' : '0' }]);
      }
      await client.waitFor((x) => x.uri === uri && x.version === 21, 10_000, false);
      await new Promise((r) => setTimeout(r, 300));
      const versions = client.published.filter((x: PublishDiagnosticsParams) => x.uri === uri).map((x) => x.version!);
      expect(versions[versions.length - 1]).toBe(21);
      for (let i = 1; i < versions.length; i++) expect(versions[i]).toBeGreaterThanOrEqual(versions[i - 1]);
    } finally {
      client.kill();
    }
  });
});

describe('robustness and shutdown', () => {
  it('keeps serving after garbage, and exits cleanly on shutdown + exit', async () => {
    const { client } = await startClient();
    const garbage = 'file:///reports/garbage.govreport.md';
    const binary = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 0xd7ff));
    client.open(garbage, `${binary}\n|||\n| 申请人情况 |\n${'|'.repeat(5000)}\n---\n`, 1);
    await client.waitFor((x) => x.uri === garbage);
    // Requests about documents the server does not have, and positions beyond the text.
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } })).toBeNull();
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: garbage }, position: { line: 99999, character: 99 } });
    const uri = 'file:///reports/after.govreport.md';
    client.open(uri, BROKEN, 1);
    expect((await client.waitFor((x) => x.uri === uri)).diagnostics.map((d) => d.code)).toEqual(['table3-row-total']);
    expect(await client.stop()).toBe(0);
  });
});
