import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { previewPage } from '../../client/src/preview/page';
import { makeNonce } from '../../client/src/webview-page';
import type { FromWebview, PreviewLabels, ToWebview } from '../../client/src/preview/messages';
import { editCellOf, previewOf } from '../../server/src/lsp/preview';
import { applyEdits, checkModel, parseReport } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { OUTPUT } from '../tools/render-tools';

/**
 * The preview webview as VS Code hosts it, for the browser tier: the page of
 * client/src/preview/page.ts with its CSP and nonce, the real webview script (bundled as
 * esbuild.mjs bundles it), and a host that plays the extension and the language server with
 * their own code — `previewOf` renders every version, `editCellOf` turns the grid's commits
 * into one-cell edits, which are applied to the text and re-rendered, as in VS Code.
 */

export const DIR = join(OUTPUT, 'preview');

export const LABELS_ZH: PreviewLabels = {
  lang: 'zh',
  errorOne: '{0} 个错误',
  errorOther: '{0} 个错误',
  warningOne: '{0} 个警告',
  warningOther: '{0} 个警告',
  clean: '没有问题',
  loading: '正在加载…',
  firstError: '转到第一个错误',
  firstWarning: '转到第一个警告',
  editHint: '按 Enter 或直接输入即可编辑，按 Esc 取消',
  fill: '填入计算结果：{0}（Alt+=）',
  written: '已写入 {0}',
  cleared: '已清空单元格',
  refused: '未写入：{0}',
  editLabel: '编辑 {0}',
};

interface Recorder {
  __sent: FromWebview[];
  __state?: unknown;
  __host?: (m: FromWebview) => void;
}

export const DOCUMENT_URI = 'file:///reports/孝义市2024年政府信息公开工作年度报告.md';

/** The update message the extension posts for `text` at `version`. */
export function updateOf(text: string, version: number, documentUri = DOCUMENT_URI, lang: 'zh' | 'en' = 'zh'): ToWebview {
  const model = parseReport(text);
  const result = previewOf({ version, model, diagnostics: checkModel(model) }, lang)!;
  const range = (r?: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
    r && ([r.start.line, r.start.character, r.end.line, r.end.character] as const);
  return { type: 'update', documentUri, version: result.version, html: result.html, counts: result.counts, first: { error: range(result.first?.error), warning: range(result.first?.warning) } };
}

export class PreviewHost {
  version = 1;
  /** Edits the host applied, in order (what the editor's undo stack would hold). */
  readonly applied: { before: string; after: string }[] = [];
  /** When set, the host answers edits but never re-renders (to watch the grid's pending state). */
  frozen = false;

  private constructor(
    readonly page: Page,
    public text: string,
  ) {}

  /** Opens the page in a new tab of `browser` and shows `text` as version 1. */
  static async open(browser: Browser, text: string, labels: PreviewLabels = LABELS_ZH, name = 'webview'): Promise<PreviewHost> {
    mkdirSync(DIR, { recursive: true });
    await build({ entryPoints: [join(ROOT, 'client/src/preview/webview.ts')], outfile: join(DIR, 'preview.js'), bundle: true, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'warning' });
    const html = previewPage({ cspSource: "'self'", scriptUri: './preview.js', nonce: makeNonce(), labels, documentUri: DOCUMENT_URI });
    writeFileSync(join(DIR, `${name}.html`), html);
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const host = new PreviewHost(page, text);
    await page.exposeFunction('__host', (m: FromWebview) => host.receive(m));
    // What VS Code provides to the webview: here, a recorder of the messages sent, forwarded to the host.
    await page.addInitScript(() => {
      const w = window as unknown as Recorder & { acquireVsCodeApi(): unknown };
      w.__sent = [];
      w.acquireVsCodeApi = () => ({
        postMessage: (m: FromWebview) => {
          w.__sent.push(m);
          void w.__host?.(m);
        },
        setState: (s: unknown) => (w.__state = s),
      });
    });
    await page.goto(pathToFileURL(join(DIR, `${name}.html`)).href);
    await page.waitForFunction(() => (window as unknown as Recorder).__sent.some((m) => m.type === 'ready'));
    await host.send(updateOf(text, host.version));
    await host.rendered(host.version);
    return host;
  }

  send(message: ToWebview): Promise<void> {
    return this.page.evaluate((m) => window.postMessage(m, '*'), message);
  }

  sent(): Promise<FromWebview[]> {
    return this.page.evaluate(() => (window as unknown as Recorder).__sent);
  }

  /** Waits until the webview reports `version` on screen. */
  async rendered(version: number): Promise<void> {
    await this.page.waitForFunction((v) => (window as unknown as Recorder).__sent.some((m) => m.type === 'rendered' && m.version >= v), version);
  }

  private async receive(message: FromWebview): Promise<void> {
    if (message.type !== 'editCell') return;
    const model = parseReport(this.text);
    const answer = editCellOf({ version: this.version, model, diagnostics: [] }, { uri: DOCUMENT_URI, cell: message.cell, input: message.input }, 'zh');
    if (!answer || !answer.ok) {
      await this.send({ type: 'edited', id: message.id, ok: false, reason: answer ? answer.reason : 'no answer' });
      return;
    }
    if (answer.edit) {
      const { start, end } = answer.edit.range;
      const before = this.text;
      this.text = applyEdits(before, [{ span: { start: model.source.offsetAt(start), end: model.source.offsetAt(end) }, newText: answer.edit.newText }]).text;
      this.applied.push({ before, after: this.text });
      this.version++;
    }
    await this.send({ type: 'edited', id: message.id, ok: true, version: this.version, text: answer.text });
    if (!this.frozen) await this.send(updateOf(this.text, this.version));
  }
}
