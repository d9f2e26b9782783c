#!/usr/bin/env node
// The integration tier in one command: builds the extension, packages the .vsix, and runs the
// suites of test/integration/suite inside a real VS Code 1.96.4 (test/integration/runner.mjs:
// @vscode/test-electron where VS Code can be downloaded, else code-server + headless Chromium,
// set up by scripts/setup-code-server.sh). Five VS Code starts:
//   1. the extension under development (repo root, dev bundles) on a fixture workspace holding
//      the corpus report as 孝义市2024年政府信息公开工作年度报告.md;
//   2. the same on a workspace of many reports (suite `audit`);
//   3. the extension under development again, in a Chinese (zh-cn) window: the suites that follow
//      the display language (`walkthrough`);
//   3b. the same in Restricted Mode (workspace trust on, not granted): suites `config`, `trust`;
//   4. the .vsix, installed with `code-server --install-extension` into a throwaway extensions
//      folder and loaded from there (suite `packaged`).
//
//   node scripts/test-integration.mjs [--no-vsix] [--verbose]
// Exit code: 0 when both runs pass, else the first failing run's (see test/integration/README.md).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const withVsix = !args.includes('--no-vsix');
const verbose = args.includes('--verbose');
const started = Date.now();
const timings = [];
const log = (message) => console.log(`[test-integration +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

/** Runs a step, inheriting output; returns its exit code. */
function step(name, command, commandArgs, options = {}) {
  const t0 = Date.now();
  log(`${name}: ${[path.basename(command), ...commandArgs.map((a) => path.relative(root, a) || a)].join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
  const seconds = (Date.now() - t0) / 1000;
  timings.push(`${name} ${seconds.toFixed(1)} s`);
  return result.status ?? 1;
}

/** A fixture workspace: the corpus report under the name that selects the language, plus an optional suite selection. */
function fixtureWorkspace(dir, suites) {
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(root, 'test/fixtures/corpus/xiaoyi-2024.txt'), path.join(dir, '孝义市2024年政府信息公开工作年度报告.md'));
  if (suites) writeFileSync(path.join(dir, '.govreport-it.json'), JSON.stringify({ suites }));
  return dir;
}

/**
 * A folder of reports for the audit suite: several bodies and years, from the corpus and the
 * 孝义市 2023/2024 pair, under names that make them reports.
 */
function auditWorkspace(dir) {
  const reports = [
    ['test/fixtures/cli/pair/孝义市2023年政府信息公开工作年度报告.md', '孝义市/孝义市2023年政府信息公开工作年度报告.md'],
    ['test/fixtures/cli/pair/孝义市2024年政府信息公开工作年度报告.md', '孝义市/孝义市2024年政府信息公开工作年度报告.md'],
    ['test/fixtures/corpus/huaian-2024.pdftotext.txt', '淮安市2024年政府信息公开工作年度报告.md'],
    ['test/fixtures/corpus/shanghai-office-2019.oldformat.txt', '上海市/上海市人民政府办公厅2019年政府信息公开工作年度报告.md'],
    ['test/fixtures/corpus/shanghai-office-2025.pdf2md.md', '上海市/上海市人民政府办公厅2025年政府信息公开工作年度报告.md'],
    ['test/fixtures/corpus/shanghai-kewei-2024.pdf2md.md', '上海市/上海市科委2024年政府信息公开工作年度报告.md'],
    ['test/fixtures/corpus/shuyang-2025.ocr.md', '沭阳县/沭阳县2025年政府信息公开工作年度报告.md'],
    ['test/fixtures/corpus/shuyang-fgj-2023.web.txt', '沭阳县/沭阳县发展和改革局2023年政府信息公开工作年度报告.md'],
  ];
  for (const [from, to] of reports) {
    mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    copyFileSync(path.join(root, from), path.join(dir, to));
  }
  writeFileSync(path.join(dir, '.govreport-it.json'), JSON.stringify({ suites: ['audit'] }));
  return dir;
}

/**
 * For the `trust` suite, in a window in Restricted Mode: this year's 孝义市 report twice, naming
 * last year's once inside the workspace folder and once in a folder beside it (outside).
 * Returns the workspace folder.
 */
function trustWorkspace(dir) {
  const pair = path.join(root, 'test/fixtures/cli/pair');
  const last = readFileSync(path.join(pair, '孝义市2023年政府信息公开工作年度报告.md'), 'utf8');
  const current = readFileSync(path.join(pair, '孝义市2024年政府信息公开工作年度报告.md'), 'utf8');
  const ws = path.join(dir, 'ws');
  for (const sub of ['outside', 'ws/2023', 'ws/2024']) mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(path.join(dir, 'outside', 'last.md'), last);
  writeFileSync(path.join(ws, '2023', 'last.govreport.md'), last);
  writeFileSync(path.join(ws, '2024', 'outside.govreport.md'), `---\nprevious: ../../outside/last.md\n---\n${current}`);
  writeFileSync(path.join(ws, '2024', 'inside.govreport.md'), `---\nprevious: ../2023/last.govreport.md\n---\n${current}`);
  writeFileSync(path.join(ws, '.govreport-it.json'), JSON.stringify({ suites: ['config', 'trust'] }));
  return ws;
}

