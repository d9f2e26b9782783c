// esbuild plugins of the importer bundle (dist/importer.js). Kept apart from esbuild.mjs so its
// list of bundles stays readable.
import { readFile } from 'node:fs/promises';

/**
 * The CLI and the language server load the readers only when a file is imported: their
 * `import('./readers')` in server/src/import/load.ts is left to run time, as a require of the
 * separate bundle dist/importer.js beside them.
 */
export const lazyImporter = {
  name: 'lazy-importer',
  setup(build) {
    build.onResolve({ filter: /^\.\/readers$/ }, (args) =>
      /server[\\/]src[\\/]import[\\/]load\.ts$/.test(args.importer) ? { path: './importer.js', external: true } : undefined,
    );
  },
};

/**
 * pdf.js in Node, bundled: its display layer builds a DOMMatrix when it loads (for drawing,
 * which the importer never does), and it prints warnings about the optional canvas package
 * it looks for at run time. A minimal DOMMatrix is given to the module itself (no global is
 * set), and warnings are off from the start (errors still show).
 */
const pdfjsForNode = {
  name: 'pdfjs-for-node',
  setup(build) {
    build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf(\.worker)?\.mjs$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      const warnings = 'let verbosity = VerbosityLevel.WARNINGS;';
      if (!text.includes(warnings)) throw new Error(`pdf.js changed: '${warnings}' not found in ${args.path}`);
      text = text.replace(warnings, 'let verbosity = VerbosityLevel.ERRORS;');
      if (!args.path.endsWith('worker.mjs')) text = `const DOMMatrix = globalThis.DOMMatrix ?? class DOMMatrix { constructor() { Object.assign(this, { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }); } };\n${text}`;
      return { contents: text, loader: 'js' };
    });
  },
};

/** The importer loads pdf.js (dist/pdfjs.js) only for a PDF. */
const lazyPdfjs = {
  name: 'lazy-pdfjs',
  setup(build) {
    build.onResolve({ filter: /^\.\/pdfjs$/ }, (args) => (/server[\\/]src[\\/]import[\\/]pdf[\\/]load\.ts$/.test(args.importer) ? { path: './pdfjs.js', external: true } : undefined));
  },
};

export const importerPlugins = [lazyPdfjs];
export const pdfjsPlugins = [pdfjsForNode];
