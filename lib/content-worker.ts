/** A worker thread of lib/content-workers.ts: builds one note's record per message. */
import { parentPort } from 'node:worker_threads';
import { buildContentRecord } from './content-build';
import type { WorkerAnswer } from './content-workers';

const port = parentPort;
if (!port) throw new Error('lib/content-worker.ts runs only as a worker thread (lib/content-workers.ts)');
/** Builds one record and answers, whatever happens: the pool waits for an answer to every job. */
async function answer(sourcePath: string): Promise<void> {
  let message: WorkerAnswer;
  try {
    message = { sourcePath, ok: true, record: await buildContentRecord(sourcePath) };
  } catch (error) {
    message = { sourcePath, ok: false, error: String(error) };
  }
  try {
    port?.postMessage(message);
  } catch (error) {
    port?.postMessage({ sourcePath, ok: false, error: `its record could not be sent: ${String(error)}` });
  }
}

// Jobs arrive ahead of their turn (lib/content-workers.ts): one at a time, in the order sent.
let line = Promise.resolve();
port.on('message', ({ sourcePath }: { sourcePath: string }) => {
  line = line.then(() => answer(sourcePath));
});
