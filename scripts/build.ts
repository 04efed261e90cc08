/**
 * `npm run build`: the content check, `contentlayer2 build` (scripts/contentlayer.mjs), then `next build`. The check and
 * Contentlayer start together: Contentlayer's start (bundling its config, starting its workers)
 * keeps one core busy, and the check fits beside it. The check still decides: when it fails,
 * Contentlayer is stopped and only the check's report is printed (naming each file, field and what
 * was expected), and `next build` never runs, so a deploy keeps the last good site. Contentlayer's
 * own output is held back until the check has passed.
 *
 * `next build` runs as two processes, `--experimental-build-mode=compile` then `generate`, with the
 * type check between them. In one process, Turbopack's memory (about 1 GB at 2,000 documents) and its
 * PostCSS worker are still held while the static generation workers start and fill: that overlap
 * was the build's peak memory (docs/performance.md). Split, the pages are rendered by a process
 * that never loaded Turbopack. Next skips its own type check in these modes, so this script runs it
 * as Next does: `next typegen` (next-env.d.ts and the route types), then `tsc --noEmit`. A static
 * export stays one `next build`: Next's compile mode already runs its export step, before any page
 * has been rendered.
 *
 * A server build's route traces then get the files tracing cannot see (scripts/lib/trace-files.ts),
 * which Vercel packs into its functions.
 *
 * With XIAOJI_OUTPUT=export (docs/deploying.md), `next build` writes a static site to `out/` and
 * scripts/export-files.ts then adds `.nojekyll` and the `redirect_from:` pages.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { distDir } from '../lib/build-env';
import { readBasePath, readOutputMode } from '../lib/static-export';
import { addTracedFiles } from './lib/trace-files';

// Resolved like any import, so a copy of the site inside another checkout finds the parent's packages.
const bin = (pkg: string, file: string) =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const tsx = bin('tsx', 'dist/cli.mjs');
// `contentlayer2 build` without the CLI's effect tracing (scripts/contentlayer.mjs).
const contentlayer = path.join(__dirname, 'contentlayer.mjs');
const next = bin('next', 'dist/bin/next');
const tsc = bin('typescript', 'bin/tsc');
const script = path.join(__dirname, 'check-content.ts');
const exportFiles = path.join(__dirname, 'export-files.ts');

/**
 * Note bodies are rendered by the content build with the base path in their links
 * (lib/markdown/base-path.ts), and Contentlayer's cache does not know it: when the base path differs
 * from the last build's, Contentlayer's document cache (`.contentlayer/.cache`) is removed so no body
 * keeps the old one. Not `contentlayer2 build --clearCache`: that removes all of `.contentlayer`,
 * including the data snapshots and rendered bodies other builds of this checkout still serve
 * (lib/content-data.ts, lib/page-body.ts).
 */
function clearCacheOnNewBasePath(basePath: string): { remember(): void } {
  const dir = path.join(process.cwd(), '.contentlayer');
  const file = path.join(dir, 'base-path');
  let last = '';
  try {
    last = readFileSync(file, 'utf8');
  } catch {
    // no earlier build (or one from before this file): Contentlayer's cache holds no base path
  }
  if (last !== basePath) rmSync(path.join(dir, '.cache'), { recursive: true, force: true });
  return {
    // Once Contentlayer has built with it, so a failed run clears the cache again next time.
    remember() {
      if (last === basePath) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, basePath);
    },
  };
}

interface Step {
  child: ChildProcess;
  exit: Promise<number>;
  /** Prints what was held and passes the rest through. */
  release(): void;
}

