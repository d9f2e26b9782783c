// Requests from the tests (inside the extension host) to the browser side of the code-server route: screenshots,
// key presses, clicks and small DOM queries on the workbench page. A test cannot reach the page itself (the
// extension host is a Node process on the server), so it prints one line through mocha's console
//   @@govreport-ui {"id":"…","steps":[{"screenshot":"name"},{"press":"Enter"},{"click":"css"},{"fill":"css","value":"…"},{"count":"css"}…]}
// (a step with "in": css acts inside the visible webview whose document holds that element)
// which reaches the runner through codeAutomationLog; the runner performs the steps in order on the page and answers
// by writing `<output>/ui/<id>.json` ({ ok, results, url } or { ok: false, error }), which the test waits for
// (test/integration/suite/ui.ts). The output folder reaches the extension host as GOVREPORT_IT_OUTPUT.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const UI_REQUEST_PREFIX = '@@govreport-ui ';
/** How long a step may wait for its element (the workbench renders asynchronously). */
const STEP_TIMEOUT_MS = 10_000;

/** Clears the answers of an earlier run, so a test never reads a stale one. */
export function resetUiAnswers(outputDir) {
  rmSync(path.join(outputDir, 'ui'), { recursive: true, force: true });
  mkdirSync(path.join(outputDir, 'ui'), { recursive: true });
}

/**
 * Returns a handler for printed lines: true when the line was a UI request (then it is queued and not printed).
 * Requests run one at a time, in the order they were printed.
 */
export function uiRequestHandler(page, outputDir, log) {
  let queue = Promise.resolve();
  return (line) => {
    if (!line.startsWith(UI_REQUEST_PREFIX)) return false;
    let request;
    try {
      request = JSON.parse(line.slice(UI_REQUEST_PREFIX.length));
    } catch (error) {
      log(`ui request: unreadable line ${JSON.stringify(line.slice(0, 200))}: ${error.message}`);
      return true;
    }
    queue = queue.then(() => perform(page, outputDir, request, log));
    return true;
  };
}

async function perform(page, outputDir, request, log) {
  const id = String(request.id ?? '').replace(/[^\w.-]/g, '_');
  let answer;
  try {
    const results = [];
    for (const step of Array.isArray(request.steps) ? request.steps : []) results.push(await performStep(page, outputDir, step, log));
    answer = { ok: true, results, url: page.url() };
  } catch (error) {
    answer = { ok: false, error: failure(error), url: page.url() };
    // What the page showed when the step failed (test-output/integration/screenshots/failed-<id>.png).
    const shot = path.join(outputDir, 'screenshots', `failed-${id}.png`);
    mkdirSync(path.dirname(shot), { recursive: true });
    if (await page.screenshot({ path: shot, timeout: STEP_TIMEOUT_MS }).then(() => true, () => false)) log(`screenshot of the failure: ${path.relative(process.cwd(), shot)}`);
  }
  // Written whole and renamed, so the waiting test never reads half a file.
  const file = path.join(outputDir, 'ui', `${id}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify(answer));
  renameSync(`${file}.tmp`, file);
}

/**
 * The frame of a visible webview whose document holds `selector` (e.g. the preview's `#gr-root`): steps with
 * `frame` act inside it. Webviews are nested iframes; only a shown one has a box.
 */
async function frameWith(page, selector) {
  // Waited for like any step: a webview just opened may not have loaded or been laid out yet.
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    for (const frame of page.frames()) {
      if (!(await frame.$(selector).catch(() => null))) continue;
      const box = await (await frame.frameElement().catch(() => null))?.boundingBox().catch(() => null);
      if (box && box.width > 0 && box.height > 0) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no visible webview frame holds ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Playwright's first line, and the end of its call log when it has one: that says why an action
 * never happened (e.g. which element intercepted the click).
 */
function failure(error) {
  const lines = String(error?.message ?? error).split('\n').map((l) => l.trim()).filter(Boolean);
  const log = lines.indexOf('Call log:');
  return log < 0 ? lines[0] : [lines[0], ...lines.slice(Math.max(log + 1, lines.length - 4))].join(' / ');
}

async function performStep(page, outputDir, step, log) {
  const scope = typeof step.in === 'string' ? await frameWith(page, step.in) : page;
  if (typeof step.screenshot === 'string') {
    const name = step.screenshot.replace(/[^\w.-]/g, '_');
    const file = path.join(outputDir, 'screenshots', `${name}.png`);
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, timeout: STEP_TIMEOUT_MS });
    log(`screenshot: ${path.relative(process.cwd(), file)}`);
    return file;
  }
  if (typeof step.press === 'string') return page.keyboard.press(step.press);
  if (typeof step.type === 'string') return page.keyboard.type(step.type);
  if (typeof step.click === 'string') return scope.locator(step.click).first().click({ timeout: STEP_TIMEOUT_MS });
  if (typeof step.dblclick === 'string') return scope.locator(step.dblclick).first().dblclick({ timeout: STEP_TIMEOUT_MS });
  // Replaces an input's whole value (Playwright selects what is there and inserts, as typing would), whatever its caret.
  if (typeof step.fill === 'string') return scope.locator(step.fill).first().fill(String(step.value ?? ''), { timeout: STEP_TIMEOUT_MS });
  if (typeof step.focus === 'string') return scope.locator(step.focus).first().focus({ timeout: STEP_TIMEOUT_MS });
  if (typeof step.hover === 'string') return scope.locator(step.hover).first().hover({ timeout: STEP_TIMEOUT_MS });
  if (typeof step.waitFor === 'string') return scope.locator(step.waitFor).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }).then(() => true);
  if (typeof step.count === 'string') return scope.locator(step.count).count();
  if (typeof step.text === 'string') return scope.locator(step.text).allInnerTexts();
  // An expression's JSON value, evaluated in the page or the frame (reading a webview's state).
  if (typeof step.eval === 'string') return scope.evaluate(step.eval);
  if (step.frame && typeof step.frame.contains === 'string') return inFrame(page, step.frame);
  if (step.textAppears && typeof step.textAppears.selector === 'string') return textAppears(page, step.textAppears);
  throw new Error(`unknown ui step ${JSON.stringify(step)}`);
}

/**
 * Waits until an element matching `selector` (visible or not: VS Code's lists place rows in ways Playwright may
 * not count as visible) has inner text containing `contains`; answers the texts of all matches.
 */
async function textAppears(page, { selector, contains }) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const texts = await page.locator(selector).allInnerTexts();
    if (texts.some((t) => t.includes(contains))) return texts;
    if (Date.now() > deadline) throw new Error(`no ${selector} shows “${contains}” (showing ${JSON.stringify(texts).slice(0, 300)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits for a frame other than the workbench's own (webviews are nested iframes) whose text contains `contains`, then answers
 * `{ text, counts }`: the frame's text and how many elements match each selector of `count`.
 */
async function inFrame(page, { contains, count = [] }) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      if (!text.includes(contains)) continue;
      const counts = await Promise.all(count.map((selector) => frame.locator(selector).count()));
      return { text, counts };
    }
    if (Date.now() > deadline) throw new Error(`no frame shows “${contains}”`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
