import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';

/**
 * Runs the CLI through its real entry point, `node dist/cli.js`, as a user would. The bundle
 * is rebuilt when any source is newer than it (`npm test` builds first, a bare `vitest run`
 * may not).
 */

export const CLI = join(ROOT, 'dist/cli.js');
export const FIXTURES = join(ROOT, 'test/fixtures/cli');

/** The clean report and the one with four planted faults (see test/fixtures/cli/README.md). */
export const CLEAN = '孝义市2024年政府信息公开工作年度报告.md';
export const FAULTS = 'faults.govreport.md';

export interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly input?: string | Uint8Array;
}

/** A fixed, English locale unless a test sets its own: the output must not depend on the machine. */
export function govreport(args: readonly string[], options: RunOptions = {}): Result {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', ...options.env };
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? FIXTURES,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'govreport-cli-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export async function ensureBuilt(): Promise<void> {
  // Test files run in parallel: one builds while the others wait, so that no test runs a
  // bundle that esbuild is halfway through writing. Freshness is judged under the lock too.
  const lock = join(ROOT, 'test/.cache/cli-build.lock');
  mkdirSync(join(ROOT, 'test/.cache'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const held = statSync(lock, { throwIfNoEntry: false });
      // A lock left by a killed run: builds take seconds, not minutes.
      if (held && Date.now() - held.mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    if (fresh()) return;
    const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function fresh(): boolean {
  const built = statSync(CLI, { throwIfNoEntry: false });
  return built !== undefined && newest(join(ROOT, 'server/src')) <= built.mtimeMs && statSync(join(ROOT, 'package.json')).mtimeMs <= built.mtimeMs;
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}
