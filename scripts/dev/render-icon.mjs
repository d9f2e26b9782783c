// Development aid: renders media/govreport.svg to media/icon.png (128×128, the marketplace
// icon; vsce refuses SVG there) with the headless Chromium the browser tests use.
//   node scripts/dev/render-icon.mjs
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const svg = readFileSync(join(root, 'media/govreport.svg'), 'utf8').replace('width="32" height="32"', 'width="128" height="128"');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: join(root, 'media/icon.png'), omitBackground: true });
await browser.close();
console.log('wrote media/icon.png');
