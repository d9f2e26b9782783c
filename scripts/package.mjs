// Builds the .vsix: production bundles (minified, no source maps), then `vsce package` with
// only what .vscodeignore lets through. Fails if the package exceeds the 2 MB budget.
//   node scripts/package.mjs [--out FILE.vsix]    (default: govreport-<version>.vsix at the repo root)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(root, `${name}-${version}.vsix`));
const BUDGET = 2 * 1024 * 1024;

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
run(process.execPath, [join(root, 'esbuild.mjs'), '--production']);
// esbuild.mjs skips entry points that do not exist yet; a package without them would install and do nothing.
for (const bundle of ['dist/client.js', 'dist/server.js']) {
  if (!existsSync(join(root, bundle))) {
    console.error(`${bundle} was not built: cannot package`);
    process.exit(1);
  }
}
// --no-dependencies: everything is bundled. --skip-license/--allow-missing-repository: a private
// extension, and without them vsce stops to ask a question nobody is there to answer.
// --no-rewrite-relative-links: with no repository URL, vsce refuses the README's relative links.
const flags = ['--no-dependencies', '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out];
run(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', ...flags]);

const size = statSync(out).size;
console.log(`${out}: ${(size / 1024).toFixed(0)} KiB (budget ${BUDGET / 1024} KiB)`);
if (size > BUDGET) {
  console.error('the .vsix exceeds the 2 MB budget');
  process.exit(1);
}
