/**
 * Load check (`npm run load`), loopback only and bounded: `next start` of the 200-note build
 * (scripts/crawl.ts's `generated` set; reused when already built), then
 *
 *  1. 100 connections cycling through the home page, a post, a tag page and the feed for a 30 s
 *     warm-up and then, on the same connections, the measured 60 s: zero errors (no answer within 30 s counts) and
 *     non-2xx answers, and no memory growth past the first 10 s (median of 5 s at 10 s vs the last
 *     5 s, within 15 %; past that, one of up to three more 30 s windows of the same load must show
 *     it stopped, growing less than 5 %);
 *     a minute in which the load client itself paused over 2 s is void and measured once more;
 *  2. a burst of 1,000 requests for unknown URLs: all 404, quickly, without memory growth.
 *
 *   tsx scripts/load.ts [--duration 60] [--warmup 30] [--connections 100] [--skip-build] [--port 4341]
 *   tsx scripts/load.ts --origin http://localhost:4314 --pgid <process group of next start>
 *       against a server already running the 200-note build (`npm run test:e2e` does this)
 *
 * Prints latency percentiles (p50, p99) and memory; writes bench/tmp/safety/load.json; exits 1 on failure.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { prepareContent } from './crawl';
import { buildSite, copySite, type SiteOptions, sleep, startSite, tail, WORK } from './site-build';

interface Options {
  duration: number;
  /** Seconds of the same load first, not measured (0: none). */
  warmup: number;
  connections: number;
  skipBuild: boolean;
  port: number;
  /** A running server of the 200-note build, and its process group (for memory). */
  origin?: string;
  pgid?: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { duration: 60, warmup: 30, connections: 100, skipBuild: false, port: 4341 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--duration') o.duration = Number(argv[++i]);
    else if (a === '--warmup') o.warmup = Number(argv[++i]);
    else if (a === '--connections') o.connections = Number(argv[++i]);
    else if (a === '--skip-build') o.skipBuild = true;
    else if (a === '--port') o.port = Number(argv[++i]);
    else if (a === '--origin') o.origin = argv[++i];
    else if (a === '--pgid') o.pgid = Number(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  if ((o.origin === undefined) !== (o.pgid === undefined)) throw new Error('--origin and --pgid go together');
  if (o.origin && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(o.origin))
    throw new Error('--origin must be a loopback http://localhost:port');
  // Bounded by design: this is a check, not a stress tool.
  if (!(o.duration > 0 && o.duration <= 180)) throw new Error('--duration must be 1..180 seconds');
  if (!(o.warmup >= 0 && o.warmup <= 120)) throw new Error('--warmup must be 0..120 seconds');
  if (!(o.connections > 0 && o.connections <= 200)) throw new Error('--connections must be 1..200');
  return o;
}

/** The value at quantile `q` of ascending `sorted` (0 when empty). */
function percentile(sorted: number[], q: number): number {
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/**
 * Resident memory (MB) of every process in the server's process group (next and next-server).
 * Asynchronous, so sampling never pauses the load client's own event loop.
 */
function groupRssMb(pgid: number): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile('ps', ['-o', 'rss=', '-g', String(pgid)], { encoding: 'utf8' }, (error, out) => {
      if (error) reject(error);
      else
        resolve(
          Math.round(out.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024),
        );
    });
  });
}

/**
 * A request with no answer after this long counts as an error. autocannon's default is 10 s; a
 * browser waits minutes. 30 s still fails a server that never answers, and the five slowest answers
 * are printed, so a slow one is seen long before it would count.
 */
const TIMEOUT_S = 30;

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.origin && o.pgid) {
    process.exitCode = await loadCheck(o.origin, o.pgid, o);
    return;
  }
  const logs = path.join(WORK, 'logs');
  mkdirSync(logs, { recursive: true });
  const cwd = path.join(WORK, 'crawl');
  const site: SiteOptions = {
    cwd,
    contentDir: path.join(WORK, 'content-generated'),
    port: o.port,
    distDir: '.next-crawl-generated',
  };
  if (!o.skipBuild || !existsSync(path.join(cwd, site.distDir))) {
    site.contentDir = prepareContent('generated');
    copySite('crawl');
    const build = await buildSite(site, path.join(logs, 'load-build.log'));
    if (build.code !== 0) throw new Error(`build failed at ${build.failed}:\n${tail(build.log, 60)}`);
  }
  // SITE_URL is baked into the build; the server only needs to listen on the loopback port.
  const server = await startSite(site, path.join(logs, 'load-server.log'));
  try {
    process.exitCode = await loadCheck(server.url, server.child.pid as number, o);
  } finally {
    await server.stop();
  }
}

