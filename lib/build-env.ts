/**
 * How the build runs, read from the environment by next.config.ts and the content code: output
 * folder, workers, memory. Set by the build scripts and tests (docs/testing.md), not by a writer: the writer's settings are in site.config.ts.
 */
import { availableParallelism } from 'node:os';

const env = process.env;

/** Build output folder for `next build`/`next start` (`XIAOJI_DIST_DIR`), so tests can keep several builds. */
export const distDir: string = env.XIAOJI_DIST_DIR?.trim() || '.next';

/** True in production builds: a note with errors then fails the build instead of showing an error page. */
export const failOnContentErrors: boolean = env.NODE_ENV === 'production';

/**
 * Workspace root for Turbopack (`XIAOJI_WORKSPACE_ROOT`): set it when building a copy of the site
 * that lives inside another checkout (benchmarks, tests), so `next` resolves from the parent's node_modules.
 */
export const workspaceRoot: string | undefined = env.XIAOJI_WORKSPACE_ROOT?.trim() || undefined;

/**
 * Static generation workers for `next build` (`XIAOJI_BUILD_WORKERS`); unset: one per core (Next's
 * own default is one per core minus one, a single worker on 2 cores). Static generation is CPU work
 * in the workers while the main process waits, so every core gets one.
 */
export const buildWorkers: number = parseWorkerCount(env.XIAOJI_BUILD_WORKERS) ?? availableParallelism();

/** `undefined` for unset or empty; a whole number 1–64; anything else is an error naming the variable. */
export function parseWorkerCount(value: string | undefined): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 64)
    throw new Error(`XIAOJI_BUILD_WORKERS: expected a whole number of workers from 1 to 64, got "${text}"`);
  return n;
}

/**
 * NODE_OPTIONS with a larger young generation (`--max-semi-space-size`, MB) for `workers` static
 * generation workers, unless one is set. Static generation makes mostly short-lived garbage, which
 * V8's default semi-space collects too often, so one worker gets 128 MB. Several workers get 32 MB
 * each: as fast as more, and their summed memory stays within the build's budget.
 */
export function withYoungGeneration(nodeOptions: string | undefined, workers = 1): string {
  const current = nodeOptions?.trim() ?? '';
  const megabytes = workers > 1 ? 32 : 128;
  return /--max-semi-space-size\b/.test(current)
    ? current
    : `${current} --max-semi-space-size=${megabytes}`.trim();
}
