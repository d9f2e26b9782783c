import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';

/**
 * The external programs of the browser and LibreOffice tiers. Missing ones are installed by
 * scripts/setup-render-tools.sh (`npm test` runs it first); a tier that still lacks them fails,
 * saying why. Never a skip: a tier skipped on a fresh clone is a tier nobody ran.
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

/** Makes sure every tool is there, installing what is missing; throws if that is not possible. */
export function requireTools(...tools: Tool[]): void {
  const missing = () => tools.filter((t) => !present(t));
  if (missing().length > 0 && !setupRan) {
    setupRan = true;
    const setup = join(ROOT, 'scripts', 'setup-render-tools.sh');
    try {
      execFileSync('bash', [setup], { stdio: 'inherit', timeout: 15 * 60_000 });
    } catch (error) {
      throw new Error(`${missing().join(', ')} missing, and ${setup} could not install them (it needs Debian packages and root or sudo): ${String(error)}`);
    }
  }
  const still = missing();
  if (still.length > 0) throw new Error(`${still.join(', ')} not installed (run scripts/setup-render-tools.sh); this tier does not skip`);
}