interface Minute {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** Timeouts plus connection errors plus non-2xx answers, in the measured minute. */
  errors: number;
  timeouts: number;
  connectionErrors: number;
  non2xx: number;
  /** Memory of the server's process group (MB): median at 10–15 s, peak after 10 s, median of the last 5 s. */
  at10: number;
  peak: number;
  last: number;
  incidents: string[];
  clientPauses: string[];
  /** The five slowest answers: time, URL, when. */
  slowest: string[];
}

/**
 * One autocannon run of `o.warmup + o.duration` seconds at `o.connections` connections over
 * `targets`; only what happens after the warm-up counts. The minute is measured on the warm-up's
 * own connections: a second run would open 100 new connections at once against a saturated server,
 * and Node (libuv) accepts one connection per event-loop iteration (a plain `http.createServer`
 * does the same), so the last of them wait seconds before their first request is read. That, not a
 * slow page, is what a two-run check measured: slow answers at the start of the minute, all of them
 * `/`, every connection's first URL.
 */
async function measure(origin: string, pgid: number, o: Options, targets: string[]): Promise<Minute> {
  const started = Date.now();
  const from = o.warmup * 1000;
  const elapsed = () => Date.now() - started - from; // ms into the measured minute (negative before)
  const at = () => `${(elapsed() / 1000).toFixed(1)} s`;
  const memory: { s: number; mb: number }[] = [];
  // The load client's own pauses: a tick every 250 ms; a gap over 2 s means this process (or the
  // whole machine) stalled, which would be counted against the server.
  let lastTick = elapsed();
  const clientPauses: string[] = [];
  const watch = setInterval(() => {
    const now = elapsed();
    if (now - lastTick > 2000 && now >= 0)
      clientPauses.push(
        `${(lastTick / 1000).toFixed(1)} s: load client paused ${((now - lastTick) / 1000).toFixed(1)} s`,
      );
    lastTick = now;
  }, 250);
  // autocannon keeps the request in flight on the client's (untyped) request iterator; it is still
  // the answered one when 'response' is emitted.
  const pathOf = (client: autocannon.Client) =>
    (client as unknown as { requestIterator?: { currentRequest?: { path?: string } } }).requestIterator
      ?.currentRequest?.path ?? '?';
  // Which request timed out or lost its connection, and when: printed on failure.
  const incidents: string[] = [];
  let timeouts = 0;
  let connectionErrors = 0;
  let non2xx = 0;
  const durations: number[] = [];
  // The five slowest answers, with their URL and when they ended.
  const slowest: { ms: number; what: string }[] = [];
  const answered = (client: autocannon.Client, status: number, ms: number) => {
    if (elapsed() < 0) return;
    durations.push(ms);
    if (status < 200 || status > 299) {
      non2xx++;
      incidents.push(`${at()}: ${status} on ${pathOf(client)}`);
    }
    if (slowest.length === 5 && ms <= (slowest[4]?.ms ?? 0)) return;
    slowest.push({ ms, what: `${Math.round(ms)} ms ${pathOf(client)} (ended at ${at()})` });
    slowest.sort((x, y) => y.ms - x.ms);
    slowest.length = Math.min(slowest.length, 5);
  };
  const sampler = setInterval(() => {
    const s = elapsed() / 1000;
    if (s < 0) return;
    groupRssMb(pgid).then(
      (mb) => memory.push({ s, mb }),
      () => undefined,
    );
  }, 1000);
  await run({
    url: origin,
    connections: o.connections,
    duration: o.warmup + o.duration,
    timeout: TIMEOUT_S,
    requests: targets.map((p) => ({ method: 'GET', path: p })),
    setupClient: (client) => {
      // The typings list only 'response'; the client also emits 'timeout' and 'connError'.
      const events: NodeJS.EventEmitter = client;
      events.on('timeout', () => {
        if (elapsed() < 0) return;
        timeouts++;
        incidents.push(`${at()}: no answer within ${TIMEOUT_S} s on ${pathOf(client)}`);
      });
      events.on('connError', (error: Error) => {
        if (elapsed() < 0) return;
        connectionErrors++;
        incidents.push(`${at()}: connection error ${error.message} on ${pathOf(client)}`);
      });
      events.on('response', (status: number, _bytes: number, ms: number) => answered(client, status, ms));
    },
  });
  clearInterval(sampler);
  clearInterval(watch);
  const sorted = durations.sort((x, y) => x - y);
  const settled = memory.filter((m) => m.s >= 10).map((m) => m.mb);
  // Medians of 5 samples, so one garbage collection more or less does not decide.
  const at10 = median(memory.filter((m) => m.s >= 10 && m.s < 15).map((m) => m.mb));
  const peak = Math.max(...settled, 0);
  const last = median(settled.slice(-5));
  return {
    requests: sorted.length,
    requestsPerSecond: sorted.length / o.duration,
    latencyMs: {
      p50: Math.round(percentile(sorted, 0.5)),
      p90: Math.round(percentile(sorted, 0.9)),
      p99: Math.round(percentile(sorted, 0.99)),
      max: Math.round(sorted.at(-1) ?? 0),
    },
    errors: timeouts + connectionErrors + non2xx,
    timeouts,
    connectionErrors,
    non2xx,
    at10,
    peak,
    last,
    incidents,
    clientPauses,
    slowest: slowest.map((x) => x.what),
  };
}

