import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparePage } from '../../client/src/compare/page';
import type { CompareState, CompareUpdate, FromCompareWebview } from '../../client/src/compare/messages';
import { makeNonce } from '../../client/src/webview-page';
import { compareReports, parseReport, renderComparisonBody, renderComparisonPage } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { PAYLOADS } from '../render/hostile';
import { CHROMIUM, CHROMIUM_ARGS, OUTPUT, requireTools } from '../tools/render-tools';

/**
 * The year-over-year comparison in headless Chromium: the editor's webview (the page of
 * client/src/compare/page.ts with its CSP and nonce, the real webview script, a stand-in for
 * acquireVsCodeApi recording what it sends, updates as the extension posts them), and the
 * standalone page of `govreport compare --format html`.
 */

requireTools('chromium');
const DIR = join(OUTPUT, 'compare');
const PAIR = join(ROOT, 'test/fixtures/cli/pair');
const Y2023 = readFileSync(join(PAIR, '孝义市2023年政府信息公开工作年度报告.md'), 'utf8');
const Y2024 = readFileSync(join(PAIR, '孝义市2024年政府信息公开工作年度报告.md'), 'utf8');

/** This year's report and the last year's the user chose, with characters that must survive the page's attribute. */
const STATE: CompareState = { documentUri: 'file:///reports/%E5%AD%9D%E4%B9%89%E5%B8%82%202024%22%3E%3Cb%3E.md', lastUri: 'file:///reports/a&b"<c>.md' };

interface Recorder {
  __sent: FromCompareWebview[];
  __state?: unknown;
  __pwned?: unknown;
}

function update(last: string, current: string, sequence: number): CompareUpdate {
  return { type: 'update', sequence, html: renderComparisonBody(compareReports(parseReport(last), parseReport(current)), 'zh') };
}