const runner = path.join(root, 'test/integration/runner.mjs');
const suiteIndex = path.join(root, 'dist/test/integration/index.js');
const extraRunnerArgs = verbose ? ['--verbose'] : [];
const temp = mkdtempSync(path.join(os.tmpdir(), 'govreport-it-run-'));
let exitCode = 0;

try {
  let vsix;
  if (withVsix) {
    // Packaging builds the production bundles, so it goes first; the dev build below replaces them.
    vsix = path.join(temp, 'govreport.vsix');
    exitCode = step('package', process.execPath, [path.join(root, 'scripts/package.mjs'), '--out', vsix]);
    if (exitCode !== 0) throw new Error('packaging failed');
  }
  exitCode = step('build', process.execPath, [path.join(root, 'esbuild.mjs')]);
  if (exitCode !== 0) throw new Error('build failed');

  exitCode = step('suite (development extension)', process.execPath, [
    runner, '--extension', root, '--tests', suiteIndex, '--workspace', fixtureWorkspace(path.join(temp, 'workspace')), ...extraRunnerArgs,
  ]);
  if (exitCode !== 0) throw new Error('the integration suite failed');

  exitCode = step('suite (audit workspace)', process.execPath, [
    runner, '--extension', root, '--tests', suiteIndex, '--workspace', auditWorkspace(path.join(temp, 'workspace-audit')),
    '--output', path.join(root, 'test-output/integration-audit'), ...extraRunnerArgs,
  ]);
  if (exitCode !== 0) throw new Error('the audit suite failed');
  exitCode = step('suite (development extension, zh-cn window)', process.execPath, [
    runner, '--extension', root, '--tests', suiteIndex, '--workspace', fixtureWorkspace(path.join(temp, 'workspace-zh-cn'), ['walkthrough']),
    '--locale', 'zh-cn', '--output', path.join(root, 'test-output/integration-zh-cn'), ...extraRunnerArgs,
  ]);
  if (exitCode !== 0) throw new Error('the integration suite failed in the zh-cn window');

  exitCode = step('suite (development extension, Restricted Mode)', process.execPath, [
    runner, '--extension', root, '--tests', suiteIndex, '--workspace', trustWorkspace(path.join(temp, 'workspace-trust')),
    '--restricted', '--output', path.join(root, 'test-output/integration-trust'), ...extraRunnerArgs,
  ]);
  if (exitCode !== 0) throw new Error('the integration suite failed in Restricted Mode');

  if (withVsix) {
    const extensionsDir = path.join(temp, 'extensions');
    exitCode = installVsix(vsix, extensionsDir);
    if (exitCode !== 0) throw new Error('code-server could not install the .vsix');
    const installed = readdirSync(extensionsDir).find((name) => name.startsWith('govreport.govreport-'));
    if (!installed) throw new Error(`no govreport extension in ${extensionsDir} after installing`);
    exitCode = step('suite (installed .vsix)', process.execPath, [
      runner, '--extension', path.join(extensionsDir, installed), '--tests', suiteIndex,
      '--workspace', fixtureWorkspace(path.join(temp, 'workspace-vsix'), ['packaged']), '--output', path.join(root, 'test-output/integration-vsix'), ...extraRunnerArgs,
    ]);
    if (exitCode !== 0) throw new Error('the installed .vsix failed its suite');
  }
} catch (error) {
  console.error(`[test-integration] ${error.message}`);
  if (exitCode === 0) exitCode = 1;
} finally {
  rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
  log(`${exitCode === 0 ? 'PASSED' : `FAILED (exit ${exitCode})`} — ${timings.join(', ')}`);
}
process.exit(exitCode);

/**
 * `code-server --install-extension`, the way a user installs a .vsix, into a throwaway
 * extensions folder; config and data dirs point into the temp folder so nothing lands in $HOME.
 */
function installVsix(vsix, extensionsDir) {
  if (step('code-server setup', 'bash', [path.join(root, 'scripts/setup-code-server.sh')]) !== 0) return 2;
  const entry = path.join(root, 'test/.cache/code-server/node_modules/code-server/out/node/entry.js');
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(temp, 'xdg-config'), XDG_DATA_HOME: path.join(temp, 'xdg-data') };
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_')) delete env[key];
  return step('install .vsix', process.execPath, [
    entry, '--user-data-dir', path.join(temp, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', vsix,
  ], { env });
}