/** Keeps the check's load on for `seconds` more; returns the median resident size of its last 5 s. */
async function followMemory(
  origin: string,
  pgid: number,
  o: Options,
  targets: string[],
  seconds: number,
): Promise<number> {
  const samples: number[] = [];
  const sampler = setInterval(() => {
    groupRssMb(pgid).then(
      (mb) => samples.push(mb),
      () => undefined,
    );
  }, 1000);
  await run({
    url: origin,
    connections: o.connections,
    duration: seconds,
    timeout: TIMEOUT_S,
    requests: targets.map((p) => ({ method: 'GET', path: p })),
  });
  clearInterval(sampler);
  return median(samples.slice(-5));
}

/**
 * Whether the server's memory stopped growing: one of the 30 s windows after the measured minute
 * (their last 5 s, in MB) grew by less than 5 % over the one before it (the minute's end, `end`,
 * for the first). A leak keeps growing window after window; a late heap step does not.
 */
export function memoryStopped(end: number, windows: readonly number[]): boolean {
  let before = end;
  for (const after of windows) {
    if (after <= before * 1.05) return true;
    before = after;
  }
  return false;
}

/**
 * Whether memory after a burst of unknown URLs stopped growing: one of the readings after a further
 * burst each (`more`) is less than `slackMb` over the reading before it (`first` for the first).
 */
export function burstSettled(first: number, more: readonly number[], slackMb = 20): boolean {
  let before = first;
  for (const after of more) {
    if (after < before + slackMb) return true;
    before = after;
  }
  return false;
}

