import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkModel, parseReport } from '../../server/src/engine';
import { corpus } from '../helpers';
import { canonicalText } from '../render/dom';
import { CHROMIUM, CHROMIUM_ARGS, requireTools } from '../tools/render-tools';
import { DIR, PreviewHost, updateOf } from './preview-host';

/**
 * The preview's tables as a spreadsheet, in headless Chromium with the real webview script and
 * the server's own handlers behind it: keyboard navigation over the merged official layouts,
 * typing, committing, cancelling and refusing figures, every commit round-tripped to the source
 * as a one-cell edit, focus and an edit in progress kept across the re-render that follows, and
 * a pasted table explaining why it cannot be edited.
 */

requireTools('chromium');
const cell = (id: string) => `td[data-cell="${id}"]`;
const lineOf = (text: string, needle: string) => text.split('\n').find((l) => l.includes(needle))!;

describe('preview grid in Chromium', () => {
  let browser: Browser;
  let host: PreviewHost;
  let page: Page;
  const active = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell ?? document.activeElement?.className);
  const press = async (...keys: string[]) => {
    for (const key of keys) await page.keyboard.press(key);
  };
  const textOf = (id: string) => page.locator(cell(id)).evaluate((td) => Array.from(td.childNodes, (n) => (n.nodeType === 3 ? n.textContent : '')).join('').trim());

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    host = await PreviewHost.open(browser, canonicalText(), undefined, 'grid');
    page = host.page;
  });
  afterAll(async () => browser?.close());

  it('moves like a spreadsheet over the merged layouts of tables 二, 三 and 四', async () => {
    await page.locator(cell('t3/t3/new/natural')).focus();
    await press('ArrowRight');
    expect(await active()).toBe('t3/t3/new/commercial');
    await press('ArrowDown');
    expect(await active()).toBe('t3/t3/carried/commercial');
    // Down from 二 skips the group rows (三、本年度办理结果 has no figures) to (一).
    await press('ArrowDown');
    expect(await active()).toBe('t3/t3/r1/commercial');
    await press('Tab', 'Tab', 'Shift+Tab');
    expect(await active()).toBe('t3/t3/r1/research');
    await press('Home');
    expect(await active()).toBe('t3/t3/r1/natural');
    await press('End');
    expect(await active()).toBe('t3/t3/r1/total');
    await press('Control+End');
    expect(await active()).toBe('t3/t3/next/total');
    // Table 二: sub-tables of different widths, the narrower ones stretched under the first column.
    await page.locator(cell('t2/t2-1/normative/issued')).focus();
    await press('ArrowDown');
    expect(await active()).toBe('t2/t2-5/licensing/decisions');
    await press('ArrowUp', 'ArrowRight', 'ArrowRight', 'ArrowDown');
    expect(await active()).toBe('t2/t2-5/licensing/decisions');
    // Table 四: the official single row of fifteen figures.
    await page.locator(cell('t4/t4/review/total')).focus();
    await press('ArrowRight');
    expect(await active()).toBe('t4/t4/suit-direct/upheld');
    // One tab stop per table: the selected cell.
    expect(await page.locator('table[data-table="t4"] td[tabindex="0"]').count()).toBe(1);
  });

  it('writes a typed figure as a one-cell edit of the source, moves down, and the totals check themselves', async () => {
    const before = host.text;
    await page.locator(cell('t3/t3/new/natural')).focus();
    await page.keyboard.type('62');
    expect(await page.locator('.gr-editor').isVisible()).toBe(true);
    const started = Date.now();
    await press('Enter');
    await host.rendered(2);
    console.log(`      (grid: Enter → source edited → version 2 on screen: ${Date.now() - started} ms in the browser tier)`);
    expect(await active()).toBe('t3/t3/carried/natural');
    expect(host.applied).toHaveLength(1);
    const changed = host.text.split('\n').filter((l, i) => l !== before.split('\n')[i]);
    expect(changed).toEqual([lineOf(before, '一、本年新收').replace('|     61 |', '|     62 |')]);
    // The figure now breaks its row total and its column's balance: one mark, on the figure, at once.
    const natural = page.locator(cell('t3/t3/new/natural'));
    expect(await textOf('t3/t3/new/natural')).toBe('62');
    expect(await natural.getAttribute('class')).toContain('gr-error');
    expect(await natural.getAttribute('title')).toMatch(/「自然人」应为 61，实为 62/);
    expect(await page.locator(cell('t3/t3/new/total')).getAttribute('data-fill')).toBe('71');
    expect(await page.locator('#gr-summary').innerText()).toMatch(/1 个错误/);
    await page.screenshot({ path: join(DIR, 'grid-figure-wrong.png') });
    // Put it back: the report is clean again.
    await page.locator(cell('t3/t3/new/natural')).focus();
    await page.keyboard.type('61');
    await press('Enter');
    await host.rendered(3);
    expect(host.text).toBe(before);
  });

  it('fills a total with its sum (Alt+=) and announces it', async () => {
    await page.locator(cell('t4/t4/suit-direct/upheld')).focus();
    await page.keyboard.type('8');
    await press('Tab');
    await host.rendered(4);
    const total = page.locator(cell('t4/t4/suit-direct/total'));
    expect(await total.getAttribute('class')).toContain('gr-error');
    await total.focus();
    expect(await page.locator('.gr-fill').innerText()).toBe('Σ 13');
    expect(await page.locator('#gr-desc').innerText()).toContain('填入计算结果：13（Alt+=）');
    await page.screenshot({ path: join(DIR, 'grid-fill.png') });
    await press('Alt+=');
    await host.rendered(5);
    expect(lineOf(host.text, '行政诉讼（未经复议直接起诉）')).toMatch(/\|\s+8 \|\s+2 \|\s+3 \|\s+0 \|\s+13 \|$/);
    expect(checkModel(parseReport(host.text)).filter((d) => d.severity === 'error')).toEqual([]);
    expect(await page.locator('#gr-live').innerText()).toBe('已写入 13');
    expect(await active()).toBe('t4/t4/suit-direct/total');
    expect(await page.locator('.gr-fill').isVisible()).toBe(false);
  });

  it('cancels with Escape and writes nothing', async () => {
    const edits = host.applied.length;
    await page.locator(cell('t3/t3/r1/natural')).focus();
    await page.keyboard.type('9');
    await press('Escape');
    expect(await page.locator('.gr-editor').isVisible()).toBe(false);
    expect(await active()).toBe('t3/t3/r1/natural');
    expect(await textOf('t3/t3/r1/natural')).toBe('4');
    expect(host.applied).toHaveLength(edits);
  });

  it('refuses an invalid entry in place, with the reason, and never sends it', async () => {
    const sentBefore = (await host.sent()).filter((m) => m.type === 'editCell').length;
    await page.locator(cell('t3/t3/r1/natural')).focus();
    await page.keyboard.type('-3');
    await press('Enter');
    expect(await page.locator('.gr-tip').innerText()).toBe('未写入：统计数字不能为负数。');
    expect(await page.locator('.gr-editor').getAttribute('class')).toContain('gr-invalid');
    expect(await page.locator('.gr-editor').inputValue()).toBe('-3');
    await page.keyboard.type('1.5');
    await press('Tab');
    expect(await page.locator('.gr-tip').innerText()).toBe('未写入：这里填件数，须为整数。');
    await page.screenshot({ path: join(DIR, 'grid-refused.png') });
    await press('Escape');
    expect((await host.sent()).filter((m) => m.type === 'editCell')).toHaveLength(sentBefore);
  });

  it('takes decimals in the fee column and clears a cell with Delete, keeping the table aligned', async () => {
    await page.locator(cell('t2/t2-8/fees/amount')).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12.50');
    await press('Enter');
    await host.rendered(6);
    expect(lineOf(host.text, '行政事业性收费')).toMatch(/\|\s+12\.5 \|$/);
    const before = lineOf(host.text, '2.重复申请');
    await page.locator(cell('t3/t3/r5-2/natural')).focus();
    await press('Delete');
    await host.rendered(7);
    expect(lineOf(host.text, '2.重复申请')).toBe(before.replace('|      1 |', '|        |'));
    expect(await page.locator(cell('t3/t3/r5-2/natural')).getAttribute('class')).toContain('gr-blank');
  });

  it('keeps the selected cell and an edit in progress across re-renders', async () => {
    await page.locator(cell('t3/t3/r5-2/natural')).focus();
    await page.keyboard.type('1');
    // Another change of the document arrives while the user is typing.
    host.text = host.text.replace('孝义市', '孝义市 ');
    host.version++;
    await host.send(updateOf(host.text, host.version));
    await host.rendered(host.version);
    expect(await page.locator('.gr-editor').inputValue()).toBe('1');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('gr-editor');
    await page.keyboard.type('0');
    const next = host.version + 1;
    await press('Tab');
    await host.rendered(next);
    expect(lineOf(host.text, '2.重复申请')).toContain('|     10 |');
    expect(await active()).toBe('t3/t3/r5-2/commercial');
  });

  it('made exactly one edit of one line per commit (one undo step each)', () => {
    expect(host.applied).toHaveLength(7);
    for (const { before, after } of host.applied) {
      const a = before.split('\n');
      const b = after.split('\n');
      expect(b).toHaveLength(a.length);
      expect(a.filter((l, i) => l !== b[i])).toHaveLength(1);
    }
  });

  it('describes the selected cell to a screen reader: its faults and the keys', async () => {
    await page.locator(cell('t3/t3/r5-2/natural')).focus();
    expect(await page.locator(cell('t3/t3/r5-2/natural')).getAttribute('aria-describedby')).toBe('gr-desc');
    // 10 in 重复申请 breaks its row total: the description carries the fault.
    expect(await page.locator('#gr-desc').innerText()).toMatch(/^✖ 「自然人」应为 1，实为 10.*按 Enter 或直接输入即可编辑/s);
    expect(await page.locator('table[data-table="t3"]').getAttribute('role')).toBe('grid');
  });
});

describe('a pasted table in the grid', () => {
  let browser: Browser;
  let host: PreviewHost;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    host = await PreviewHost.open(browser, corpus('xiaoyi-2024.txt'), undefined, 'grid-pasted');
  });
  afterAll(async () => browser?.close());

  it('explains why it cannot be edited, and offers to convert it', async () => {
    const page = host.page;
    await page.locator(cell('t3/t3/new/natural')).click();
    expect(await page.locator('.gr-editor').isVisible()).toBe(false);
    expect(await page.locator('.gr-tip').innerText()).toMatch(/^这张表不是标准的竖线表格.*请先转换为标准表格。$/);
    await page.keyboard.type('5');
    expect((await host.sent()).filter((m) => m.type === 'editCell')).toEqual([]);
    await page.screenshot({ path: join(DIR, 'grid-pasted.png') });
    await page.locator('table[data-table="t3"]').locator('xpath=..').locator('button.gr-action').click();
    expect((await host.sent()).filter((m) => m.type === 'tableAction')).toEqual([{ type: 'tableAction', action: 'convert', line: expect.any(Number) }]);
  });
});
