/**
 * Serving: `next start` in its own process group, and a loopback load test with autocannon
 * (a warm-up, then the measured run) against one page.
 */
import type { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { spawnGroup, waitForHttp } from '../../scripts/lib/proc';

/** Starts `next start` (the binary `next`) for the build in `dir` on `port`; resolves once `/` answers. */
export async function startNext(
  next: string,
  dir: string,
  port: number,
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<ChildProcess> {
  const child = spawnGroup(next, ['start', '-p', String(port)], { cwd: dir, env, logFile });
  await waitForHttp(`http://127.0.0.1:${port}/`, child);
  return child;
}

export interface LoadResult {
  /** Mean requests per second over the measured run. */
  rps: number;
  /** Latency percentiles in ms. */
  p50: number;
  p99: number;
  requests: number;
  /** Answers that were not 2xx, plus socket errors and timeouts: should be 0. */
  failures: number;
}

export interface LoadOptions {
  connections?: number;
  durationS?: number;
  warmupS?: number;
}

function run(url: string, connections: number, duration: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/** Warms the server up, then measures `durationS` seconds at `connections` concurrent connections. */
export async function loadTest(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const connections = options.connections ?? 50;
  await run(url, connections, options.warmupS ?? 3);
  const r = await run(url, connections, options.durationS ?? 10);
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    failures: r.non2xx + r.errors + r.timeouts,
  };
}
