#!/usr/bin/env node
// Writes package.json `contributes.configuration` from the settings schema
// (server/src/settings.ts), and the setting descriptions into package.nls.json (English) and
// package.nls.zh-cn.json (Chinese); and the JSON schema of the configuration file
// `.govreport.jsonc` (server/src/config/schema.ts, built on the same settings schema) with the
// `contributes.jsonValidation` entry that points VS Code at it. Touches nothing else in those
// files: other keys keep their values and order. test/settings/configuration.test.ts and
// test/config/schema.test.ts fail until this has been run after a change to the schema or to the rules.
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
let configFile;
try {
  const outfile = join(dir, 'settings.cjs');
  const entry = ["export { configurationContribution } from './server/src/settings';", "export { configJsonSchema, CONFIG_FILE_NAME, CONFIG_SCHEMA_PATH } from './server/src/config/schema';"].join('\n');
  await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  const generated = createRequire(import.meta.url)(outfile);
  contribution = generated.configurationContribution();
  configFile = { name: generated.CONFIG_FILE_NAME, path: generated.CONFIG_SCHEMA_PATH, schema: generated.configJsonSchema() };
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const { configuration, nls } = contribution;

const files = [];
const packagePath = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(packagePath, 'utf8'));
pkg.contributes ??= {};
pkg.contributes.configuration = configuration;
pkg.contributes.jsonValidation = [{ fileMatch: configFile.name, url: `./${configFile.path}` }];
files.push([packagePath, pkg]);
mkdirSync(join(root, dirname(configFile.path)), { recursive: true });
files.push([join(root, configFile.path), configFile.schema]);

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
console.log(check ? 'configuration up to date' : `wrote ${stale} file(s): contributes.configuration, setting descriptions, the .govreport.jsonc schema`);
