/**
 * Builds and serves a copy of the site for the whole-site checks (crawl, load, fuzz build), so they
 * never write `.contentlayer/`, the `.next` folders or tsconfig.json in the work tree another build may be using.
 *
 *  - `copySite(name)` copies the sources into `bench/tmp/safety/<name>/` (git-ignored, skipped by tsc
 *    and Biome); `next` and the other tools resolve from the checkout's node_modules by walking up.
 *  - `buildSite()` runs the steps of `npm run build` there: content check, Contentlayer, `next build`.
 *  - `startSite()` runs `next start` in its own process group; `stop()` kills the whole group.
 */
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { killGroup, portFree, signalGroup, spawnGroup, tail, waitExit, waitForHttp } from './lib/proc';

export { sleep, tail } from './lib/proc';

export const ROOT = path.resolve(__dirname, '..');
// Git-ignored and skipped by tsc and Biome. Not a dot folder: Turbopack does not resolve
// `contentlayer/generated` inside `.next*` folders.
export const WORK = path.join(ROOT, 'bench/tmp/safety');
const BIN = path.join(ROOT, 'node_modules/.bin');

/** What `npm run build` needs, and nothing of the tests, benchmarks or e2e harness. */
const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'scripts/build.ts',
  'scripts/check-content.ts',
  'scripts/contentlayer.mjs',
  'scripts/lib',
  'site.config.ts',
  'site.settings.json',
  'contentlayer.config.ts',
  'next.config.ts',
  'proxy.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'next-env.d.ts',
  'package.json',
];

export interface SiteOptions {
  /** The site copy (see copySite). */
  cwd: string;
  /** Folder holding `posts/` (and `pages/`), absolute. */
  contentDir: string;
  port: number;
  /** Build output folder inside the copy. */
  distDir: string;
  /** Configure Giscus (comments) with test ids; giscus.app itself must be stubbed by the browser. */
  giscus?: boolean;
  /** Extra environment variables. */
  env?: Record<string, string>;
}

export const TEST_GISCUS = {
  NEXT_PUBLIC_GISCUS_REPO: 'xiaoji-test/comments',
  NEXT_PUBLIC_GISCUS_REPO_ID: 'R_test123',
  NEXT_PUBLIC_GISCUS_CATEGORY: 'Announcements',
  NEXT_PUBLIC_GISCUS_CATEGORY_ID: 'DIC_test456',
};

/** Copies the site sources into `bench/tmp/safety/<name>/` (replacing an earlier copy); returns the folder. */
export function copySite(name: string): string {
  const dir = path.join(WORK, name);
  for (const entry of SOURCES) rmSync(path.join(dir, entry), { recursive: true, force: true });
  mkdirSync(path.join(dir, 'scripts'), { recursive: true });
  for (const entry of SOURCES) {
    const from = path.join(ROOT, entry);
    if (!existsSync(from)) continue;
    // Unit tests are not part of the site; leaving them out keeps `next build`'s type check short.
    cpSync(from, path.join(dir, entry), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  }
  return dir;
}

/** The environment of a build or server of `site`: only our variables, never the caller's. */
export function siteEnv(options: SiteOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('NEXT_PUBLIC_GISCUS_') || key.startsWith('XIAOJI_') || key === 'NODE_ENV')
      delete env[key];
  }
  Object.assign(env, {
    NEXT_TELEMETRY_DISABLED: '1',
    // Contentlayer takes its working folder from $PWD, not process.cwd(): without this it would
    // write the checkout's own .contentlayer/ instead of the copy's.
    PWD: options.cwd,
    XIAOJI_WORKSPACE_ROOT: ROOT,
    XIAOJI_CONTENT_DIR: options.contentDir,
    XIAOJI_DIST_DIR: options.distDir,
    SITE_URL: `http://127.0.0.1:${options.port}`,
    ...(options.giscus ? TEST_GISCUS : {}),
    ...options.env,
  });
  return env;
}

/** Runs `cmd` in `cwd` in its own process group, output appended to `log`; resolves with the exit code. */
export async function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: string,
  timeoutMs: number,
): Promise<number> {
  appendFileSync(log, `\n$ ${cmd} ${args.join(' ')}\n`);
  const child = spawnGroup(cmd, args, { cwd, env, logFile: log });
  const timer = setTimeout(() => {
    appendFileSync(log, `\n(killed after ${timeoutMs} ms)\n`);
    if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
  }, timeoutMs);
  try {
    return await waitExit(child);
  } finally {
    clearTimeout(timer);
  }
}

export interface BuildResult {
  code: number;
  ms: number;
  /** The step that failed, or null. */
  failed: 'check' | 'contentlayer' | 'next' | null;
  log: string;
}

/** The step `scripts/build.ts` names when it stops: `build: <step> failed (exit <code>)`. */
export function failedStep(log: string): BuildResult['failed'] {
  const steps = [...log.matchAll(/^build: (check|contentlayer|next) failed \(exit \d+\)$/gm)];
  return (steps.at(-1)?.[1] as BuildResult['failed'] | undefined) ?? null;
}

/** `npm run build` in the copy (scripts/build.ts); `failed` is the step it stopped at. */
export async function buildSite(options: SiteOptions, log: string, timeoutMs = 15 * 60_000) {
  const dir = options.cwd;
  const t0 = Date.now();
  rmSync(log, { force: true });
  const code = await run(path.join(BIN, 'tsx'), ['scripts/build.ts'], dir, siteEnv(options), log, timeoutMs);
  if (code !== 0) {
    const failed = failedStep(readFileSync(log, 'utf8'));
    if (!failed)
      throw new Error(`npm run build in ${dir} exited ${code} without naming its step:\n${tail(log, 40)}`);
    return { code, ms: Date.now() - t0, failed, log } satisfies BuildResult;
  }
  if (!existsSync(path.join(dir, '.contentlayer/generated'))) {
    throw new Error(`contentlayer2 did not write ${dir}/.contentlayer (is $PWD passed?)`);
  }
  return { code: 0, ms: Date.now() - t0, failed: null, log } satisfies BuildResult;
}

export interface RunningSite {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `next start` on 127.0.0.1:`port`, in its own process group; resolves once `/` answers. */
export async function startSite(options: SiteOptions, log: string): Promise<RunningSite> {
  if (!(await portFree(options.port, '127.0.0.1'))) throw new Error(`port ${options.port} is busy`);
  rmSync(log, { force: true });
  const child = spawnGroup(path.join(BIN, 'next'), ['start', '-p', String(options.port), '-H', '127.0.0.1'], {
    cwd: options.cwd,
    env: siteEnv(options),
    logFile: log,
  });
  const url = `http://127.0.0.1:${options.port}`;
  const site: RunningSite = { url, child, stop: () => killGroup(child) };
  try {
    await waitForHttp(`${url}/`, child, 60_000);
  } catch (error) {
    await site.stop();
    throw new Error(`next start on ${url}: ${error instanceof Error ? error.message : error}:\n${tail(log)}`);
  }
  return site;
}

export { CHROMIUM } from './chromium';
