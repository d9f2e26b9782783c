import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FromWebview, ToWebview } from '../../client/src/preview/messages';
import { corpus } from '../helpers';
import { hostileDraft } from '../render/hostile';
import { CHROMIUM, CHROMIUM_ARGS, requireTools } from '../tools/render-tools';
import { DIR, DOCUMENT_URI, PreviewHost, updateOf } from './preview-host';

/**
 * The preview webview, as VS Code would host it (preview-host.ts): updates posted as the
 * extension posts them, with the HTML the server's preview handler makes.
 */

requireTools('chromium');

interface Recorder {
  __pwned?: unknown;
}

const update = (source: string, version: number) => updateOf(source, version);

describe('preview webview in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let host: PreviewHost;
  const send = (message: ToWebview) => host.send(message);
  const sent = (): Promise<FromWebview[]> => host.sent();

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    host = await PreviewHost.open(browser, corpus('xiaoyi-2024.txt'));
    page = host.page;
    await page.setViewportSize({ width: 900, height: 900 });
  });
  afterAll(async () => browser?.close());

  it('patches each update in without reloading, and shows the summary', async () => {
    const text = corpus('xiaoyi-2024.txt');
    const started = Date.now();
    for (let v = 1; v <= 20; v++) await send(update(text.replace('8311', String(8311 + v)), v));
    await host.rendered(20);
    const elapsed = Date.now() - started;
    expect(await page.locator('#gr-root').innerText()).toContain('8331');
    expect((await sent()).filter((m) => m.type === 'ready')).toHaveLength(1);
    expect(await page.locator('#gr-summary').innerText()).toMatch(/✖\s*5 个错误\s*▲\s*2 个警告/);
    expect(elapsed / 20).toBeLessThan(300);
    await page.screenshot({ path: join(DIR, 'preview-light.png') });
  });

  it('keeps the report it shows in the webview state, so the panel can be restored after a reload', async () => {
    expect(await page.evaluate(() => (window as unknown as { __state: unknown }).__state)).toEqual({ documentUri: DOCUMENT_URI });
  });

  it('never shows an older version after a newer one', async () => {
    await send(update(corpus('xiaoyi-2024.txt').replace('8311', '99999'), 30));
    await send(update(corpus('xiaoyi-2024.txt'), 25));
    await page.waitForTimeout(50);
    expect(await page.locator('#gr-root').innerText()).toContain('99999');
  });

  it('reveals a marked cell in the editor when double-clicked', async () => {
    await page.locator('td[data-cell="t4/t4/review/upheld"]').dblclick();
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
    await page.waitForFunction(() => (window as unknown as { __sent: FromWebview[] }).__sent.some((m) => m.type === 'scrolled'));
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
    await send({ type: 'update', documentUri: DOCUMENT_URI, version: 41, html: '<img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script><a id="j" href="javascript:window.__pwned=3">j</a>', counts: { errors: 0, warnings: 0 }, first: {} });
    await page.locator('#j').click();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as Recorder).__pwned)).toBeUndefined();
  });
});
