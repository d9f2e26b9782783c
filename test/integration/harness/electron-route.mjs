// Primary route: a downloaded VS Code (Electron) driven by @vscode/test-electron's runTests.
// Only a failed *download* may send the runner to the code-server fallback; a failed run is a test result.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { downloadAndUnzipVSCode, runTests, TestRunFailedError } = require('@vscode/test-electron');

/** Progress reporter for downloadAndUnzipVSCode: a few lines, not a progress bar. */
function reporter(log) {
  let lastPercent = -10;
  return {
    report(r) {
      if (r.stage === 'downloading') {
        const percent = r.totalBytes ? Math.floor((100 * r.bytesSoFar) / r.totalBytes) : 0;
        if (percent >= lastPercent + 10) {
          lastPercent = percent;
          log(`downloading VS Code: ${percent}% of ${Math.round(r.totalBytes / 1e6)} MB`);
        }
      } else if (r.stage === 'foundMatchingInstall') {
        log(`using cached VS Code in ${r.downloadedPath}`);
      } else if (r.stage === 'retrying') {
        log(`download failed (${describe(r.error)}), retry ${r.attempt}/${r.totalAttempts}`);
      } else if (r.stage === 'newInstallComplete') {
        log(`VS Code unpacked in ${r.downloadedPath}`);
      }
    },
    error() {
      /* the rejection is reported by the caller */
    },
  };
}

export function describe(error) {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Tries to download (or find cached) VS Code `version`. `timeoutMs` is test-electron's idle timeout per request,
 * so an unreachable update server fails fast while a slow but progressing download is left alone.
 * @returns {Promise<{ ok: true, executable: string } | { ok: false, reason: string }>}
 */
export async function tryDownloadVSCode({ version, cachePath, timeoutMs, log }) {
  try {
    const executable = await downloadAndUnzipVSCode({
      version,
      cachePath,
      timeout: timeoutMs,
      reporter: reporter(log),
    });
    return { ok: true, executable };
  } catch (error) {
    return { ok: false, reason: describe(error) };
  }
}

/**
 * Runs the suite in the downloaded VS Code. Resolves to the run's exit code; never throws for a failed test run.
 * On abort: a real SIGINT already reached test-electron's own listener (it closes VS Code); for the timeout or
 * SIGTERM, `interrupt()` delivers a synthetic SIGINT to it, and a second one 5 s later (kill the process tree).
 */
export async function runInElectron({ executable, extensionPath, testsPath, workspace, cachePath, locale, signal, interrupt, log }) {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    log('warning: no DISPLAY; Electron needs one on Linux (run the command under `xvfb-run -a`)');
  }
  const onAbort = () => {
    if (signal.reason === 'SIGINT') return;
    log(`aborting (${signal.reason}): closing VS Code`);
    interrupt();
    setTimeout(interrupt, 5000).unref();
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: testsPath,
      cachePath,
      launchArgs: [
        workspace, // test-electron itself adds --no-sandbox --skip-welcome --skip-release-notes --disable-workspace-trust
        '--disable-extensions',
        '--disable-gpu',
        // test-electron's own default puts these under <cwd>/.vscode-test whatever cachePath says
        `--user-data-dir=${path.join(cachePath, 'user-data')}`,
        `--extensions-dir=${path.join(cachePath, 'extensions')}`,
        ...(locale ? [`--locale=${locale}`] : []),
      ],
    });
  } catch (error) {
    if (error instanceof TestRunFailedError) return typeof error.code === 'number' && error.code !== 0 ? error.code : 1;
    throw error; // VS Code did not even start: a harness error, reported as such (still no fallback)
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
