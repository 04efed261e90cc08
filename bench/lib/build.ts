/**
 * Times one cold build: wall time, CPU time of the whole process tree, peak summed RSS (sampled
 * every 200 ms, since `/usr/bin/time -v` reports only the largest single process), split into
 * content indexing (check-content + contentlayer2) and `next build` at the moment the `next build`
 * process appears, plus the step timings Next prints itself.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { spawnGroup, TreeSampler, waitExit } from '../../scripts/lib/proc';

export interface Phase {
  ms: number;
  peakRssBytes: number;
}

export interface BuildResult {
  wallMs: number;
  /** User + system CPU of the tree (from /usr/bin/time); null where that tool is missing. */
  cpuMs: number | null;
  peakRssBytes: number;
  /** Content indexing; null for a build without that step (the floor). */
  content: Phase | null;
  next: Phase;
  /** Steps as `next build` reports them (ms): compile, typescript, staticPages, fsCache. */
  nextSteps: Record<string, number>;
  /** 1-minute load average before and after: a busy machine explains a slow run. */
  load: [number, number];
  log: string;
}

// `node …/.bin/next build` or `node …/next/dist/bin/next build`; not the `sh -c "… && next build"` around it.
const NEXT_BUILD = /^(\S*\/)?node\s+(\S*\/)?next\s+build\b/;

const STEPS: Record<string, RegExp> = {
  compile: /Compiled successfully in ([\d.]+)(ms|s|min)/,
  typescript: /Finished TypeScript in ([\d.]+)(ms|s|min)/,
  staticPages: /Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+)(ms|s|min)/,
  fsCache: /Finished writing to filesystem cache in ([\d.]+)(ms|s|min)/,
};

/** Next's own step timings from its build log, in ms. */
export function parseNextSteps(log: string): Record<string, number> {
  const steps: Record<string, number> = {};
  const scale: Record<string, number> = { ms: 1, s: 1000, min: 60_000 };
  for (const [name, pattern] of Object.entries(STEPS)) {
    const m = pattern.exec(log);
    if (m) steps[name] = Math.round(Number(m[1]) * (scale[m[2] ?? 's'] ?? 1000));
  }
  return steps;
}

/**
 * Runs `command` (e.g. `npm run build`) cold in `dir`: build output and caches (`distDir`,
 * `.contentlayer`) are removed first. Throws with the log's tail when the build fails.
 */
export async function timeBuild(
  dir: string,
  command: readonly string[],
  env: NodeJS.ProcessEnv,
  options: {
    distDir?: string;
    logFile: string;
  },
): Promise<BuildResult> {
  rmSync(path.join(dir, options.distDir ?? '.next'), { recursive: true, force: true });
  rmSync(path.join(dir, '.contentlayer'), { recursive: true, force: true });
  rmSync(options.logFile, { force: true });
  const timeFile = `${options.logFile}.time`;
  rmSync(timeFile, { force: true });
  const timed = existsSync('/usr/bin/time');
  const [cmd, ...args] = timed ? ['/usr/bin/time', '-f', '%U %S', '-o', timeFile, ...command] : command;
  const load0 = loadavg()[0] ?? 0;
  const t0 = performance.now();
  const child = spawnGroup(cmd as string, args, { cwd: dir, env, logFile: options.logFile });
  const sampler = new TreeSampler(child.pid as number, { next: NEXT_BUILD });
  const code = await waitExit(child);
  const wallMs = performance.now() - t0;
  sampler.stop();
  const log = readFileSync(options.logFile, 'utf8');
  if (code !== 0) {
    throw new Error(
      `${command.join(' ')} in ${dir} failed (exit ${code}):\n${log.split('\n').slice(-40).join('\n')}`,
    );
  }
  let cpuMs: number | null = null;
  if (timed && existsSync(timeFile)) {
    const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
    if (user !== undefined && sys !== undefined) cpuMs = Math.round((user + sys) * 1000);
  }
  const nextStart = sampler.firstSeen.get('next') ?? 0;
  const hasContentStep = nextStart > 1000;
  return {
    wallMs: Math.round(wallMs),
    cpuMs,
    peakRssBytes: sampler.peak(),
    content: hasContentStep ? { ms: Math.round(nextStart), peakRssBytes: sampler.peak(0, nextStart) } : null,
    next: {
      ms: Math.round(wallMs - (hasContentStep ? nextStart : 0)),
      peakRssBytes: sampler.peak(hasContentStep ? nextStart : 0),
    },
    nextSteps: parseNextSteps(log),
    load: [load0, loadavg()[0] ?? 0],
    log: options.logFile,
  };
}
