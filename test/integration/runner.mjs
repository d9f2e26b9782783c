#!/usr/bin/env node
// Runs a compiled mocha suite (a test-electron style index exporting run()) inside a real VS Code 1.96.4.
//
//   node test/integration/runner.mjs --extension <dir> --tests <suite index.js> --workspace <dir> [--timeout ms]
//
// Route 1 (primary): @vscode/test-electron downloads VS Code 1.96.4 (short timeout) and runTests runs the suite.
// Route 2 (fallback, only when that *download* fails): code-server 4.96.4 from test/.cache + headless chromium.
// A failing test never triggers the fallback. Exit code: the suite's (0 = all passed), 2 = harness error,
// 124 = overall timeout, 130 = interrupted. See test/integration/README.md.
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runInElectron, tryDownloadVSCode } from './harness/electron-route.mjs';
import { HarnessError, createProfile, ensureCodeServer, removeProfile, startCodeServer } from './harness/code-server.mjs';
import { runInWorkbench, workbenchUrl } from './harness/workbench.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXIT = { harness: 2, timeout: 124, interrupted: 130 };
const started = Date.now();
const log = (message) => console.log(`[integration +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

const USAGE = `usage: node test/integration/runner.mjs --extension <dir> --tests <suite index .js> --workspace <dir>
  [--timeout <ms, whole test run, default 180000>] [--route auto|electron|code-server (default auto)]
  [--vscode-version 1.96.4] [--download-timeout <ms, default 10000>] [--vscode-cache <dir, default .vscode-test>]
  [--output <dir, default test-output/integration>] [--locale <e.g. zh-cn: VS Code's display language>] [--restricted (code-server: workspace trust on, not granted)]
  [--no-screenshot] [--verbose]`;

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      extension: { type: 'string' },
      tests: { type: 'string' },
      workspace: { type: 'string' },
      timeout: { type: 'string', default: '180000' },
      route: { type: 'string', default: process.env.GOVREPORT_IT_ROUTE || 'auto' },
      'vscode-version': { type: 'string', default: '1.96.4' },
      'download-timeout': { type: 'string', default: '10000' },
      'vscode-cache': { type: 'string', default: path.join(REPO_ROOT, '.vscode-test') },
      output: { type: 'string', default: path.join(REPO_ROOT, 'test-output', 'integration') },
      'no-screenshot': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      locale: { type: 'string' },
      restricted: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { console.log(USAGE); process.exit(0); }
  const absolute = (name, kind) => {
    if (!values[name]) throw new HarnessError(`--${name} is required\n${USAGE}`);
    const resolved = path.resolve(values[name]);
    if (!existsSync(resolved)) throw new HarnessError(`--${name}: ${resolved} does not exist`);
    if (kind === 'dir' && !statSync(resolved).isDirectory()) throw new HarnessError(`--${name}: ${resolved} is not a folder`);
    return resolved;
  };
  const number = (name) => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n <= 0) throw new HarnessError(`--${name} must be a positive number of ms`);
    return n;
  };
  const options = {
    extensionPath: absolute('extension', 'dir'),
    testsPath: absolute('tests'),
    workspace: absolute('workspace', 'dir'),
    timeoutMs: number('timeout'),
    downloadTimeoutMs: number('download-timeout'),
    route: values.route,
    vscodeVersion: values['vscode-version'],
    vscodeCache: path.resolve(values['vscode-cache']),
    outputDir: path.resolve(values.output),
    screenshot: !values['no-screenshot'],
    verbose: values.verbose,
    locale: values.locale,
    restricted: values.restricted,
  };
  if (!['auto', 'electron', 'code-server'].includes(options.route)) throw new HarnessError(`--route must be auto, electron or code-server`);
  if (!existsSync(path.join(options.extensionPath, 'package.json'))) throw new HarnessError(`--extension: no package.json in ${options.extensionPath}`);
  return options;
}

// ---------------------------------------------------------------- abort handling (timeout, Ctrl+C)
// The first SIGINT/SIGTERM (or the timeout) aborts `controller`; each route then shuts its VS Code down and the
// runner exits 130 (124 for the timeout). In the Electron route test-electron has SIGINT listeners of its own
// (1st: close VS Code gracefully, 2nd: kill its process tree), so there the runner only triggers/awaits them.
const controller = new AbortController();
const emergencyKills = []; // synchronous last resort, run on process exit
let activeRoute = 'none';
let emitting = false;
process.on('exit', () => { for (const kill of emergencyKills) kill(); });
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (emitting) return;
    if (!controller.signal.aborted) { log(`${sig}: stopping (again to force)`); controller.abort(sig); return; }
    if (activeRoute === 'electron') setTimeout(() => process.exit(EXIT.interrupted), 5000).unref();
    else process.exit(EXIT.interrupted);
  });
}
/** Delivers a synthetic SIGINT to test-electron's listeners only (used for the timeout and SIGTERM). */
function interruptTestElectron() {
  emitting = true;
  try { process.emit('SIGINT', 'SIGINT'); } finally { emitting = false; }
}
const abortExitCode = (reason) => (reason === 'timeout' ? EXIT.timeout : EXIT.interrupted);

function startTimeout(timeoutMs) {
  const timer = setTimeout(() => {
    log(`TIMEOUT: the test run did not finish within ${timeoutMs} ms`);
    controller.abort('timeout');
  }, timeoutMs);
  timer.unref();
}

// ---------------------------------------------------------------- routes
async function electronRoute(options, executable) {
  log(`route: @vscode/test-electron, VS Code ${options.vscodeVersion} (${executable})`);
  activeRoute = 'electron';
  startTimeout(options.timeoutMs);
  const code = await runInElectron({
    ...options, executable, cachePath: options.vscodeCache, signal: controller.signal, interrupt: interruptTestElectron, log,
  });
  return controller.signal.aborted ? abortExitCode(controller.signal.reason) : code;
}

async function codeServerRoute(options) {
  log('route: code-server 4.96.4 + headless chromium');
  activeRoute = 'code-server';
  const entry = ensureCodeServer(REPO_ROOT, log);
  if (controller.signal.aborted) return abortExitCode(controller.signal.reason);
  mkdirSync(options.outputDir, { recursive: true });
  for (const dir of ['logs', 'server-logs', 'screenshots']) rmSync(path.join(options.outputDir, dir), { recursive: true, force: true });
  const profile = createProfile({ locale: options.locale, restricted: options.restricted });
  emergencyKills.push(() => removeProfile(profile));
  startTimeout(options.timeoutMs);
  let server;
  try {
    server = await startCodeServer({ entry, profile, logFile: path.join(options.outputDir, 'code-server.log'), outputDir: options.outputDir, locale: options.locale, restricted: options.restricted, verbose: options.verbose });
    emergencyKills.unshift(server.killNow);
    log(`code-server listening on ${server.origin}`);
    const url = workbenchUrl({ ...options, origin: server.origin, host: server.host });
    const result = await runInWorkbench({
      url, outputDir: options.outputDir, screenshot: options.screenshot, signal: controller.signal,
      serverExited: server.exited, verbose: options.verbose, log,
    });
    if ('error' in result) throw new HarnessError(result.error);
    return 'aborted' in result ? abortExitCode(result.aborted) : result.code;
  } finally {
    await server?.stop();
    // Server-side logs (remote extension host, output channels such as a language client's) outlive the profile.
    const serverLogs = path.join(profile, 'user-data', 'logs');
    if (existsSync(serverLogs)) cpSync(serverLogs, path.join(options.outputDir, 'server-logs'), { recursive: true });
    removeProfile(profile);
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  log(`suite ${path.relative(REPO_ROOT, options.testsPath) || options.testsPath}, extension ${options.extensionPath}`);
  if (options.route !== 'code-server') {
    log(`looking for VS Code ${options.vscodeVersion} (download timeout ${options.downloadTimeoutMs} ms)`);
    const download = await tryDownloadVSCode({ version: options.vscodeVersion, cachePath: options.vscodeCache, timeoutMs: options.downloadTimeoutMs, log });
    if (download.ok) return electronRoute(options, download.executable);
    if (options.route === 'electron') throw new HarnessError(`cannot download VS Code ${options.vscodeVersion}: ${download.reason}`);
    log(`VS Code download failed (${download.reason}): falling back to code-server`);
  }
  return codeServerRoute(options);
}

main().then(
  (code) => {
    const verdict = { 0: 'PASSED', [EXIT.timeout]: 'TIMED OUT', [EXIT.interrupted]: 'INTERRUPTED' }[code] ?? 'FAILED';
    log(`${verdict} (exit ${code})`);
    process.exit(code);
  },
  (error) => {
    console.error(`[integration] harness error: ${error instanceof HarnessError ? error.message : error?.stack ?? error}`);
    process.exit(EXIT.harness);
  },
);
