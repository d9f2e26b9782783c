import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
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
/**
 * V8's optimising compiler, tuned for a run of seconds: a check of a thousand reports spends a
 * large share of its time compiling the engine's hot functions, and most of that on code
 * inlined into its callers and on peeled loops. With less inlining and no loop peeling, `check` of the
 * benchmark's 1,000 reports took 1.08 s instead of 1.34 s of wall time (1.3 s instead of
 * 1.85 s of CPU), and 10,000 reports no longer than before. Only the optimiser's choices
 * change, never what the code does. The language server, which runs for hours, keeps V8's
 * defaults. GOVREPORT_V8_FLAGS replaces these flags (empty: V8's defaults), to measure them;
 * the code cache, written with these, is then rejected and the bundle compiles.
 *
 * The interrupt budget (four times V8's 67,584) is how much bytecode a function runs before
 * V8 considers optimising it. In a run of a second, much of what V8 optimises at its default
 * never pays back the compiling: the compiler threads spent some 0.65 s of CPU on a 1,000-report
 * check, next to 0.85 s of the main thread. With the larger budget they spend half that, and the
 * main thread 0.1 s more: 1.31 s instead of 1.61 s of CPU, the same wall time; 10,000 reports no
 * slower. (GC flags cannot be set here: changed after V8 starts, they crash the collector.)
 */
const CLI_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=100 --no-turbo-loop-peeling --interrupt-budget=270336';
setFlagsFromString(process.env.GOVREPORT_V8_FLAGS ?? CLI_V8_FLAGS);

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
