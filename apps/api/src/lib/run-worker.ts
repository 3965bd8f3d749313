// One job in a fresh worker thread that cannot hurt the server: its heap is capped
// (resourceLimits), it gets a wall-clock limit, and on either breach it is terminated and the
// caller gets a `WorkerLimit` to answer with (never a crash of the main process). A worker per
// job: nothing one file did survives into the next.
import { Worker } from 'node:worker_threads';
import { workerSource } from './worker-url.ts';

export type WorkerBreach = 'memory' | 'time' | 'crash';

export class WorkerLimit extends Error {
  constructor(readonly breach: WorkerBreach) {
    super(`worker stopped: ${breach}`);
  }
}

export interface WorkerLimits {
  heapMb: number;
  timeoutMs: number;
}

export function runWorker<T>(name: string, input: unknown, transfer: ArrayBuffer[], limits: WorkerLimits): Promise<T> {
  const { entry, evaluate } = workerSource(name);
  const worker = new Worker(entry, {
    eval: evaluate,
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    stdout: false,
    stderr: false,
  });
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => settle(() => reject(new WorkerLimit('time'))), limits.timeoutMs);
    worker.once('message', (message: T) => settle(() => resolve(message)));
    worker.once('error', (err: Error & { code?: string }) =>
      settle(() => reject(new WorkerLimit(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash'))),
    );
    worker.once('exit', () => settle(() => reject(new WorkerLimit('crash'))));
    worker.postMessage(input, transfer);
  });
}
