// Builds every bundle of the project. Entry points that do not exist yet are skipped, so
// the build works at every step. `node esbuild.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { importerPlugins, lazyImporter, pdfjsPlugins } from './scripts/esbuild-importer.mjs';
import { cliPlugins } from './scripts/esbuild-cli.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {(esbuild.BuildOptions & { entryPoints: string[] })[]} */
const targets = [
  // The command-line tool: `node dist/cli.js`, package bin `govreport`, a loader that runs the
  // CLI bundle from V8's code cache (server/src/cli/loader.ts), made after the build below.
  { entryPoints: ['server/src/cli/loader.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js', platform: 'node', format: 'cjs', plugins: cliPlugins },
  // The Word writer, loaded by the CLI only for `govreport export`.
  { entryPoints: ['server/src/export/docx-library.ts'], outfile: 'dist/docx.js', platform: 'node', format: 'cjs' },
  // markdown-it, loaded by the CLI only when it renders prose.
  { entryPoints: ['server/src/cli/markdown-it-library.ts'], outfile: 'dist/markdown-it.js', platform: 'node', format: 'cjs' },
  // The language server: `node dist/server.js --stdio` for any LSP client.
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', platform: 'node', format: 'cjs', plugins: [lazyImporter] },
  // The readers of Word documents, web pages and PDFs: loaded by the CLI and the server only when a file is imported.
  { entryPoints: ['server/src/import/readers.ts'], outfile: 'dist/importer.js', platform: 'node', format: 'cjs', plugins: importerPlugins },
  // pdf.js, loaded by the importer only for a PDF.
  { entryPoints: ['server/src/import/pdf/pdfjs.ts'], outfile: 'dist/pdfjs.js', platform: 'node', format: 'cjs', plugins: pdfjsPlugins },
  // The VS Code extension (client): thin, starts the server, hosts the preview.
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // The audit dashboard's script (runs in its webview).
  { entryPoints: ['client/src/audit/dashboard-webview.ts'], outfile: 'dist/dashboard.js', platform: 'browser', format: 'iife' },
  // The preview webview's script (runs in the webview, a browser).
  { entryPoints: ['client/src/preview/webview.ts'], outfile: 'dist/preview.js', platform: 'browser', format: 'iife' },
  // The year-over-year comparison webview's script.
  { entryPoints: ['client/src/compare/webview.ts'], outfile: 'dist/compare.js', platform: 'browser', format: 'iife' },
  // The engine alone, bundled for the browser: proves it has no Node dependencies (vscode.dev later).
  { entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/engine.web.js', platform: 'browser', format: 'esm' },
  // Integration tests that run inside a real VS Code.
  { entryPoints: ['test/integration/suite/index.ts'], outfile: 'dist/test/integration/index.js', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] },
];

const common = {
  bundle: true,
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const active = targets.filter((t) => t.entryPoints.every((e) => existsSync(e)));
// pdf.js's character maps for Chinese fonts without a Unicode map of their own (the GB ones only).
const cmaps = 'node_modules/pdfjs-dist/cmaps';
if (existsSync(cmaps)) {
  mkdirSync('dist/cmaps', { recursive: true });
  for (const f of readdirSync(cmaps)) if (/GB|Identity/.test(f)) cpSync(`${cmaps}/${f}`, `dist/cmaps/${f}`);
}
if (watch) {
  for (const t of active) {
    const ctx = await esbuild.context({ ...common, ...t, target: t.platform === 'browser' ? 'es2022' : 'node20' });
    await ctx.watch();
  }
  console.log(`watching ${active.length} bundles`);
} else {
  await Promise.all(active.map((t) => esbuild.build({ ...common, ...t, target: t.platform === 'browser' ? 'es2022' : 'node20' })));
  console.log(`built ${active.map((t) => t.outfile).join(', ')}`);
  if (active.some((t) => t.outfile === 'dist/cli-main.js')) writeCodeCache();
}

/**
 * The CLI's code cache: a check compiles what it runs, and the loader writes V8's cache of it
 * when the run ends, so a later run starts from bytecode. The check reads the example report
 * and the layout fixtures — tables pasted from Word, extracted from PDFs, one cell per line —
 * so that the readers of every form a report comes in are in the cache, not only those of the
 * canonical form (a check of 200 reports in real forms: 2–10 % less CPU, of 1,000: 1–3 %).
 * They have findings: exit status 1 is a check that ran. A stale cache (watch mode) is
 * rejected by V8 and costs nothing but its reading.
 */
function writeCodeCache() {
  rmSync('dist/cli-main.js.cache', { force: true });
  const fixtures = 'test/fixtures/layouts';
  const layouts = (existsSync(fixtures) ? readdirSync(fixtures) : []).filter((f) => f.endsWith('.txt')).map((f) => `${fixtures}/${f}`);
  const r = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples', ...layouts], { env: { ...process.env, GOVREPORT_WRITE_CODE_CACHE: '1' }, encoding: 'utf8' });
  if ((r.status !== 0 && r.status !== 1) || !existsSync('dist/cli-main.js.cache')) throw new Error(`the CLI's code cache was not written (exit ${r.status}):\n${r.stdout}${r.stderr}`);
}
