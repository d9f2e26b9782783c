import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';

/**
 * The external programs of the browser and LibreOffice tiers. Under CI they are installed by
 * scripts/setup-render-tools.sh if missing (and a tier that still lacks them fails); on a
 * developer's machine without them the tier is skipped, saying why.
 */

export const CHROMIUM = '/usr/bin/chromium';

/** The launch flags this machine needs (no sandbox as root; no background network: the machine has none). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const OUTPUT = join(ROOT, 'test-output');

type Tool = 'chromium' | 'libreoffice' | 'pdftoppm' | 'xmllint';

function present(tool: Tool): boolean {
  if (tool === 'chromium') return existsSync(CHROMIUM);
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let setupRan = false;

/** Whether every tool is there, installing them under CI. Returns a reason to skip otherwise. */
export function requireTools(...tools: Tool[]): { ok: true } | { ok: false; reason: string } {
  let missing = tools.filter((t) => !present(t));
  if (missing.length > 0 && process.env.CI && !setupRan) {
    setupRan = true;
    execFileSync('bash', [join(ROOT, 'scripts', 'setup-render-tools.sh')], { stdio: 'inherit', timeout: 15 * 60_000 });
    missing = tools.filter((t) => !present(t));
  }
  if (missing.length === 0) return { ok: true };
  const reason = `skipped: ${missing.join(', ')} not installed (run scripts/setup-render-tools.sh)`;
  if (process.env.CI) throw new Error(`${reason}; under CI these tiers must run`);
  console.warn(reason);
  return { ok: false, reason };
}
