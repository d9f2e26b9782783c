import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice, headless, as the test tiers drive it: each run gets a private profile, so a
 * second LibreOffice (a user's, another test file) cannot block it. `target` is the
 * --convert-to argument (`pdf`, `docx:MS Word 2007 XML`); several inputs convert in one run.
 * Returns the paths written, in the order of `inputs`.
 */
export function libreoffice(inputs: readonly string[], target: string, outDir: string, options: { readonly infilter?: string } = {}): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'govreport-lo-'));
  try {
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless'];
    if (options.infilter) args.push(`--infilter=${options.infilter}`);
    execFileSync('libreoffice', [...args, '--convert-to', target, '--outdir', outDir, ...inputs], { stdio: 'pipe', timeout: 300_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const extension = target.split(':')[0];
  return inputs.map((input) => join(outDir, `${basename(input).replace(/\.[^.]+$/, '')}.${extension}`));
}
