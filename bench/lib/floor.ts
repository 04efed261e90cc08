/**
 * The framework floor for tests: built once per Next/React version and floor source into
 * `bench/tmp/floor-<key>/` and reused; weighed from its build output, no server needed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runChecked, sleep } from '../../scripts/lib/proc';
import { type PageWeight, weighPage } from './page-weight';
import { bin, floorEnv, frameworkVersions, makeFloorApp, tmpDir } from './workspace';

function hashTree(dir: string, hash = createHash('sha256')): ReturnType<typeof createHash> {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) hashTree(full, hash.update(`${name}/`));
    else hash.update(name).update(readFileSync(full));
  }
  return hash;
}

/** The cache key: next, react and react-dom versions and the floor's own files. */
export function floorKey(repo: string): string {
  const v = frameworkVersions(repo);
  const files = hashTree(path.join(repo, 'bench', 'floor'))
    .digest('hex')
    .slice(0, 10);
  return `next${v.next}-react${v.react}-${files}`.replace(/[^\w.-]/g, '_');
}

const DONE = 'floor-build.json';

/**
 * A built floor app, reused when one for the same key exists. Concurrent callers wait on a lock
 * folder instead of building twice. `nice` keeps the build from starving tests running beside it.
 */
export async function ensureFloorBuild(repo: string): Promise<string> {
  const name = `floor-${floorKey(repo)}`;
  const dir = tmpDir(repo, name);
  const lock = `${dir}.lock`;
  mkdirSync(path.dirname(dir), { recursive: true });
  for (;;) {
    if (existsSync(path.join(dir, DONE))) return dir;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Someone else is building; a lock older than 10 minutes is a leftover of a killed run.
      if (Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      await sleep(1000);
    }
  }
  try {
    if (existsSync(path.join(dir, DONE))) return dir;
    makeFloorApp(repo, name);
    const next = bin(repo, 'next');
    const log = `${dir}.log`;
    rmSync(log, { force: true });
    await runChecked(
      ['nice', '-n', '10', next, 'build'],
      { cwd: dir, env: floorEnv(), logFile: log },
      'floor build',
    );
    writeFileSync(
      path.join(dir, DONE),
      `${JSON.stringify({ key: name, builtAt: new Date().toISOString() })}\n`,
    );
    return dir;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * A `fetchBytes` reading a Next build's output: `/` is the prerendered `server/app/index.html`,
 * `/_next/static/…` the files under `static/`.
 */
export function buildOutputFetcher(distDir: string): (url: string) => Promise<Uint8Array> {
  return async (url) => {
    const { pathname } = new URL(url, 'http://floor.invalid');
    let file: string;
    if (pathname.startsWith('/_next/static/')) file = path.join(distDir, 'static', pathname.slice(14));
    else if (pathname === '/') file = path.join(distDir, 'server', 'app', 'index.html');
    else throw new Error(`the floor has no ${url}`);
    return readFileSync(decodeURIComponent(file));
  };
}

/** The floor's one page, weighed from its build. */
export function weighFloor(floorDir: string): Promise<PageWeight> {
  return weighPage('/', buildOutputFetcher(path.join(floorDir, '.next')));
}
