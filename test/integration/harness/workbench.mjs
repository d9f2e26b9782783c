// Fallback route, part 2: open code-server's workbench in headless Debian chromium (playwright-core) with the
// test payload, the way VS Code's own web integration tests do, and wait for codeAutomationExit.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { chromium } from 'playwright-core';
import { HarnessError } from './code-server.mjs';
import { resetUiAnswers, uiRequestHandler } from './ui-requests.mjs';

const CHROMIUM = process.env.GOVREPORT_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** `vscode-remote://host/abs/path`, each segment percent-encoded (paths may hold spaces or CJK characters). */
function remoteUri(host, absPath) {
  return `vscode-remote://${host}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

export function workbenchUrl({ origin, host, extensionPath, testsPath, workspace }) {
  const payload = [
    ['extensionDevelopmentPath', remoteUri(host, extensionPath)],
    ['extensionTestsPath', remoteUri(host, testsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const query = new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) });
  return `${origin}/?${query}`;
}

// Workbench start-up chatter and the failed extension-gallery look-up (no internet here) that also arrive through
// codeAutomationLog; hidden from the console unless --verbose, but kept in workbench-output.log.
const NOISE = [
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket \(/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^\[network\] #\d+: https:\/\/open-vsx\.org\//,
  /^getaddrinfo E\w+ open-vsx\.org/,
];

function makePrinter(outputFile, verbose, intercept) {
  writeFileSync(outputFile, '');
  return (type, args) => {
    const line = util.format(...(Array.isArray(args) ? args : [args]));
    if (intercept(line)) return;
    appendFileSync(outputFile, `[${type}] ${line}\n`);
    if (!verbose && NOISE.some((re) => re.test(line))) return;
    if (type === 'error' || type === 'warn') process.stderr.write(`${line}\n`);
    else process.stdout.write(`${line}\n`);
  };
}

/**
 * Runs the suite in the browser. Resolves to { code } (the suite's exit code), { aborted: reason } (timeout, Ctrl+C)
 * or { error } (page crash, code-server died).
 * Mocha's output (through codeAutomationLog) is printed and kept in `outputDir/workbench-output.log`; browser console
 * and page errors go to `outputDir/browser-console.log`; the browser-side log files, which VS Code hands to
 * codeAutomationExit, go to `outputDir/logs/`.
 */
export async function runInWorkbench({ url, outputDir, screenshot, signal, serverExited, verbose, log }) {
  if (signal.aborted) return { aborted: String(signal.reason) };
  const consoleLog = path.join(outputDir, 'browser-console.log');
  writeFileSync(consoleLog, '');
  // handleSIGINT/SIGTERM off: Playwright's own handlers would process.exit(130) before the runner cleans up.
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 30_000, handleSIGINT: false, handleSIGTERM: false,
  })
    .catch((error) => { throw new HarnessError(`cannot launch ${CHROMIUM}: ${error.message}`); });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.on('console', (message) => {
      appendFileSync(consoleLog, `[${message.type()}] ${message.text()}\n`);
      if (verbose) process.stderr.write(`[browser ${message.type()}] ${message.text()}\n`);
    });
    page.on('pageerror', (error) => appendFileSync(consoleLog, `[pageerror] ${error.stack || error.message}\n`));

    let finish;
    const finished = new Promise((resolve) => { finish = resolve; });
    // Both functions must exist before the workbench loads: it looks for them at start-up.
    // Tests ask for screenshots and UI steps through the same channel (ui-requests.mjs).
    resetUiAnswers(outputDir);
    const print = makePrinter(path.join(outputDir, 'workbench-output.log'), verbose, uiRequestHandler(page, outputDir, log));
    await page.exposeFunction('codeAutomationLog', (type, args) => print(type, args));
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      saveWorkbenchLogs(path.join(outputDir, 'logs'), logs);
      finish({ code: typeof code === 'number' ? code : 1 });
    });
    page.on('crash', () => finish({ error: 'the workbench page crashed' }));
    serverExited.then((how) => finish({ error: `code-server exited during the run (${how}); see code-server.log` }));
    const onAbort = () => finish({ aborted: String(signal.reason) });
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });

    log('opening the workbench in headless chromium');
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 })
      .catch((error) => { throw new HarnessError(`cannot open the workbench: ${error.message.split('\n')[0]}`); });
    const result = await finished;
    signal.removeEventListener('abort', onAbort);

    // After a timeout the screenshot shows where it got stuck; after Ctrl+C nobody wants to wait for it.
    if (screenshot && result.aborted !== 'SIGINT' && result.aborted !== 'SIGTERM') {
      const file = path.join(outputDir, 'workbench.png');
      await page.screenshot({ path: file, timeout: 10_000 }).then(
        () => log(`screenshot: ${path.relative(process.cwd(), file)}`),
        (error) => log(`screenshot failed: ${error.message}`),
      );
    }
    return result;
  } finally {
    await browser.close().catch(() => {});
  }
}

function saveWorkbenchLogs(dir, logs) {
  if (!Array.isArray(logs)) return;
  for (const { relativePath, contents } of logs) {
    const file = path.join(dir, relativePath);
    if (!file.startsWith(dir + path.sep)) continue; // never write outside the logs folder
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
}
