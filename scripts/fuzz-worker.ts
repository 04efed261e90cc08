/**
 * Worker thread of the fuzz test: runs the checker, the record builder and the feed renderer on one
 * note per message, so the test can stop a note that hangs (terminate the worker) without stopping itself.
 * Started by `runFuzzWorker()`; never imported by the app.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, type Worker } from 'node:worker_threads';
import { checkNotes, formatProblem } from '../lib/check-content';
import { splitFrontMatter } from '../lib/front-matter';
import { renderFeedHtml } from '../lib/markdown/feed-html';
import { buildNoteRecord } from '../lib/note-record';
import { startTypeScriptWorker } from '../lib/ts-worker';

export const TIME_ZONE = 'Asia/Shanghai';

/** One note as the worker sees it; `path` is relative to the repository, e.g. `content/posts/x.md`. */
export interface FuzzJob {
  id: number;
  path: string;
  bytes: Uint8Array;
}

export interface ProblemSummary {
  severity: 'error' | 'warning';
  field: string;
  line: number;
  formatted: string;
}

export interface FuzzOutcome {
  id: number;
  /** Set when something threw: a crash the checker must never have. */
  crash?: string;
  problems: ProblemSummary[];
  record: {
    hasMeta: boolean;
    errors: number;
    slug: string;
    title: string;
    tags: number;
    toc: number;
    excerptLength: number;
  } | null;
  /** Length of the feed HTML, when the note has no errors (it is rendered). */
  feedHtmlLength: number | null;
  /**
   * What Contentlayer's own reader (gray-matter + yaml.parse) makes of the file: it must read every
   * note the checker lets through, and cut the same body, or the build shows something else.
   */
  contentlayer: { error: string | null; sameBody: boolean } | null;
  ms: { check: number; record: number; render: number };
}

/** A whole-set check, as `npm run check:content` does it. */
export interface SetJob {
  id: -1;
  files: { path: string; bytes: Uint8Array }[];
}

export interface SetOutcome {
  id: -1;
  crash?: string;
  problems: ProblemSummary[];
  ms: number;
}

const CONTENT_DIR = 'content';

function summarize(problems: ReturnType<typeof checkNotes>): ProblemSummary[] {
  return problems.map((p) => ({
    severity: p.severity,
    field: p.field,
    line: p.line,
    formatted: formatProblem(p),
  }));
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}

function runOne(job: FuzzJob): FuzzOutcome {
  const outcome: FuzzOutcome = {
    id: job.id,
    problems: [],
    record: null,
    feedHtmlLength: null,
    contentlayer: null,
    ms: { check: 0, record: 0, render: 0 },
  };
  const bytes = Buffer.from(job.bytes);
  try {
    let t0 = performance.now();
    outcome.problems = summarize(checkNotes([{ path: job.path, bytes }], { timeZone: TIME_ZONE }));
    outcome.ms.check = performance.now() - t0;
    // Exactly what contentlayer.config.ts does: the file read as UTF-8, the path relative to the content folder.
    t0 = performance.now();
    const record = buildNoteRecord(job.path.slice(CONTENT_DIR.length + 1), bytes.toString('utf8'), {
      contentDir: CONTENT_DIR,
      timeZone: TIME_ZONE,
      tocMaxDepth: 3,
    });
    outcome.ms.record = performance.now() - t0;
    const errors = record.problems.filter((p) => p.severity === 'error').length;
    outcome.record = {
      hasMeta: record.meta !== null,
      errors,
      slug: record.slug,
      title: record.meta?.title.slice(0, 200) ?? '',
      tags: record.meta?.tags.length ?? 0,
      toc: record.toc.length,
      excerptLength: record.excerpt.length,
    };
    if (record.meta && errors === 0) {
      const { body } = splitFrontMatter(bytes.toString('utf8'));
      t0 = performance.now();
      outcome.feedHtmlLength = renderFeedHtml(body, record.format).length;
      outcome.ms.render = performance.now() - t0;
      outcome.contentlayer = readLikeContentlayer(bytes.toString('utf8'), body);
    }
  } catch (error) {
    outcome.crash = message(error);
  }
  return outcome;
}

type GrayMatter = (text: string, options: object) => { content: string };
let grayMatter: GrayMatter | null | undefined;

/** Contentlayer2's markdown reader, called as @contentlayer2/source-files calls it; null when not installed. */
export function readLikeContentlayer(text: string, body: string): FuzzOutcome['contentlayer'] {
  if (grayMatter === undefined) {
    try {
      // gray-matter comes with contentlayer2; it is not a dependency of ours.
      grayMatter = require('gray-matter') as GrayMatter;
    } catch {
      grayMatter = null;
    }
  }
  if (!grayMatter) return null;
  try {
    const yaml = require('yaml') as typeof import('yaml');
    // A fresh object each call: gray-matter caches by input string and would hide repeated work.
    // Line endings are normalised first, as our patch to @contentlayer2/source-files does (patches/).
    const parsed = grayMatter(text.replace(/\r\n?/g, '\n'), {
      engines: { yaml: (s: string) => yaml.parse(s) },
    });
    return { error: null, sameBody: parsed.content.trim() === body.trim() };
  } catch (error) {
    return {
      error: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
      sameBody: false,
    };
  }
}

function runSet(job: SetJob): SetOutcome {
  const t0 = performance.now();
  try {
    const problems = checkNotes(
      job.files.map((f) => ({ path: f.path, bytes: Buffer.from(f.bytes) })),
      { timeZone: TIME_ZONE },
    );
    return { id: -1, problems: summarize(problems), ms: performance.now() - t0 };
  } catch (error) {
    return { id: -1, crash: message(error), problems: [], ms: performance.now() - t0 };
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (job: FuzzJob | SetJob) => {
    port.postMessage(job.id === -1 ? runSet(job as SetJob) : runOne(job as FuzzJob));
  });
}

/** A worker running this file (TypeScript loaded through tsx's CommonJS hook). */
export function startFuzzWorker(): Worker {
  return startTypeScriptWorker(path.resolve(import.meta.dirname, '..'), fileURLToPath(import.meta.url), {
    // A stack like the main thread's: deep YAML must fail the same way it would in the build.
    resourceLimits: { stackSizeMb: 4 },
  });
}

/**
 * Runs the jobs one at a time in a worker; a job that takes longer than `limitMs` is recorded as a
 * hang (`crash` starts with `timeout`), the worker is replaced and the next job goes on.
 */
export async function runJobs<J extends { id: number }, O extends { id: number; crash?: string }>(
  jobs: readonly J[],
  limitMs: (job: J) => number,
  onTimeout: (job: J) => O,
): Promise<O[]> {
  const results: O[] = [];
  let worker = startFuzzWorker();
  try {
    for (const job of jobs) {
      const current = worker;
      const result = await new Promise<O>((resolve) => {
        // Only our own listeners are removed: Worker keeps internal ones that removeAllListeners() would break.
        const finish = (value: O) => {
          clearTimeout(timer);
          current.off('message', onMessage);
          current.off('error', onError);
          resolve(value);
        };
        const onMessage = (value: O) => finish(value);
        const onError = (error: Error) => {
          worker = startFuzzWorker();
          finish({ ...onTimeout(job), crash: `worker died: ${message(error)}` });
        };
        const timer = setTimeout(() => {
          worker = startFuzzWorker();
          finish(onTimeout(job));
          void current.terminate();
        }, limitMs(job));
        current.on('message', onMessage);
        current.on('error', onError);
        current.postMessage(job);
      });
      results.push(result);
    }
  } finally {
    await worker.terminate();
  }
  return results;
}
