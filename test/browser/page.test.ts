import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLayout, checkModel, parseReport, renderPage } from '../../server/src/engine';
import { corpus } from '../helpers';
import { canonicalText } from '../render/dom';
import { hostileDraft } from '../render/hostile';
import { CHROMIUM, CHROMIUM_ARGS, OUTPUT, requireTools } from '../tools/render-tools';

/**
 * The standalone page in headless Chromium: its CSP-hashed stylesheet applies, the official
 * merged headers lay out where the format puts them (bounding boxes), a screenshot goes to
 * test-output/ for review, and nothing in a hostile draft runs — nor does script injected
 * into the page afterwards (the CSP refuses it).
 */

requireTools('chromium');
const DIR = join(OUTPUT, 'render');

function writePage(name: string, source: string, marks = true): string {
  mkdirSync(DIR, { recursive: true });
  const model = parseReport(source);
  const file = join(DIR, `${name}.html`);
  writeFileSync(file, renderPage(buildLayout(model, checkModel(model)), { marks }));
  return pathToFileURL(file).href;
}

type Box = { x: number; y: number; width: number; height: number };

async function box(page: Page, tableId: string, label: string): Promise<Box> {
  const cell = page.locator(`table[data-table="${tableId}"] th`).filter({ hasText: new RegExp(`^${label.replace(/[()（）]/g, '.')}$`) });
  expect(await cell.count(), `${label} in ${tableId}`).toBe(1);
  return (await cell.boundingBox())!;
}

const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1.5);

describe('standalone page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
  });
  afterAll(async () => browser?.close());

  it('applies its own stylesheet (the CSP hash matches) and lays table 三 out officially', async () => {
    await page.goto(writePage('xiaoyi-2024', corpus('xiaoyi-2024.txt')));
    expect(await page.locator('table.gr-t3').evaluate((t) => getComputedStyle(t).borderCollapse)).toBe('collapse');
    expect(violations).toEqual([]);
    const org = await box(page, 't3', '法人或其他组织');
    const first = await box(page, 't3', '商业企业');
    const last = await box(page, 't3', '其他');
    near(org.x, first.x);
    near(org.x + org.width, last.x + last.width);
    const applicants = await box(page, 't3', '申请人情况');
    const natural = await box(page, 't3', '自然人');
    const total = await box(page, 't3', '总计');
    near(applicants.x, natural.x);
    near(applicants.x + applicants.width, total.x + total.width);
    near(natural.y + natural.height, first.y + first.height); // 自然人 merged down over two header rows
    const results = await box(page, 't3', '三、本年度办理结果');
    const r1 = await page.locator('table.gr-t3 td[data-cell="t3/t3/r1/natural"]').boundingBox();
    const r7 = await page.locator('table.gr-t3 td[data-cell="t3/t3/r7/natural"]').boundingBox();
    near(results.y, r1!.y);
    near(results.y + results.height, r7!.y + r7!.height);
    expect(results.height).toBeGreaterThan(results.width * 5); // a tall, narrow, vertical group cell
    await page.screenshot({ path: join(DIR, 'xiaoyi-2024.png'), fullPage: true });
    await page.locator('.gr-table-block.gr-t3').screenshot({ path: join(DIR, 'xiaoyi-2024-table3.png') });
  });

  it('lays table 四 out as one row of 15 under 行政复议 / 行政诉讼', async () => {
    const review = await box(page, 't4', '行政复议');
    const litigation = await box(page, 't4', '行政诉讼');
    const direct = await box(page, 't4', '未经复议直接起诉');
    const after = await box(page, 't4', '复议后起诉');
    const figures = page.locator('table.gr-t4 td.gr-figure');
    expect(await figures.count()).toBe(15);
    const f = await Promise.all([0, 4, 5, 9, 10, 14].map((i) => figures.nth(i).boundingBox()));
    near(review.x, f[0]!.x);
    near(review.x + review.width, f[1]!.x + f[1]!.width);
    near(litigation.x, f[2]!.x);
    near(litigation.x + litigation.width, f[5]!.x + f[5]!.width);
    near(direct.x + direct.width, f[3]!.x + f[3]!.width);
    near(after.x, f[4]!.x);
    // The five blank 行政复议 cells show their mark, and nothing else.
    for (let i = 0; i < 5; i++) expect((await figures.nth(i).innerText()).trim()).toBe('✖');
    await page.locator('.gr-table-block.gr-t4').screenshot({ path: join(DIR, 'xiaoyi-2024-table4.png') });
  });

  it('hides the marks in print', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('table.gr-t4 .gr-mark').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('renders the canonical example for review', async () => {
    await page.goto(writePage('canonical-example', canonicalText()));
    expect(await page.locator('.gr-marked').count()).toBe(0);
    await page.screenshot({ path: join(DIR, 'canonical-example.png'), fullPage: true });
  });

  for (const marks of [true, false]) {
    it(`runs nothing of a hostile draft (${marks ? 'review page' : 'HTML export'}), and its CSP refuses injected script`, async () => {
      await page.goto(writePage(marks ? 'hostile' : 'hostile-export', hostileDraft(), marks));
      await page.waitForTimeout(100);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator('body').innerText()).toContain('<script>window.__pwned = "script"</script>');
      const hrefs = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(['https://www.xiaoyi.gov.cn/', 'mailto:gk@xiaoyi.gov.cn']);

      const refused = await page.evaluate(async () => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
        const script = document.createElement('script');
        script.textContent = 'window.__pwned = "injected script"';
        document.body.append(script);
        const button = document.createElement('button');
        button.setAttribute('onclick', 'window.__pwned = "inline handler"');
        document.body.append(button);
        button.click();
        const img = document.createElement('img');
        img.src = 'https://example.com/x.png';
        document.body.append(img);
        await new Promise((r) => setTimeout(r, 200));
        return { seen, pwned: (window as unknown as { __pwned?: unknown }).__pwned };
      });
      expect(refused.pwned).toBeUndefined();
      expect(refused.seen).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr', 'img-src']));
    });
  }
});
