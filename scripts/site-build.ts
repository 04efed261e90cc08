/**
 * Builds and serves a copy of the site for the whole-site checks (crawl, load, fuzz build), so they
 * never write `.contentlayer/`, the `.next` folders or tsconfig.json in the work tree another build may be using.
 *
 *  - `copySite(name)` copies the sources into `bench/tmp/safety/<name>/` (git-ignored, skipped by tsc
 *    and Biome); `next` and the other tools resolve from the checkout's node_modules by walking up.
 *  - `buildSite()` runs the steps of `npm run build` there: content check, Contentlayer, `next build`.
 *  - `startSite()` runs `next start` in its own process group; `stop()` kills the whole group.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

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
  'scripts/build.mjs',
  'scripts/check-content.ts',
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
export function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: string,
  timeoutMs: number,
) {
  return new Promise<number>((resolve, reject) => {
    const out = createWriteStream(log, { flags: 'a' });
    out.write(`\n$ ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.pipe(out, { end: false });
    child.stderr?.pipe(out, { end: false });
    const timer = setTimeout(() => {
      out.write(`\n(killed after ${timeoutMs} ms)\n`);
      killGroup(child, 'SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      out.end();
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

export interface BuildResult {
  code: number;
  ms: number;
  /** The step that failed, or null. */
  failed: 'check' | 'contentlayer' | 'next' | null;
  log: string;
}

/** The step `scripts/build.mjs` names when it stops: `build: <step> failed (exit <code>)`. */
export function failedStep(log: string): BuildResult['failed'] {
  const steps = [...log.matchAll(/^build: (check|contentlayer|next) failed \(exit \d+\)$/gm)];
  return (steps.at(-1)?.[1] as BuildResult['failed'] | undefined) ?? null;
}

/** `npm run build` in the copy (scripts/build.mjs); `failed` is the step it stopped at. */
export async function buildSite(options: SiteOptions, log: string, timeoutMs = 15 * 60_000) {
  const dir = options.cwd;
  const t0 = Date.now();
  rmSync(log, { force: true });
  const code = await run(process.execPath, ['scripts/build.mjs'], dir, siteEnv(options), log, timeoutMs);
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
  const dir = options.cwd;
  if (!(await portFree(options.port))) throw new Error(`port ${options.port} is busy`);
  const out = createWriteStream(log);
  const child = spawn(path.join(BIN, 'next'), ['start', '-p', String(options.port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: siteEnv(options),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const url = `http://127.0.0.1:${options.port}`;
  const site: RunningSite = {
    url,
    child,
    async stop() {
      killGroup(child, 'SIGTERM');
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) await sleep(100);
      // next-server can outlive `next`: the group kill reaches it either way.
      killGroup(child, 'SIGKILL');
    },
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`next start exited (${child.exitCode ?? child.signalCode}):\n${tail(log)}`);
    }
    try {
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.status < 500) return site;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  await site.stop();
  throw new Error(`next start did not answer on ${url} within 60 s:\n${tail(log)}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone
  }
}

/** The last lines of a log file. */
export function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export { CHROMIUM } from './chromium';