describe('comparison webview in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const send = (message: CompareUpdate) => page.evaluate((m) => window.postMessage(m, '*'), message);
  const sent = () => page.evaluate(() => (window as unknown as Recorder).__sent);
  const rendered = (sequence: number) => page.waitForFunction((n) => (window as unknown as Recorder).__sent.some((m) => m.type === 'rendered' && m.sequence === n), sequence);
  const visibleFigureRows = () => page.locator('tr.gr-cmp-fig:visible').count();

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    await build({ entryPoints: [join(ROOT, 'client/src/compare/webview.ts')], outfile: join(DIR, 'compare.js'), bundle: true, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'warning' });
    writeFileSync(join(DIR, 'webview.html'), comparePage({ cspSource: "'self'", scriptUri: './compare.js', nonce: makeNonce(), lang: 'zh', loading: '正在加载对比…', state: STATE }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript(() => {
      const w = window as unknown as Recorder & { acquireVsCodeApi(): unknown };
      w.__sent = [];
      w.acquireVsCodeApi = () => ({ postMessage: (m: FromCompareWebview) => w.__sent.push(m), setState: (state: unknown) => (w.__state = state) });
    });
    await page.goto(pathToFileURL(join(DIR, 'webview.html')).href);
    await page.waitForFunction(() => (window as unknown as Recorder).__sent.some((m) => m.type === 'ready'));
  });
  afterAll(async () => browser?.close());

  it('keeps the reports it compares in the webview state, so VS Code can restore the panel after a reload', async () => {
    expect(await page.evaluate(() => (window as unknown as Recorder).__state)).toEqual(STATE);
  });

  it('shows the comparison it is sent, styled by its nonce’d stylesheet, with no CSP complaint', async () => {
    await send(update(Y2023, Y2024, 1));
    await rendered(1);
    expect(await page.locator('h1').innerText()).toBe('孝义市人民政府：年度报告对比 2023 年 → 2024 年');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.gr-cmp-table')!).borderCollapse)).toBe('collapse');
    expect(await visibleFigureRows()).toBe(200);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(DIR, 'compare-light.png') });
  });

  it('opens a figure in last year’s or this year’s report when it is clicked, or reached by keyboard', async () => {
    const row = page.locator('tr.gr-cmp-fig', { has: page.locator('.gr-src[data-side="this"]', { hasText: /^38$/ }) });
    await row.locator('.gr-src[data-side="this"]').click();
    await row.locator('.gr-src[data-side="last"]').click();
    await page.locator('.gr-cmp-row[data-row="carried"] .gr-links .gr-src[data-side="last"]').first().focus();
    await page.keyboard.press('Enter');
    const reveals = (await sent()).filter((m) => m.type === 'reveal');
    expect(reveals).toEqual([
      { type: 'reveal', side: 'this', range: [15, 56, 15, 58] },
      { type: 'reveal', side: 'last', range: [15, 56, 15, 58] },
      { type: 'reveal', side: 'last', range: [35, 2, 35, 18] },
    ]);
    expect(await page.locator('.gr-src[data-range]').first().getAttribute('role')).toBe('link');
  });

  it('filters to the figures that changed, and keeps that choice across updates', async () => {
    await page.locator('#gr-cmp-only-changed').check();
    expect(await visibleFigureRows()).toBe(6);
    await page.screenshot({ path: join(DIR, 'compare-only-changed.png') });
    await send(update(Y2023, Y2024.replace('|            35583 |', '|             3558 |'), 2));
    await rendered(2);
    expect(await page.locator('#gr-cmp-only-changed').isChecked()).toBe(true);
    expect(await visibleFigureRows()).toBe(7);
    expect(await page.locator('tr.gr-cmp-fig.gr-large').count()).toBe(1);
  });

  it('never shows an older update after a newer one', async () => {
    await send(update(Y2023, Y2024, 1));
    await page.waitForTimeout(100);
    expect(await page.locator('tr.gr-cmp-fig.gr-large').count()).toBe(1);
  });

  it('follows the dark theme through the VS Code variables', async () => {
    await page.evaluate(() => {
      document.body.classList.add('vscode-dark');
      const s = document.documentElement.style;
      s.setProperty('--vscode-editor-background', '#1e1e1e');
      s.setProperty('--vscode-editor-foreground', '#d4d4d4');
      s.setProperty('--vscode-textLink-foreground', '#3794ff');
      s.setProperty('--vscode-diffEditor-insertedTextBackground', 'rgba(156, 204, 44, 0.2)');
      s.setProperty('--vscode-diffEditor-removedTextBackground', 'rgba(255, 0, 0, 0.2)');
    });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(30, 30, 30)');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.gr-src')!).color)).toBe('rgb(55, 148, 255)');
    await page.locator('#gr-cmp-only-changed').uncheck();
    await page.evaluate(() => document.querySelector('.gr-cmp-prose')!.scrollIntoView());
    await page.screenshot({ path: join(DIR, 'compare-dark-prose.png') });
  });

  it('runs nothing of hostile report text, nor raw markup a compromised server might send (CSP)', async () => {
    const hostile = (year: string) => Y2024.replace(/2024/g, year).replace('## 五、存在的主要问题及改进情况\n', `## 五、存在的主要问题及改进情况\n\n${PAYLOADS.map((p) => `本段测试${year}：${p} 结束。`).join('\n\n')}\n`);
    await send(update(hostile('2023'), hostile('2024'), 10));
    await rendered(10);
    await send({ type: 'update', sequence: 11, html: '<img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script><a id="j" href="javascript:window.__pwned=3">j</a>' });
    await rendered(11);
    await page.locator('#j').click();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as Recorder).__pwned)).toBeUndefined();
  });
});

describe('standalone comparison page in Chromium', () => {
  let browser: Browser;
  afterAll(async () => browser?.close());

  it('is styled by its embedded stylesheet under its CSP, and filters without any script', async () => {
    mkdirSync(DIR, { recursive: true });
    const file = join(DIR, 'compare-page.html');
    writeFileSync(file, renderComparisonPage(compareReports(parseReport(Y2023), parseReport(Y2024)), 'en'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pathToFileURL(file).href);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.gr-cmp-table')!).borderCollapse)).toBe('collapse');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('ins')!).textDecorationLine)).toBe('none');
    await page.locator('#gr-cmp-only-changed').check();
    expect(await page.locator('tr.gr-cmp-fig:visible').count()).toBe(6);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(DIR, 'compare-page.png'), fullPage: true });
  });
});
