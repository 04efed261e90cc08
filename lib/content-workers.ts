/**
 * Worker threads for `contentlayer2 build`: each note's record and body HTML are built in parallel
 * (shiki and the markdown passes are CPU-bound, one core each).
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startTypeScriptWorker } from './ts-worker';
import type { NoteRecord } from './types';

interface Job {
  sourcePath: string;
  promise: Promise<NoteRecord>;
  resolve: (record: NoteRecord) => void;
  reject: (error: Error) => void;
  state: 'queued' | 'sent' | 'done';
}

export interface RecordPool {
  build(sourcePath: string): Promise<NoteRecord>;
  /**
   * Starts on these notes' records before they are asked for, after any that are (a build with no
   * Contentlayer cache asks for every note). A record asked for later is taken from here.
   */
  prefetch(sourcePaths: readonly string[]): void;
}

/** The message a worker answers a job with. */
export type WorkerAnswer =
  | { sourcePath: string; ok: true; record: NoteRecord }
  | { sourcePath: string; ok: false; error: string };

/**
 * Jobs sent to a worker ahead of its answers. A worker's next job is handed over by this thread's
 * event loop, which Contentlayer keeps busy: with one job at a time, each worker waited for it
 * between notes. The worker runs its jobs one after another (lib/content-worker.ts).
 */
const JOBS_PER_WORKER = 3;

/**
 * `size` workers running lib/content-worker.ts (TypeScript through tsx's CommonJS hook), started on
 * the first job. A worker holds the process open only while it has jobs, so the build exits when
 * Contentlayer is done; a worker that dies fails the job it was running and is replaced.
 *
 * Contentlayer asks for as many notes at a time as there are cores, and between two notes its own
 * work runs on this thread: alone, the workers were idle about a third of a build. `prefetch` lets
 * them go through every note without waiting to be asked.
 */
export function createRecordPool(root: string, size = availableParallelism()): RecordPool {
  const jobs = new Map<string, Job>();
  // Asked-for jobs first, then prefetched ones; a job already sent is skipped when met again.
  const asked: Job[] = [];
  const ahead: Job[] = [];
  const workers = new Map<Worker, Job[]>();
  const file = path.join(root, 'lib', 'content-worker.ts');

  function start(): Worker {
    // A larger young generation than V8's default for threads: rendering makes mostly short-lived
    // garbage, which a small one collects too often.
    const worker = startTypeScriptWorker(root, file, { resourceLimits: { maxYoungGenerationSizeMb: 96 } });
    workers.set(worker, []);
    worker.on('message', (answer: WorkerAnswer) => {
      const sent = workers.get(worker) ?? [];
      const index = sent.findIndex((job) => job.sourcePath === answer.sourcePath);
      const [job] = index >= 0 ? sent.splice(index, 1) : [];
      if (job) {
        job.state = 'done';
        if (answer.ok) job.resolve(answer.record);
        else job.reject(new Error(`${job.sourcePath}: ${answer.error}`));
      }
      fill();
    });
    // An uncaught error, or the thread ending without answering: the job it was running fails, the
    // others it held go back to the front of the line, and a new worker goes on.
    const onFailure = (cause: Error | number) => {
      const sent = workers.get(worker) ?? [];
      if (!workers.delete(worker)) return;
      void worker.terminate();
      const why = typeof cause === 'number' ? `it exited with code ${cause}` : cause.message;
      const [running, ...waiting] = sent;
      if (running) {
        running.state = 'done';
        running.reject(new Error(`${running.sourcePath}: the content worker failed: ${why}`));
      }
      for (const job of waiting.reverse()) {
        job.state = 'queued';
        asked.unshift(job);
      }
      fill();
    };
    worker.on('error', onFailure);
    worker.on('exit', onFailure);
    return worker;
  }

  function nextJob(): Job | undefined {
    for (const line of [asked, ahead]) {
      while (line.length > 0) {
        const job = line.shift() as Job;
        if (job.state === 'queued') return job;
      }
    }
    return undefined;
  }

  /** Hands queued jobs to workers with room, starting workers up to `size`. */
  function fill(): void {
    // A line may still hold jobs already sent: at worst a worker is started a little early.
    while (workers.size < size && asked.length + ahead.length > 0) start();
    for (const [worker, sent] of workers) {
      while (sent.length < JOBS_PER_WORKER) {
        const job = nextJob();
        if (!job) break;
        job.state = 'sent';
        sent.push(job);
        worker.postMessage({ sourcePath: job.sourcePath });
      }
      if (sent.length > 0) worker.ref();
      else worker.unref();
    }
  }

  function jobFor(sourcePath: string): Job {
    let job = jobs.get(sourcePath);
    if (!job) {
      let resolve!: (record: NoteRecord) => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<NoteRecord>((yes, no) => {
        resolve = yes;
        reject = no;
      });
      job = { sourcePath, promise, resolve, reject, state: 'queued' };
      jobs.set(sourcePath, job);
    }
    return job;
  }

  return {
    build(sourcePath) {
      const job = jobFor(sourcePath);
      // Each record is handed out once: a note asked for again (a later version in dev) is built again.
      jobs.delete(sourcePath);
      if (job.state === 'queued') asked.push(job);
      fill();
      return job.promise;
    },
    prefetch(sourcePaths) {
      for (const sourcePath of sourcePaths) {
        if (jobs.has(sourcePath)) continue;
        const job = jobFor(sourcePath);
        // Never asked for (Contentlayer skipped the note): its failure is nobody's to report.
        job.promise.catch(() => undefined);
        ahead.push(job);
      }
      fill();
    },
  };
}

/**
 * The files Contentlayer makes documents of (contentlayer.config.ts: `posts/` and `pages/` `.md` and
 * `.mdx`, `notes/` `.md`), relative to `contentDir` with `/`, dot-folders skipped as its glob skips
 * them; in directory order, roughly the order it asks in.
 */
export function listDocumentSources(contentDir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string, pattern: RegExp): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(path.join(contentDir, relative), { withFileTypes: true });
    } catch {
      return; // no such folder
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child, pattern);
      else if (entry.isFile() && pattern.test(entry.name)) found.push(child);
    }
  };
  walk('posts', /\.mdx?$/);
  walk('pages', /\.mdx?$/);
  walk('notes', /\.md$/);
  return found;
}