/** Runs the two loads against `origin`, memory read from process group `pgid`; returns the exit code. */
async function loadCheck(origin: string, pgid: number, o: Options): Promise<number> {
  const failures: string[] = [];
  const targets = ['/', '/posts/gen-0100/', '/tags/llm/', '/feed.xml'];
  for (const t of targets) {
    const res = await fetch(`${origin}${t}`);
    await res.arrayBuffer();
    if (res.status !== 200) failures.push(`${t} answers ${res.status} before the load`);
  }
  // A fresh Node server grows its heap for about a minute under this load before it levels off:
  // that is V8 sizing its heap, not a leak. So the load runs `o.warmup` seconds before the measured minute.
  let minute = await measure(origin, pgid, o, targets);
  let voided: Minute | undefined;
  // A pause of the load client itself (or of the whole shared machine) makes autocannon count
  // requests against the server that were only waiting on the client: that minute is void and is
  // measured once more. Errors with no client pause always fail.
  if (minute.errors > 0 && minute.clientPauses.length > 0) {
    console.error(
      `load: ${minute.errors} errors in a minute in which the load client itself paused (${minute.clientPauses.join('; ')}): void, measuring again`,
    );
    for (const i of minute.incidents.slice(0, 10)) console.error(`load:   ${i}`);
    voided = minute;
    minute = await measure(origin, pgid, o, targets);
  }
  const { errors, at10, peak, last, incidents, clientPauses, slowest } = minute;
  if (errors > 0)
    failures.push(
      `${errors} errors: ${minute.timeouts} without an answer within ${TIMEOUT_S} s, ${minute.connectionErrors} connection errors, ${minute.non2xx} non-2xx answers`,
    );
  // After the first 10 s the resident size must stay put (within 15 %). V8 sometimes enlarges its
  // heap once more late in the minute (a step, then flat, not seen again when re-run on the same
  // build); after the crawl, the same server can still be climbing towards its plateau at the
  // minute's end, where other runs of the same build sat at it from the start; a leak keeps growing. So growth past 15 % is
  // followed under the same load for up to three more 30 s windows, and fails unless one of them
  // grows by less than 5 %.
  const followed: number[] = [];
  if (last > at10 * 1.15) {
    while (followed.length < 3 && !memoryStopped(last, followed))
      followed.push(await followMemory(origin, pgid, o, targets, 30));
    console.error(
      `load: memory grew from ${at10} MB at 10 s to ${last} MB at the end; then ${followed.map((mb) => `${mb} MB`).join(', ')} after each 30 s more of the same load`,
    );
    if (!memoryStopped(last, followed))
      failures.push(
        `memory grew from ${at10} MB at 10 s to ${last} MB at the end (peak ${peak} MB) and on through ${followed.join(', ')} MB in three 30 s windows more`,
      );
  }

  await sleep(2000);
  const beforeBurst = await groupRssMb(pgid);
  let n = 0;
  const unknownUrls = () =>
    run({
      url: origin,
      connections: 50,
      amount: 1000,
      requests: [
        {
          method: 'GET',
          setupRequest: (req) => ({
            ...req,
            path: `/posts/missing-${++n}-${Math.random().toString(36).slice(2)}/`,
          }),
        },
      ],
    });
  const burst = await unknownUrls();
  await sleep(2000);
  const afterBurst = await groupRssMb(pgid);
  const notFound = burst['4xx'];
  if (notFound !== 1000 || burst.errors > 0)
    failures.push(`burst: ${notFound} of 1000 answered 4xx, ${burst.errors} errors`);
  if (burst.latency.p99 > 2000) failures.push(`burst: p99 ${burst.latency.p99} ms (expected under 2 s)`);
  // One burst may leave V8 with a larger heap than before (when it collects is its own choice); a
  // leak per unknown URL grows again with every burst. So growth is followed over up to two more
  // bursts, and fails unless one of them adds less than 20 MB.
  const afterMore: number[] = [];
  if (afterBurst > beforeBurst + 50) {
    while (afterMore.length < 2 && !burstSettled(afterBurst, afterMore)) {
      await unknownUrls();
      await sleep(2000);
      afterMore.push(await groupRssMb(pgid));
    }
    if (!burstSettled(afterBurst, afterMore))
      failures.push(
        `burst: memory grew from ${beforeBurst} MB to ${afterBurst} MB, then ${afterMore.join(' and ')} MB after a burst more each`,
      );
  }

  const report = {
    load: {
      seconds: o.duration,
      connections: o.connections,
      warmupSeconds: o.warmup,
      requests: minute.requests,
      requestsPerSecond: minute.requestsPerSecond,
      latencyMs: minute.latencyMs,
      errors,
      memoryMb: { at10s: at10, peak, end: last, afterEach30sMore: followed },
      slowest,
      incidents,
      clientPauses,
      voided: voided
        ? {
            errors: voided.errors,
            clientPauses: voided.clientPauses,
            incidents: voided.incidents.slice(0, 40),
          }
        : null,
    },
    burst: {
      requests: burst.requests.total,
      notFound,
      seconds: burst.duration,
      latencyMs: { p50: burst.latency.p50, p99: burst.latency.p99, max: burst.latency.max },
      memoryMb: { before: beforeBurst, after: afterBurst },
    },
    failures,
  };
  mkdirSync(WORK, { recursive: true });
  writeFileSync(path.join(WORK, 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `load: ${o.duration} s × ${o.connections} connections on ${targets.join(', ')}: ${report.load.requests} requests (${Math.round(report.load.requestsPerSecond)}/s), p50 ${report.load.latencyMs.p50} ms, p99 ${report.load.latencyMs.p99} ms, slowest ${report.load.latencyMs.max} ms, ${errors} errors; memory ${at10} MB at 10 s, peak ${peak} MB, end ${last} MB`,
  );
  console.log(
    `burst: 1000 unknown URLs: ${notFound} × 4xx in ${burst.duration} s, p50 ${burst.latency.p50} ms, p99 ${burst.latency.p99} ms; memory ${beforeBurst} → ${afterBurst} MB${afterMore.length > 0 ? ` (then ${afterMore.join(', ')} MB after more bursts)` : ''}`,
  );
  for (const f of failures) console.error(`load: FAIL ${f}`);
  console.log(`load: slowest answers: ${slowest.join('; ')}`);
  for (const p of clientPauses) console.error(`load: ${p}`);
  if (incidents.length > 0) console.error(`load: incidents:\n  ${incidents.slice(0, 40).join('\n  ')}`);
  return failures.length === 0 ? 0 : 1;
}

const invoked = process.argv[1] ? path.basename(process.argv[1]) : '';
if (invoked === 'load.ts' || invoked === 'load') {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
