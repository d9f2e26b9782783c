import { isMainThread, parentPort, type MessagePort } from 'node:worker_threads';
import { armCrashHandlers, crash } from './crash';

/**
 * The `govreport` executable. The same bundle is also the entry of the check worker threads,
 * so there is one file to ship and nothing to locate at run time. Everything else is imported
 * dynamically, which esbuild turns into lazy initialisation: a failure while the engine loads
 * is caught like any other bug instead of printing a raw stack trace.
 */
armCrashHandlers();
if (!isMainThread && parentPort) void worker(parentPort);
else void main();

async function worker(port: MessagePort): Promise<void> {
  const { serveChecks } = await import('./check/worker');
  serveChecks(port);
}

async function main(): Promise<void> {
  // `govreport check dir | head`: the reader left. Write nothing more, but finish the run so
  // that the exit status still says whether errors were found.
  let readerGone = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') crash(error);
    readerGone = true;
  });
  const { run } = await import('./cli');
  const status = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    workerScript: __filename,
    stderrIsTerminal: process.stderr.isTTY === true,
    out: (text) => void (readerGone || process.stdout.write(text)),
    err: (text) => void process.stderr.write(text),
  });
  // Not process.exit(): let pending writes to a pipe or file drain first.
  process.exitCode = status;
}
