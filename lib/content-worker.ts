/** A worker thread of lib/content-workers.ts: builds one note's record per message. */
import { parentPort } from 'node:worker_threads';
import { buildContentRecord } from './content-build';
import type { WorkerAnswer } from './content-workers';

const port = parentPort;
if (!port) throw new Error('lib/content-worker.ts runs only as a worker thread (lib/content-workers.ts)');
port.on('message', (job: { sourcePath: string }) => {
  buildContentRecord(job.sourcePath).then(
    (record) => port.postMessage({ ok: true, record } satisfies WorkerAnswer),
    (error: unknown) => port.postMessage({ ok: false, error: String(error) } satisfies WorkerAnswer),
  );
});
