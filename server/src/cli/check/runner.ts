import { Worker } from 'node:worker_threads';
import { runCheckJob, type CheckedFile, type CheckJob } from './job';

/** Runs check jobs, on this thread or on a pool of worker threads; results are identical. */
export interface Runner {
  run(job: CheckJob): Promise<CheckedFile>;
  /** Jobs worth having in flight at once: enough to keep every thread busy, few enough to hold little. */
  readonly capacity: number;
  close(): Promise<void>;
}

/** Messages between the pool and a worker (see worker.ts). */
export type WorkerRequest = { readonly id: number; readonly job: CheckJob };
export type WorkerResponse = { readonly id: number; readonly result: CheckedFile } | { readonly id: number; readonly error: string };

export function inlineRunner(): Runner {
  return {
    capacity: 1,
    run: (job) => runCheckJob(job),
    close: async () => {},
  };
}

/**
 * Checking is CPU-bound and the engine is synchronous, so parallelism means threads. Each worker
 * loads the bundle once and then takes jobs; two in flight per worker hide the message latency.
 */
export function workerRunner(size: number, script: string): Runner {
  const pending = new Map<number, { resolve: (r: CheckedFile) => void; reject: (e: Error) => void }>();
  const queue: WorkerRequest[] = [];
  const load = new Map<Worker, number>();
  let nextId = 0;
  let failure: Error | undefined;
  let closing = false;

  const fail = (error: Error) => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  const pump = () => {
    for (const [worker, inFlight] of load) {
      let n = inFlight;
      while (n < 2 && queue.length > 0) {
        worker.postMessage(queue.shift());
        n++;
      }
      load.set(worker, n);
    }
  };

  for (let i = 0; i < size; i++) {
    const worker = new Worker(script);
    load.set(worker, 0);
    worker.on('message', (response: WorkerResponse) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const waiter = pending.get(response.id);
      pending.delete(response.id);
      if ('error' in response) waiter?.reject(new Error(response.error));
      else waiter?.resolve(response.result);
      pump();
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`check worker stopped with exit code ${code}`));
    });
  }

  return {
    capacity: size * 2,
    run(job) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      const result = new Promise<CheckedFile>((resolve, reject) => pending.set(id, { resolve, reject }));
      queue.push({ id, job });
      pump();
      return result;
    },
    async close() {
      closing = true;
      await Promise.all([...load.keys()].map((w) => w.terminate()));
    },
  };
}