/** Runs node with `args`; output is either passed through or kept for later. */
function run(
  args: string[],
  { hold = false, env = {} }: { hold?: boolean; env?: Record<string, string> } = {},
): Step {
  const child = spawn(process.execPath, args, {
    // Contentlayer takes its working folder from $PWD, which a caller other than npm may not set.
    env: { ...process.env, ...env, PWD: process.cwd() },
    stdio: ['ignore', hold ? 'pipe' : 'inherit', hold ? 'pipe' : 'inherit'],
  });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let released = false;
  if (hold) {
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      stream?.on('data', (chunk: Buffer) => (released ? out.write(chunk) : held.push([out, chunk])));
    }
  }
  const exit = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(`build: ${args.join(' ')}: ${error.message}`);
      resolve(1);
    });
    // 'close', not 'exit': after the last of its held output has been read.
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  return {
    child,
    exit,
    release() {
      released = true;
      for (const [out, chunk] of held.splice(0)) out.write(chunk);
    },
  };
}

const children = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(1);
  });
}

/** The step that failed, named on the last line (scripts/site-build.ts reads it), and its code. */
function stop(step: 'check' | 'contentlayer' | 'next' | 'export', code: number): number {
  console.error(`build: ${step} failed (exit ${code})`);
  return code;
}

/** Runs one step to its end; its exit code. */
async function step(args: string[]): Promise<number> {
  const child = run(args);
  children.add(child.child);
  const code = await child.exit;
  children.delete(child.child);
  return code;
}

/**
 * `next build` as compile, type check, generate (see above) for a server build; the first non-zero
 * exit code, or 0.
 * The type check is what Next's build runs: its tsconfig.json, no output, its build info kept in
 * the build's cache folder.
 */
async function nextBuild(args: string[], mode: 'server' | 'export'): Promise<number> {
  if (mode === 'export') return step([next, 'build', ...args]);
  const compiled = await step([next, 'build', '--experimental-build-mode=compile', ...args]);
  if (compiled !== 0) return compiled;
  const t0 = performance.now();
  const typegen = await step([next, 'typegen']);
  if (typegen !== 0) return typegen;
  const buildInfo = path.join(distDir, 'cache', '.tsbuildinfo');
  const typed = await step([tsc, '--project', 'tsconfig.json', '--noEmit', '--tsBuildInfoFile', buildInfo]);
  if (typed !== 0) return typed;
  // Worded as Next words it, for the logs that read its step timings (bench/lib/build.ts).
  console.log(`  Finished TypeScript in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  return step([next, 'build', '--experimental-build-mode=generate', ...args]);
}

async function main(): Promise<number> {
  let mode: 'server' | 'export';
  let basePath: string;
  try {
    mode = readOutputMode(process.env.XIAOJI_OUTPUT);
    basePath = mode === 'export' ? readBasePath(process.env.XIAOJI_BASE_PATH) : '';
  } catch (error) {
    console.error(`build: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  const check = run([tsx, script]);
  const cache = clearCacheOnNewBasePath(basePath);
  // No cache: Contentlayer will ask for every note, so its workers may start on all of them at once
  // (lib/content-workers.ts). With a cache, only the changed ones are built.
  const cold = !existsSync(path.join(process.cwd(), '.contentlayer', '.cache'));
  const content = run([contentlayer, 'build'], {
    hold: true,
    env: cold ? { XIAOJI_CONTENT_PREFETCH: '1' } : {},
  });
  children.add(check.child).add(content.child);
  const checked = await check.exit;
  if (checked !== 0) {
    content.child.kill('SIGTERM');
    await content.exit;
    return stop('check', checked);
  }
  content.release();
  const built = await content.exit;
  if (built !== 0) return stop('contentlayer', built);
  cache.remember();
  const done = await nextBuild(process.argv.slice(2), mode);
  if (done !== 0) return stop('next', done);
  if (mode !== 'export') {
    // What a Vercel function needs beyond what tracing found (scripts/lib/trace-files.ts).
    try {
      addTracedFiles(path.join(process.cwd(), distDir));
    } catch (error) {
      console.error(`build: ${error instanceof Error ? error.message : error}`);
      return stop('next', 1);
    }
    return 0;
  }
  const written = await step([tsx, exportFiles]);
  return written === 0 ? 0 : stop('export', written);
}

main().then((code) => {
  process.exitCode = code;
});
