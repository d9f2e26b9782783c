import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardPage } from '../../client/src/audit/dashboard-page';
import type { DashboardLabels, DashboardUpdate, FromDashboard } from '../../client/src/audit/dashboard-messages';
import { makeNonce } from '../../client/src/webview-page';
import { AuditTally, auditFacts, auditPage, checkModel, parseReport, type LastYear } from '../../server/src/engine';
import type { AuditEntry, AuditResult } from '../../server/src/lsp/audit-protocol';
import { auditEntry } from '../../server/src/lsp/workspace-audit';
import { ROOT, corpus } from '../helpers';
import { CHROMIUM, CHROMIUM_ARGS, OUTPUT, requireTools } from '../tools/render-tools';

/**
 * The audit dashboard webview as VS Code hosts it — the page of client/src/audit/dashboard-page.ts
 * with its CSP and nonce, the real script bundled as esbuild bundles it, a stand-in for
 * acquireVsCodeApi recording what the script sends — fed the entries the server makes
 * (workspace-audit.ts) for real reports. And the exported page, as a browser shows it.
 */

requireTools('chromium');
const DIR = join(OUTPUT, 'audit');
const LABELS: DashboardLabels = {
  title: 'Annual Report Audit',
  filter: 'Filter by body or file',
  allYears: 'All years',
  problemsOnly: 'Only reports with errors or warnings',
  exportCsv: 'Export CSV',
  exportHtml: 'Export HTML',
  body: 'Body',
  year: 'Year',
  file: 'File',
  errors: 'Errors',
  warnings: 'Warnings',
  publication: 'Publication',
  chain: 'Carry-over',
  shown: '{0} of {1} reports',
  shownOfOne: '{0} of {1} report',
  none: 'No annual reports in this workspace.',
  paused: 'Checking is paused.',
  scanning: 'Reading…',
  loading: 'Loading the audit…',
  unknownBody: '(body unknown)',
};

interface Recorder {
  __sent: FromDashboard[];
  __state?: unknown;
  __pwned?: unknown;
}

const pair = (year: number) => readFileSync(join(ROOT, `test/fixtures/cli/pair/孝义市${year}年政府信息公开工作年度报告.md`), 'utf8');
/** A body whose name is markup: it must show as text. */
const HOSTILE = `---\nagency: <img src=x onerror="window.__pwned=1">局\nagencyKind: department\nyear: 2024\npublished: 2025-02-10\n---\n${pair(2024)}`;

function entry(path: string, text: string, lastYear: LastYear = { kind: 'none' }, previousText?: string): AuditEntry {
  const model = parseReport(text);
  const previous = previousText === undefined ? undefined : parseReport(previousText);
  const facts = auditFacts(model, checkModel(model, { previous }), lastYear);
  return auditEntry(`file:///ws/${encodeURIComponent(path)}`, path, facts, 'en', previous ? { uri: 'file:///ws/2023.md', path: '孝义市/2023.md' } : undefined);
}

const REPORTS: AuditEntry[] = [
  entry('孝义市/2023.md', pair(2023)),
  entry('孝义市/2024.md', pair(2024), { kind: 'found' }, pair(2023)),
  entry('淮安市/2024.md', corpus('huaian-2024.pdftotext.txt')),
  entry('上海/2025.md', corpus('shanghai-office-2025.pdf2md.md')),
  entry('hostile.govreport.md', HOSTILE),
];
const tally = new AuditTally();
for (const r of REPORTS) tally.add({ ...r, rules: r.rules, counts: r.counts, publication: { status: r.publication.status }, chain: { status: r.chain.status } });
const AUDIT: AuditResult = { checking: true, scanning: false, reports: REPORTS, rules: tally.rules().map((t) => ({ id: t.rule, description: `about ${t.rule}` })) };

