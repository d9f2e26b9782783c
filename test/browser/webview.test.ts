import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNonce, previewPage } from '../../client/src/preview/page';
import type { FromWebview, ToWebview } from '../../client/src/preview/messages';
import { previewOf } from '../../server/src/lsp/preview';
import { checkModel, parseReport } from '../../server/src/engine';
import { ROOT, corpus } from '../helpers';
import { hostileDraft } from '../render/hostile';
import { CHROMIUM, CHROMIUM_ARGS, OUTPUT, requireTools } from '../tools/render-tools';

/**
 * The preview webview, as VS Code would host it: the page of client/src/preview/page.ts with
 * its CSP and nonce, the real webview script (bundled here as esbuild bundles it), a stand-in
 * for acquireVsCodeApi that records what the script sends, and updates posted as the
 * extension posts them, with the HTML the server's preview handler makes.
 */

const tools = requireTools('chromium');
const DIR = join(OUTPUT, 'preview');

interface Recorder {
  __sent: FromWebview[];
  __state?: unknown;
  __pwned?: unknown;
}

function update(source: string, version: number): ToWebview {
  const model = parseReport(source);
  const result = previewOf({ version, model, diagnostics: checkModel(model) })!;
  return { type: 'update', version: result.version, html: result.html, counts: result.counts };
}

describe.skipIf(!tools.ok)('preview webview in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const send = (message: ToWebview) => page.evaluate((m) => window.postMessage(m, '*'), message);
  const sent = () => page.evaluate(() => (window as unknown as Recorder).__sent);

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    await build({ entryPoints: [join(ROOT, 'client/src/preview/webview.ts')], outfile: join(DIR, 'preview.js'), bundle: true, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'warning' });
    const html = previewPage({
      cspSource: "'self'",
      scriptUri: './preview.js',
      nonce: makeNonce(),
      lang: 'zh',
      labels: { errors: '个错误', warnings: '个警告', clean: '没有问题', loading: '正在加载…' },
      documentUri: 'file:///reports/孝义市2024年政府信息公开工作年度报告.md',
    });
    writeFileSync(join(DIR, 'webview.html'), html);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    // What VS Code provides to the webview: here, a recorder of the messages sent.
    await page.addInitScript(() => {
      const w = window as unknown as Recorder & { acquireVsCodeApi(): unknown };
      w.__sent = [];
      w.__state = undefined;
      w.acquireVsCodeApi = () => ({ postMessage: (m: FromWebview) => w.__sent.push(m), setState: (s: unknown) => (w.__state = s) });
    });
    await page.goto(pathToFileURL(join(DIR, 'webview.html')).href);
    await page.waitForFunction(() => (window as unknown as Recorder).__sent.some((m) => m.type === 'ready'));
  });
  afterAll(async () => browser?.close());

  it('patches each update in without reloading, and shows the summary', async () => {
    const text = corpus('xiaoyi-2024.txt');
    const started = Date.now();
    for (let v = 1; v <= 20; v++) await send(update(text.replace('8311', String(8311 + v)), v));
    await page.waitForFunction(() => (window as unknown as Recorder).__sent.some((m) => m.type === 'rendered' && m.version === 20));
    const elapsed = Date.now() - started;
    expect(await page.locator('#gr-root').innerText()).toContain('8331');
    expect((await sent()).filter((m) => m.type === 'ready')).toHaveLength(1);
    expect(await page.locator('#gr-summary').innerText()).toMatch(/5\s*个错误/);
    expect(elapsed / 20).toBeLessThan(300);
    await page.screenshot({ path: join(DIR, 'preview-light.png') });
  });

  it('keeps the report it shows in the webview state, so the panel can be restored after a reload', async () => {
    expect(await page.evaluate(() => (window as unknown as Recorder).__state)).toEqual({ documentUri: 'file:///reports/孝义市2024年政府信息公开工作年度报告.md' });
  });

  it('never shows an older version after a newer one', async () => {
    await send(update(corpus('xiaoyi-2024.txt').replace('8311', '99999'), 30));
    await send(update(corpus('xiaoyi-2024.txt'), 25));
    await page.waitForTimeout(50);
    expect(await page.locator('#gr-root').innerText()).toContain('99999');
  });

  it('reveals a marked cell in the editor when clicked', async () => {
    await page.locator('td[data-cell="t4/t4/review/upheld"]').click();
    const reveal = (await sent()).filter((m) => m.type === 'reveal').at(-1);
    expect(reveal).toEqual({ type: 'reveal', range: [93, 0, 93, 0] });
  });

  it('scrolls to an editor line and reports its own scrolling as a line', async () => {
    await send({ type: 'scrollToLine', line: 58 });
    await page.waitForTimeout(50);
    const top = await page.evaluate(() => window.scrollY);
    expect(top).toBeGreaterThan(0);
    await page.waitForTimeout(200);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction(() => (window as unknown as Recorder).__sent.some((m) => m.type === 'scrolled'));
    const scrolled = (await sent()).filter((m) => m.type === 'scrolled').at(-1) as { line: number };
    expect(scrolled.line).toBeGreaterThan(58);
  });

  it('follows the dark theme through the VS Code variables', async () => {
    await page.evaluate(() => {
      document.body.classList.add('vscode-dark');
      const s = document.documentElement.style;
      s.setProperty('--vscode-editor-background', '#1e1e1e');
      s.setProperty('--vscode-editor-foreground', '#d4d4d4');
      s.setProperty('--vscode-editorWidget-border', '#454545');
    });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(30, 30, 30)');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(DIR, 'preview-dark.png') });
  });

  it('runs nothing of a hostile draft, nor raw markup a compromised server might send (CSP)', async () => {
    await send(update(hostileDraft(), 40));
    await send({ type: 'update', version: 41, html: '<img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script><a id="j" href="javascript:window.__pwned=3">j</a>', counts: { errors: 0, warnings: 0 } });
    await page.locator('#j').click();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as Recorder).__pwned)).toBeUndefined();
  });
});
