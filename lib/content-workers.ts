/**
 * Worker threads for `contentlayer2 build`: each note's record and body HTML are built in parallel
 * (shiki and the markdown passes are CPU-bound, one core each), one job per worker at a time.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startTypeScriptWorker } from './ts-worker';
import type { NoteRecord } from './types';

interface Job {
  sourcePath: string;
  resolve: (record: NoteRecord) => void;
  reject: (error: Error) => void;
}

export interface RecordPool {
  build(sourcePath: string): Promise<NoteRecord>;
}

/** The message a worker answers a job with. */
export type WorkerAnswer = { ok: true; record: NoteRecord } | { ok: false; error: string };

/**
 * `size` workers running lib/content-worker.ts (TypeScript through tsx's CommonJS hook), started on
 * the first job. A worker holds the process open only while it has a job, so the build exits when
 * Contentlayer is done; a worker that dies fails its job and is replaced.
 */
export function createRecordPool(root: string, size = availableParallelism()): RecordPool {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  let started = 0;
  const file = path.join(root, 'lib', 'content-worker.ts');

  function start(): Worker {
    started += 1;
    // A larger young generation than V8's default for threads: rendering makes mostly short-lived
    // garbage, which a small one collects too often.
    return startTypeScriptWorker(root, file, { resourceLimits: { maxYoungGenerationSizeMb: 96 } });
  }

  function run(worker: Worker, job: Job): void {
    worker.ref();
    const done = () => {
      worker.off('message', onMessage);
      worker.off('error', onFailure);
      worker.off('exit', onFailure);
    };
    const onMessage = (answer: WorkerAnswer) => {
      done();
      if (answer.ok) job.resolve(answer.record);
      else job.reject(new Error(`${job.sourcePath}: ${answer.error}`));
      next(worker);
    };
    // An uncaught error, or the thread ending without an answer: the job fails, a new worker goes on.
    const onFailure = (cause: Error | number) => {
      done();
      started -= 1;
      const why = typeof cause === 'number' ? `it exited with code ${cause}` : cause.message;
      job.reject(new Error(`${job.sourcePath}: the content worker failed: ${why}`));
      void worker.terminate();
      const waiting = queue.shift();
      if (waiting) run(start(), waiting);
    };
    worker.on('message', onMessage);
    worker.on('error', onFailure);
    worker.on('exit', onFailure);
    worker.postMessage({ sourcePath: job.sourcePath });
  }

  function next(worker: Worker): void {
    const job = queue.shift();
    if (job) run(worker, job);
    else {
      worker.unref();
      idle.push(worker);
    }
  }

  return {
    build(sourcePath) {
      return new Promise<NoteRecord>((resolve, reject) => {
        const job = { sourcePath, resolve, reject };
        const worker = idle.pop() ?? (started < size ? start() : undefined);
        if (worker) run(worker, job);
        else queue.push(job);
      });
    },
  };
}
