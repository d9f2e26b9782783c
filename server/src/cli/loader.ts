import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

/**
 * The `govreport` executable (dist/cli.js): runs the CLI bundle (dist/cli-main.js) from V8's
 * code cache made at build time (dist/cli-main.js.cache), so that a run starts from compiled
 * bytecode instead of parsing and compiling 1.4 MB of JavaScript first: some 35 ms of a
 * 130 ms start. A cache V8 cannot use (another Node version, an older build) is rejected by V8
 * itself and the bundle compiles as it would without one; a missing cache is no error either.
 *
 * GOVREPORT_WRITE_CODE_CACHE=1 (the build, esbuild.mjs) writes the cache when the run ends,
 * holding every function the run compiled; GOVREPORT_CODE_CACHE_REPORT=1 (the tests) says on
 * standard error whether the cache was used.
 */
const bundle = join(__dirname, 'cli-main.js');
const cacheFile = `${bundle}.cache`;
const writing = process.env.GOVREPORT_WRITE_CODE_CACHE === '1';

const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData: writing ? undefined : cached() });
if (process.env.GOVREPORT_CODE_CACHE_REPORT === '1') {
  process.stderr.write(`code cache: ${script.cachedDataRejected === false ? 'used' : script.cachedDataRejected ? 'rejected' : 'none'}\n`);
}
if (writing) process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
(script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void)(
  module.exports,
  require,
  module,
  bundle,
  __dirname,
);

function cached(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}
