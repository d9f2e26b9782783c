import { existsSync, readFileSync, watch } from 'node:fs';
import path from 'node:path';

/**
 * Screenshots and UI steps (key presses, clicks, DOM counts) on the workbench page, asked of the
 * runner from inside the extension host (test/integration/harness/ui-requests.mjs has the
 * protocol). Only the code-server route has the page: there the runner sets GOVREPORT_IT_OUTPUT.
 * In the Electron route screenshots are skipped and steps that drive the UI throw.
 */

/** With `in` (a selector), the step acts inside the visible webview whose document holds that element. */
type InFrame = { readonly in?: string };

export type UiStep =
  | { readonly screenshot: string }
  | { readonly press: string }
  | { readonly type: string }
  | ({ readonly click: string } & InFrame)
  | ({ readonly dblclick: string } & InFrame)
  /** Replaces the whole value of the input `fill` matches with `value`, as one edit (Playwright's fill). */
  | ({ readonly fill: string; readonly value: string } & InFrame)
  | ({ readonly focus: string } & InFrame)
  | ({ readonly hover: string } & InFrame)
  | ({ readonly waitFor: string } & InFrame)
  | ({ readonly count: string } & InFrame)
  | ({ readonly text: string } & InFrame)
  /** An expression evaluated in the page or the frame; its JSON value is the result. */
  | ({ readonly eval: string } & InFrame)
  /** Waits until an element matching `selector` has text containing `contains` (visible or not); its texts. */
  | { readonly textAppears: { readonly selector: string; readonly contains: string } }
  /** The first frame (webviews are nested iframes) whose text contains `contains`: its text, and element counts. */
  | { readonly frame: { readonly contains: string; readonly count?: readonly string[] } };

/** Selects the preview's webview in a step's `in`. */
export const PREVIEW_FRAME = '#gr-root';

export interface FrameResult {
  readonly text: string;
  readonly counts: readonly number[];
}

export interface UiAnswer {
  /** One result per step: a screenshot's file, a count, inner texts, or nothing. */
  readonly results: readonly unknown[];
  /** The page's address after the steps (a navigated tab shows here). */
  readonly url: string;
}

const OUTPUT = process.env.GOVREPORT_IT_OUTPUT;
const PREFIX = '@@govreport-ui ';
let nextId = 0;

/** Whether the runner can act on the page (the code-server route). */
export const uiAvailable = OUTPUT !== undefined;

/** Runs the steps on the page, in order, and resolves with their results once the runner has answered. */
export async function ui(steps: readonly UiStep[], timeoutMs = 20_000): Promise<UiAnswer> {
  if (!OUTPUT) throw new Error('UI steps need the code-server route (GOVREPORT_IT_OUTPUT is not set)');
  const id = `${process.pid}-${nextId++}`;
  const file = path.join(OUTPUT, 'ui', `${id}.json`);
  const answered = waitForFile(file, timeoutMs);
  console.log(`${PREFIX}${JSON.stringify({ id, steps })}`);
  const answer = JSON.parse(await answered) as { ok: boolean; error?: string; results?: unknown[]; url: string };
  if (!answer.ok) throw new Error(`ui steps ${JSON.stringify(steps)} failed: ${answer.error}`);
  return { results: answer.results ?? [], url: answer.url };
}

/** A screenshot of the whole workbench into test-output/integration/screenshots/NAME.png (skipped in the Electron route). */
export async function screenshot(name: string): Promise<void> {
  if (uiAvailable) await ui([{ screenshot: name }]);
}

/** Evaluates an expression in the preview's webview and resolves with its value. */
export async function inPreview<T>(expression: string): Promise<T> {
  const { results } = await ui([{ eval: expression, in: PREVIEW_FRAME }]);
  return results[0] as T;
}

/** Resolves with the file's text once it exists (the runner writes it whole, by rename). */
function waitForFile(file: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!existsSync(file)) return false;
      finish();
      resolve(readFileSync(file, 'utf8'));
      return true;
    };
    const watcher = watch(path.dirname(file), () => void check());
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`the runner did not answer ${path.basename(file)} within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      watcher.close();
    };
    check();
  });
}
