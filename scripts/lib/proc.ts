/**
 * Child processes for e2e, site builds, the bench and `npm run dev`: every long-running child leads
 * its own process group (`detached`, i.e. setsid) so a group kill also reaches what it spawned (a
 * killed `next` leaves `next-server` running otherwise); ports are polled until a server answers;
 * the summed RSS of a process tree is sampled from /proc (Linux only, as the tests and bench are).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';

const PAGE_SIZE = 4096;
const live = new Set<ChildProcess>();

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface GroupOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Output appended to this file; without one the child writes to our terminal. */
  logFile?: string;
}

/**
 * Starts `cmd` as the leader of a new process group, output appended to `logFile` (or to our
 * terminal). killAll() stops it if it is still running.
 */
export function spawnGroup(cmd: string, args: readonly string[], options: GroupOptions = {}): ChildProcess {
  const out = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : null;
  const child = spawn(cmd, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: out ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
  live.add(child);
  if (out) {
    child.stdout?.pipe(out, { end: false });
    child.stderr?.pipe(out, { end: false });
  }
  child.on('close', () => {
    live.delete(child);
    out?.end();
  });
  return child;
}

/** Resolves with the exit code (128 + n for a signal) once the child and its pipes are closed. */
export function waitExit(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Runs `command` in its own process group (see spawnGroup); throws with the log's tail unless it exits 0. */
export async function runChecked(
  command: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
  what = command.join(' '),
): Promise<void> {
  const [cmd, ...args] = command;
  const code = await waitExit(spawnGroup(cmd as string, args, options));
  if (code !== 0)
    throw new Error(`${what} in ${options.cwd} failed (exit ${code}):\n${tail(options.logFile)}`);
}

/** The last `lines` lines of a log file. */
export function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Sends `signal` to the process group `pid` leads; false when the group is already empty. */
export function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // the group is empty
  }
}

/**
 * SIGTERM to the child's group and to every group its descendants started (scripts/dev.ts puts
 * each of its children in a group of its own), SIGKILL to what is left after `graceMs`.
 */
export async function killGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const groups = new Set([pid, ...processTree(pid).map((p) => p.pgid)]);
  // Never our own group (or the kernel's): only what the child started.
  const own = readProcs().find((p) => p.pid === process.pid)?.pgid;
  if (own !== undefined) groups.delete(own);
  groups.delete(0);
  for (const g of groups) signalGroup(g, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && readProcs().some((p) => groups.has(p.pgid))) await sleep(100);
  for (const g of groups) signalGroup(g, 'SIGKILL');
  live.delete(child);
}

/** Kills every group still running; for exit and signal handlers. */
export async function killAll(): Promise<void> {
  await Promise.all([...live].map((c) => killGroup(c, 2000)));
}

/** Whether nobody listens on `port` (on `host`, default every address) right now. */
export function portFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Whether the child has exited (or was killed by a signal). */
export function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Polls `url` until it answers below 500, or throws after `timeoutMs` or when `child` exits. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(child)) {
      throw new Error(`server for ${url} exited early (${child.exitCode ?? child.signalCode})`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

// ---------------------------------------------------------------------------------------------
// /proc

interface ProcStat {
  pid: number;
  ppid: number;
  pgid: number;
  rssBytes: number;
  /** CPU time used so far, user + system. */
  cpuMs: number;
}

// Clock ticks per second of /proc's times: 100 on Linux (USER_HZ).
const TICK_MS = 10;

function readProcs(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // `comm` may hold spaces and parentheses: the fields we need come after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state(3) ppid(4) pgrp(5) … rss(24), counted from 1 in proc(5).
    out.push({
      pid: Number(name),
      ppid: Number(fields[1]),
      pgid: Number(fields[2]),
      rssBytes: Number(fields[21]) * PAGE_SIZE,
      // utime(14) and stime(15).
      cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
    });
  }
  return out;
}

/** The processes descending from `rootPid` (itself included) plus any left in its process group. */
export function processTree(rootPid: number): ProcStat[] {
  const procs = readProcs();
  const children = new Map<number, ProcStat[]>();
  for (const p of procs) {
    const list = children.get(p.ppid) ?? [];
    list.push(p);
    children.set(p.ppid, list);
  }
  const seen = new Map<number, ProcStat>();
  const stack = procs.filter((p) => p.pid === rootPid || p.pgid === rootPid);
  while (stack.length > 0) {
    const p = stack.pop() as ProcStat;
    if (seen.has(p.pid)) continue;
    seen.set(p.pid, p);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return [...seen.values()];
}

function readCmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/**
 * Whether a child is between fork and exec: it still runs its parent's program under its parent's
 * command line (or process title), and every page it shows is its parent's, shared copy-on-write.
 * Counted, it would add the parent's whole RSS for that moment: a child started by Next's 1 GB
 * process made such a sample 1 GB too high. Our builds start no child that keeps its parent's
 * command line after exec.
 */
export function forkedNotExeced(cmdline: string, parentCmdline: string): boolean {
  return cmdline !== '' && cmdline === parentCmdline;
}

export interface TreeSample {
  /** Milliseconds since the sampler started. */
  t: number;
  rssBytes: number;
}

/**
 * Samples the summed RSS of a process tree every `intervalMs` (shared pages count once per
 * process, as `ps` shows them) and notes when a process whose command line matches a pattern
 * first appears, to split a build into phases.
 */
export class TreeSampler {
  readonly samples: TreeSample[] = [];
  readonly firstSeen = new Map<string, number>();
  private readonly t0 = performance.now();
  private readonly cmdlines = new Map<number, string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly rootPid: number,
    private readonly marks: Record<string, RegExp> = {},
    intervalMs = 200,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  private sample(): void {
    const t = performance.now() - this.t0;
    const tree = processTree(this.rootPid);
    // Each command line read once per sample: one changes at exec, so none is kept between samples.
    const cmdlines = new Map(tree.map((p) => [p.pid, readCmdline(p.pid)]));
    let rssBytes = 0;
    for (const p of tree) {
      const parentCmd = cmdlines.get(p.ppid);
      if (parentCmd === undefined || !forkedNotExeced(cmdlines.get(p.pid) ?? '', parentCmd))
        rssBytes += p.rssBytes;
    }
    this.samples.push({ t, rssBytes });
    for (const p of tree) {
      if (this.cmdlines.has(p.pid)) continue;
      const cmd = cmdlines.get(p.pid) ?? '';
      this.cmdlines.set(p.pid, cmd);
      for (const [mark, pattern] of Object.entries(this.marks)) {
        if (!this.firstSeen.has(mark) && pattern.test(cmd)) this.firstSeen.set(mark, t);
      }
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** The largest summed RSS seen between `from` and `to` (ms since start). */
  peak(from = 0, to = Number.POSITIVE_INFINITY): number {
    let max = 0;
    for (const s of this.samples) if (s.t >= from && s.t <= to && s.rssBytes > max) max = s.rssBytes;
    return max;
  }
}
