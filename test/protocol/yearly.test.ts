import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { fileUri } from '../../server/src/lsp/uri';
import { COMPARE_WITH_LAST_YEAR, NEXT_YEAR_DRAFT, type CompareResult, type NextYearDraftResult } from '../../server/src/lsp/yearly-protocol';
import { ROOT } from '../helpers';
import { ensureServerBuilt, startClient, type TestClient } from './lsp-client';

/**
 * The year-to-year requests against the built server, in a workspace holding the two years of
 * 孝义市 (test/fixtures/cli/pair) in folders of their own.
 */
const PAIR = join(ROOT, 'test/fixtures/cli/pair');
const NAME_2023 = '孝义市2023年政府信息公开工作年度报告.md';
const NAME_2024 = '孝义市2024年政府信息公开工作年度报告.md';

describe('year-to-year requests', () => {
  let dir: string;
  let client: TestClient;
  let last: string;
  let current: string;

  beforeAll(async () => {
    ensureServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'govreport-yearly-'));
    mkdirSync(join(dir, '2023'));
    mkdirSync(join(dir, '2024'));
    last = join(dir, '2023', NAME_2023);
    current = join(dir, '2024', NAME_2024);
    copyFileSync(join(PAIR, NAME_2023), last);
    copyFileSync(join(PAIR, NAME_2024), current);
    client = (await startClient({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }], settings: { language: 'en' } })).client;
    await client.waitFor((p) => p.uri === fileUri(current) && p.diagnostics.some((d) => d.code === 'carry-over-mismatch'));
  });
  afterAll(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('drafts next year’s report from last year’s, previous: relative to where it will be saved', async () => {
    const target = fileUri(join(dir, 'drafts', '孝义市2024年政府信息公开工作年度报告.md'));
    const result = (await client.connection.sendRequest(NEXT_YEAR_DRAFT, { lastUri: fileUri(last), targetUri: target })) as NextYearDraftResult;
    if (!result.ok) throw new Error(result.reason);
    expect({ year: result.year, carried: result.carried, review: result.review }).toEqual({ year: 2024, carried: 9, review: 4 });
    expect(result.text.split('\n').slice(0, 3)).toEqual(['---', 'year: 2024', `previous: ../2023/${NAME_2023}`]);
  });

  it('says why it cannot draft, in the language of the settings', async () => {
    const missing = (await client.connection.sendRequest(NEXT_YEAR_DRAFT, { lastUri: fileUri(join(dir, 'nope.md')), targetUri: fileUri(join(dir, 'x.md')) })) as NextYearDraftResult;
    expect(missing).toEqual({ ok: false, reason: `cannot read ${fileUri(join(dir, 'nope.md'))}` });
  });

  it('compares an open report with the last year’s report the checks use', async () => {
    client.open(fileUri(current), readFileSync(current, 'utf8'));
    const result = (await client.connection.sendRequest(COMPARE_WITH_LAST_YEAR, { uri: fileUri(current) })) as CompareResult;
    if (!result.ok) throw new Error(result.reason);
    expect(result.lastUri).toBe(fileUri(last));
    expect(result.thisUri).toBe(fileUri(current));
    expect(result.title).toBe(`Compare: ${NAME_2023} → ${NAME_2024}`);
    expect(result.summary).toEqual({ figures: 200, changed: 5, large: 0, findings: 1, sectionsChanged: 4, paragraphsUnchanged: 1 });
    expect(result.html).toMatch(/^<article class="gr-compare" lang="en">/);
    expect(result.html).toContain('data-side="this" data-range="15,56,15,58"');
  });

  it('follows the large-change settings', async () => {
    client.settings = { language: 'en', compare: { largeChangePercent: 30, largeChangeMinimum: 10 } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    let large = 0;
    for (let i = 0; i < 50 && large === 0; i++) {
      const result = (await client.connection.sendRequest(COMPARE_WITH_LAST_YEAR, { uri: fileUri(current) })) as CompareResult;
      large = result.ok ? result.summary.large : -1;
      if (large === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(large).toBe(1);
  });

  it('says when no report of last year is known', async () => {
    const alone = fileUri(join(dir, '2024', 'other.govreport.md'));
    client.open(alone, readFileSync(current, 'utf8').replaceAll('孝义市', '汾阳市'));
    const result = (await client.connection.sendRequest(COMPARE_WITH_LAST_YEAR, { uri: alone })) as CompareResult;
    expect(result).toMatchObject({ ok: false, noLastYear: true });
    const chosen = (await client.connection.sendRequest(COMPARE_WITH_LAST_YEAR, { uri: alone, lastUri: fileUri(last) })) as CompareResult;
    expect(chosen).toMatchObject({ ok: true, lastUri: fileUri(last) });
  });

  it('hovers on 现行有效件数 with last year’s + issued − repealed', async () => {
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: fileUri(current) }, position: { line: 15, character: 56 } })) as Hover;
    expect((hover.contents as MarkupContent).value).toBe("**「行政规范性文件」现行有效件数**: last year's 现行有效件数 + 本年制发件数 − 本年废止件数\n\n28 + 10 − 0 = 38 ✓");
  });
});
