/** A worker thread running a TypeScript file, loaded through tsx's CommonJS hook. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Starts `file` (absolute path) in a worker thread; tsx is resolved from the project at `root`. */
export function startTypeScriptWorker(root: string, file: string, options: WorkerOptions = {}): Worker {
  const api = createRequire(path.join(root, 'package.json')).resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(api)}).register(); require(${JSON.stringify(file)});`, {
    ...options,
    eval: true,
  });
}
