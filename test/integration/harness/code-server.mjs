// Fallback route, part 1: install (via scripts/setup-code-server.sh) and start code-server 4.96.4 (VS Code 1.96.4)
// on loopback with a throwaway profile, in its own process group.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export class HarnessError extends Error {}

/** User settings that keep the workbench quiet (no gallery, git, welcome page or update checks). */
const USER_SETTINGS = {
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'github.gitAuthentication': false,
  'npm.autoDetect': 'off',
  'typescript.disableAutomaticTypeAcquisition': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
};

/** Runs the idempotent installer (about 0.2 s when everything is in place) and returns code-server's entry point. */
export function ensureCodeServer(repoRoot, log) {
  const script = path.join(repoRoot, 'scripts', 'setup-code-server.sh');
  log(`checking the code-server install (${path.relative(repoRoot, script)})`);
  const result = spawnSync('bash', [script], { stdio: 'inherit' });
  if (result.status !== 0) throw new HarnessError(`${script} failed (exit ${result.status ?? result.signal})`);
  const entry = path.join(repoRoot, 'test/.cache/code-server/node_modules/code-server/out/node/entry.js');
  if (!existsSync(entry)) throw new HarnessError(`code-server entry point missing: ${entry}`);
  return entry;
}

/**
 * Creates a fresh profile (config, user data, extensions, XDG dirs) in a temp folder. With a `locale` other than
 * English, the profile also registers a language pack for it (languagepacks.json, as installing one writes it),
 * whose translation file is empty: VS Code's own UI stays English, but the display language is `locale`, so
 * extensions see it as `vscode.env.language` and their package.nls.<locale>.json and l10n bundles are used.
 * (Real language packs come from the Marketplace, which these machines cannot reach.)
 */
export function createProfile({ locale, restricted = false } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'govreport-it-'));
  const userDir = path.join(dir, 'user-data', 'User');
  mkdirSync(userDir, { recursive: true });
  for (const sub of ['extensions', 'xdg-config', 'xdg-data']) mkdirSync(path.join(dir, sub));
  writeFileSync(path.join(dir, 'config.yaml'), 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  // Restricted: workspace trust on, and the folder opened without asking, so untrusted (Restricted Mode).
  const settings = restricted ? { ...USER_SETTINGS, 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : USER_SETTINGS;
  writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(settings, null, 2));
  if (locale && !locale.toLowerCase().startsWith('en')) {
    const translations = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'language-pack', 'main.i18n.json');
    const pack = { hash: `govreport-test-${locale}`, extensions: [{ extensionIdentifier: { id: `govreport-test.language-pack-${locale}` }, version: '1.96.0' }], translations: { vscode: translations }, label: locale };
    writeFileSync(path.join(dir, 'user-data', 'languagepacks.json'), JSON.stringify({ [locale.toLowerCase()]: pack }));
  }
  return dir;
}

/**
 * Starts code-server and resolves once it listens. Its output goes to `logFile` (and to the console if verbose).
 * @returns {Promise<{ origin: string, host: string, exited: Promise<number|string>, stop: () => Promise<void>, killNow: () => void }>}
 */
export async function startCodeServer({ entry, profile, logFile, outputDir, locale, restricted = false, verbose, startTimeoutMs = 60_000 }) {
  // GOVREPORT_IT_OUTPUT tells the tests (in the extension host, a child of code-server) where UI answers appear.
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(profile, 'xdg-config'), XDG_DATA_HOME: path.join(profile, 'xdg-data'), GOVREPORT_IT_OUTPUT: outputDir };
  // Started from a VS Code terminal, these would make code-server talk to that VS Code instead.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0',
    '--config', path.join(profile, 'config.yaml'),
    '--user-data-dir', path.join(profile, 'user-data'),
    '--extensions-dir', path.join(profile, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    ...(restricted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    // The display language (see createProfile).
    ...(locale ? ['--locale', locale] : []),
  ];
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const logStream = createWriteStream(logFile);
  let exited = false;
  const exitPromise = new Promise((resolve) => child.once('exit', (code, signal) => { exited = true; resolve(code ?? signal); }));

  const killNow = () => {
    if (exited || !child.pid) return;
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  };
  const stop = async () => {
    if (!exited && child.pid) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const timer = setTimeout(killNow, 3000);
      await exitPromise;
      clearTimeout(timer);
    }
    await new Promise((resolve) => logStream.end(resolve));
  };

  const origin = await new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new HarnessError(`code-server did not report its port within ${startTimeoutMs} ms (see ${logFile})`)), startTimeoutMs);
    const onData = (chunk) => {
      logStream.write(chunk);
      if (verbose) process.stderr.write(chunk);
      buffered += chunk.toString();
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(buffered);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (error) => { clearTimeout(timer); reject(new HarnessError(`cannot start code-server: ${error.message}`)); });
    exitPromise.then((how) => { clearTimeout(timer); reject(new HarnessError(`code-server exited early (${how}); log:\n${buffered.slice(-3000)}`)); });
  }).catch(async (error) => { await stop(); throw error; });

  return { origin, host: new URL(origin).host, exited: exitPromise, stop, killNow };
}

export function removeProfile(profile) {
  rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
}
