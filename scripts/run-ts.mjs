// Runs a TypeScript script of this project: bundles it with esbuild to a temporary file and
// executes it with the remaining arguments. Keeps scripts in TypeScript without a TS runtime.
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args…]');
  process.exit(2);
}
// Inside the project, so that external packages resolve from its node_modules.
const cache = resolve('node_modules/.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'run-ts-'));
const outfile = join(dir, 'script.mjs');
try {
  await esbuild.build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    packages: 'external',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    // Modules that find files next to themselves (test helpers: join(__dirname, '..')) keep
    // their own directory inside the bundle, which is an ES module without __dirname.
    plugins: [
      {
        name: 'dirname',
        setup(build) {
          build.onLoad({ filter: /\.ts$/ }, (args) => {
            if (args.path.includes('node_modules')) return undefined;
            const source = readFileSync(args.path, 'utf8');
            if (!source.includes('__dirname')) return undefined;
            return { contents: source.replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path))), loader: 'ts' };
          });
        },
      },
    ],
  });
  process.argv = [process.argv[0], resolve(entry), ...args];
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
