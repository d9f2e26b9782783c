import type { MessagePort } from 'node:worker_threads';
import { runCheckJob } from './job';
import type { WorkerRequest, WorkerResponse } from './runner';

/** The worker side of the pool: check each job it is sent, answer with the result or the error. */
export function serveChecks(port: MessagePort): void {
  port.on('message', ({ id, job }: WorkerRequest) => {
    let response: WorkerResponse;
    try {
      response = { id, result: runCheckJob(job) };
    } catch (error) {
      response = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(response);
  });
}
