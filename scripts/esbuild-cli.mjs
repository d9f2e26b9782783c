// esbuild plugins of the command-line bundle (dist/cli-main.js, run by the loader dist/cli.js).
// Every `govreport` run first loads the whole bundle, so what only some commands need is left out of it, and what none
// does is not bundled at all. Kept apart from esbuild.mjs so its list of bundles stays readable.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Word writer (the docx library, a fifth of the bundle) is used by `govreport export` only:
 * the exporter's `import … from 'docx'` is left to run time, as a require of the separate bundle
 * dist/docx.js beside it, which the exporter's modules load when the command loads them.
 */
const lazyDocx = {
  name: 'lazy-docx',
  setup(build) {
    build.onResolve({ filter: /^docx$/ }, (args) =>
      /server[\\/]src[\\/]export[\\/][^\\/]+\.ts$/.test(args.importer) ? { path: './docx.js', external: true } : undefined,
    );
  },
};

/**
 * zod carries its messages in some fifty languages, a sixth of the bundle; it uses English
 * unless told otherwise, and nothing here tells it otherwise (no `z.config(z.locales.…)`). The
 * index of locales is replaced by one that has English alone.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    const require = createRequire(import.meta.url);
    const locales = join(dirname(require.resolve('zod/v4/locales')), 'index.js');
    const english = 'export { default as en } from "./en.js";';
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: locales, namespace: 'zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => {
      if (!readFileSync(args.path, 'utf8').includes(english)) throw new Error(`zod changed: '${english}' not found in ${args.path}`);
      return { contents: english, resolveDir: dirname(args.path), loader: 'js' };
    });
  },
};

/**
 * markdown-it renders prose (render, export, the editor's preview) and never runs in `check`:
 * the engine makes its one instance on first use, and in the CLI that first use is also where
 * the separate bundle dist/markdown-it.js is loaded, so `check` neither compiles nor starts it.
 */
const lazyMarkdownIt = {
  name: 'lazy-markdown-it',
  setup(build) {
    build.onResolve({ filter: /^markdown-it$/ }, (args) =>
      /server[\\/]src[\\/]engine[\\/]render[\\/]markdown\.ts$/.test(args.importer) ? { path: 'markdown-it', namespace: 'lazy-markdown-it' } : undefined,
    );
    build.onResolve({ filter: /^\.\/markdown-it\.js$/, namespace: 'lazy-markdown-it' }, () => ({ path: './markdown-it.js', external: true }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-markdown-it' }, () => ({
      contents: "export default function MarkdownIt(...args) { return require('./markdown-it.js').default(...args); }",
      loader: 'js',
    }));
  },
};

/**
 * The importers (dist/importer.js, a CommonJS bundle) are loaded on the first import with a
 * require, not an import(): the loader dist/cli.js runs this bundle as a script compiled from
 * V8's code cache, and such a script has no module loader for import() to call.
 */
const requiredImporter = {
  name: 'required-importer',
  setup(build) {
    build.onResolve({ filter: /^\.\/readers$/ }, (args) =>
      /server[\\/]src[\\/]import[\\/]load\.ts$/.test(args.importer) ? { path: 'readers', namespace: 'required-importer' } : undefined,
    );
    build.onResolve({ filter: /^\.\/importer\.js$/, namespace: 'required-importer' }, () => ({ path: './importer.js', external: true }));
    build.onLoad({ filter: /.*/, namespace: 'required-importer' }, () => ({ contents: "module.exports = require('./importer.js');", loader: 'js' }));
  },
};

export const cliPlugins = [requiredImporter, lazyDocx, zodEnglishOnly, lazyMarkdownIt];
