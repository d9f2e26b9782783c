import type { MessagePort } from 'node:worker_threads';
import { runCheckJob } from './job';
import type { WorkerRequest, WorkerResponse } from './runner';

/** The worker side of the pool: check each job it is sent, answer with the result or the error. */
export function serveChecks(port: MessagePort): void {
  port.on('message', ({ id, job }: WorkerRequest) => {
    runCheckJob(job).then(
      (result) => port.postMessage({ id, result } satisfies WorkerResponse),
      (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerResponse),
    );
  });
}
