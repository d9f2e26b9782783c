#!/usr/bin/env node
// Writes package.json `contributes.configuration` from the settings schema
// (server/src/settings.ts), and the setting descriptions into package.nls.json (English) and
// package.nls.zh-cn.json (Chinese). Touches nothing else in those files: other keys keep their
// values and order. test/settings/configuration.test.ts fails until this has been run after
// a change to the schema or to the rules.
//
//   node scripts/gen-config.mjs           write the files
//   node scripts/gen-config.mjs --check   exit 1 if they differ from the schema (writes nothing)
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

// The schema is TypeScript: bundle it to a temporary CommonJS file and load that.
const cache = join(root, 'node_modules/.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'gen-config-'));
let contribution;
try {
  const outfile = join(dir, 'settings.cjs');
  await esbuild.build({ entryPoints: [join(root, 'server/src/settings.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  contribution = createRequire(import.meta.url)(outfile).configurationContribution();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const { configuration, nls } = contribution;

const files = [];
const packagePath = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(packagePath, 'utf8'));
pkg.contributes ??= {};
pkg.contributes.configuration = configuration;
files.push([packagePath, pkg]);

for (const [name, lang] of [['package.nls.json', 'en'], ['package.nls.zh-cn.json', 'zh']]) {
  const path = join(root, name);
  const strings = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  for (const [key, text] of Object.entries(nls)) strings[key] = text[lang];
  files.push([path, strings]);
}

let stale = 0;
for (const [path, value] of files) {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (current === text) continue;
  stale++;
  if (check) console.error(`out of date: ${path}`);
  else writeFileSync(path, text);
}
if (check && stale > 0) {
  console.error('run: node scripts/gen-config.mjs');
  process.exit(1);
}
console.log(check ? 'configuration up to date' : `wrote ${stale} file(s): contributes.configuration and setting descriptions`);