describe('audit dashboard webview in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];
  const sent = () => page.evaluate(() => (window as unknown as Recorder).__sent);
  const send = (update: DashboardUpdate) => page.evaluate((m) => window.postMessage(m, '*'), update);
  const rendered = (sequence: number) => page.waitForFunction((s) => (window as unknown as Recorder).__sent.some((m) => m.type === 'rendered' && m.sequence === s), sequence);
  const column = (n: number) => page.locator(`#gr-table tbody tr td:nth-child(${n})`).allInnerTexts();
  const sortedBy = async () => {
    const th = page.locator('#gr-table thead th[aria-sort]');
    return [await th.innerText(), await th.getAttribute('aria-sort')];
  };

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    await build({ entryPoints: [join(ROOT, 'client/src/audit/dashboard-webview.ts')], outfile: join(DIR, 'dashboard.js'), bundle: true, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'warning' });
    writeFileSync(join(DIR, 'dashboard.html'), dashboardPage({ cspSource: "'self'", scriptUri: './dashboard.js', nonce: makeNonce(), lang: 'en', labels: LABELS }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 700 } });
    page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    await page.addInitScript(() => {
      const w = window as unknown as Recorder & { acquireVsCodeApi(): unknown };
      w.__sent = [];
      w.acquireVsCodeApi = () => ({ postMessage: (m: FromDashboard) => w.__sent.push(m), setState: (s: unknown) => (w.__state = s), getState: () => w.__state });
    });
    await page.goto(pathToFileURL(join(DIR, 'dashboard.html')).href);
    await page.waitForFunction(() => (window as unknown as Recorder).__sent.some((m) => m.type === 'ready'));
    await send({ type: 'audit', sequence: 0, audit: AUDIT });
    await rendered(0);
  });
  afterAll(async () => browser?.close());

  it('shows every report, a column per rule with findings, most errors first', async () => {
    const last = (await sent()).filter((m) => m.type === 'rendered').pop();
    expect(last).toMatchObject({ rows: 5, sort: 'errors:desc' });
    expect(await page.locator('#gr-table thead th').allInnerTexts()).toEqual(['Body', 'Year', 'File', 'Errors', 'Warnings', 'Publication', 'Carry-over', ...AUDIT.rules.map((r) => r.id)]);
    expect(await sortedBy()).toEqual(['Errors', 'descending']);
    const errors = (await column(4)).map(Number);
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    expect(await page.locator('#gr-status').innerText()).toBe('5 of 5 reports');
    const row = REPORTS.find((r) => r.path === '孝义市/2024.md')!;
    const cells = await page.locator(`#gr-table tbody tr[data-uri="${row.uri}"] td`).allInnerTexts();
    expect(cells.slice(0, 7)).toEqual(['孝义市人民政府', '2024', '孝义市/2024.md', String(row.counts.error), String(row.counts.warning), 'on time', 'broken']);
    expect(await page.locator(`#gr-table tbody tr[data-uri="${row.uri}"] td:nth-child(7)`).getAttribute('title')).toBe(row.chain.label);
    await page.screenshot({ path: join(DIR, 'dashboard-light.png') });
  });

  it('sorts by any column, both ways, from its header', async () => {
    await page.locator('#gr-table thead button[data-key="body"]').click();
    expect(await column(1)).toEqual([...(await column(1))].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(await sortedBy()).toEqual(['Body', 'ascending']);
    await page.locator('#gr-table thead button[data-key="body"]').click();
    expect(await sortedBy()).toEqual(['Body', 'descending']);
    // The rule with the most findings is the first rule column.
    const rule = AUDIT.rules[0].id;
    await page.locator(`#gr-table thead button[data-key="rule:${rule}"]`).click();
    expect(await sortedBy()).toEqual([rule, 'descending']);
    const counts = (await column(8)).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(0);
  });

  it('filters by text, year and problems, and exports what it shows, in that order', async () => {
    await page.locator('#gr-filter').fill('孝义');
    expect((await column(3)).sort()).toEqual(['孝义市/2023.md', '孝义市/2024.md']);
    await page.locator('#gr-year').selectOption('2024');
    expect(await column(3)).toEqual(['孝义市/2024.md']);
    await page.locator('#gr-filter').fill('');
    await page.locator('#gr-problems').check();
    const shown = await column(3);
    expect(shown).toEqual(REPORTS.filter((r) => r.year === 2024 && r.counts.error + r.counts.warning > 0).map((r) => r.path).sort((a, b) => shown.indexOf(a) - shown.indexOf(b)));
    expect(await page.locator('#gr-status').innerText()).toBe(`${shown.length} of 5 reports`);
    await page.locator('#gr-export-csv').click();
    await page.locator('#gr-export-html').click();
    const exports = (await sent()).filter((m) => m.type === 'export');
    const uris = shown.map((p) => REPORTS.find((r) => r.path === p)!.uri);
    expect(exports).toEqual([
      { type: 'export', format: 'csv', uris },
      { type: 'export', format: 'html', uris },
    ]);
    // The filter is kept in the webview's state, for a reload.
    expect(await page.evaluate(() => (window as unknown as Recorder).__state)).toMatchObject({ text: '', year: '2024', problemsOnly: true });
    await page.locator('#gr-problems').uncheck();
    await page.locator('#gr-year').selectOption('');
  });

  it('opens a report from its row, by click or by Enter', async () => {
    const target = REPORTS[2];
    await page.locator(`#gr-table tbody tr[data-uri="${target.uri}"] td:nth-child(3)`).click();
    await page.locator(`#gr-table tbody tr[data-uri="${REPORTS[0].uri}"]`).focus();
    await page.keyboard.press('Enter');
    expect((await sent()).filter((m) => m.type === 'open')).toEqual([
      { type: 'open', uri: target.uri },
      { type: 'open', uri: REPORTS[0].uri },
    ]);
  });

  it('never lets report text become markup, and the CSP refuses nothing it needs', async () => {
    expect(await page.locator('#gr-table img').count()).toBe(0);
    expect(await column(1)).toContain('<img src=x onerror="window.__pwned=1">局');
    expect(await page.evaluate(() => (window as unknown as Recorder).__pwned)).toBeUndefined();
    expect(violations).toEqual([]);
  });

  it('follows the dark theme through the VS Code variables, and says when checking is paused', async () => {
    await page.evaluate(() => {
      const s = document.documentElement.style;
      s.setProperty('--vscode-editor-background', '#1e1e1e');
      s.setProperty('--vscode-editor-foreground', '#d4d4d4');
      s.setProperty('--vscode-editorWidget-border', '#454545');
    });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(30, 30, 30)');
    await page.screenshot({ path: join(DIR, 'dashboard-dark.png') });
    await send({ type: 'audit', sequence: 1, audit: { ...AUDIT, checking: false, reports: [] } });
    await rendered(1);
    expect(await page.locator('#gr-status').innerText()).toBe('Checking is paused.');
    expect(await page.locator('#gr-table').count()).toBe(0);
    // An older update arriving late is ignored.
    await send({ type: 'audit', sequence: 0, audit: AUDIT });
    expect(await page.locator('#gr-status').innerText()).toBe('Checking is paused.');
  });
});

describe('the exported audit page in Chromium', () => {
  it('shows the summary and the matrix with its own styles only, nothing blocked, nothing run', async () => {
    const html = auditPage(
      REPORTS.map((r) => ({ path: r.path, facts: { agency: r.agency, year: r.year, counts: r.counts, rules: r.rules, publication: { status: r.publication.status }, chain: { status: r.chain.status } } })),
      tally,
      { lang: 'zh', generated: '2026-03-01 09:00 UTC' },
    );
    mkdirSync(DIR, { recursive: true });
    writeFileSync(join(DIR, 'audit-page.html'), html);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1300, height: 800 } });
      const violations: string[] = [];
      page.on('console', (m) => violations.push(m.text()));
      await page.goto(pathToFileURL(join(DIR, 'audit-page.html')).href);
      expect(await page.locator('table.summary tbody tr').count()).toBe(5);
      expect(await page.locator('table.matrix thead th').count()).toBe(2 + AUDIT.rules.length);
      // The embedded stylesheet applied (the CSP allows it by its hash): headers have a background.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('thead th')!).position)).toBe('sticky');
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as Recorder).__pwned)).toBeUndefined();
      expect(violations).toEqual([]);
      await page.screenshot({ path: join(DIR, 'audit-page.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
