// Generates syntaxes/govreport.tmLanguage.json from the engine's format data, through
// client/src/grammar/generate.ts (bundled in memory with esbuild, so no build step first).
// Labels are never written twice: edit the format data, then run `node scripts/gen-grammar.mjs`.
// `--check` exits 1 when the committed grammar differs (test/grammar/grammar.test.ts does the same).
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'syntaxes/govreport.tmLanguage.json');

const bundle = await esbuild.build({
  entryPoints: [join(root, 'client/src/grammar/generate.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const { grammarFileText } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
const text = grammarFileText();

if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(target, 'utf8'); } catch { /* missing counts as drift */ }
  if (current !== text) {
    console.error('syntaxes/govreport.tmLanguage.json is out of date: run `node scripts/gen-grammar.mjs`');
    process.exit(1);
  }
  console.log('grammar up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target} (${text.length} bytes)`);
}
