#!/usr/bin/env node
// `npm run dev`: Contentlayer's webpack plugin is inert under Turbopack, so its watcher runs beside
// `next dev`. Both are started in their own process group and stopped together.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

// Resolved like any import, so a copy of the site inside another checkout finds the parent's packages.
const require = createRequire(import.meta.url);
const bins = { contentlayer2: path.join(path.dirname(require.resolve('contentlayer2/package.json')), 'bin/cli.cjs'), next: path.join(path.dirname(require.resolve('next/package.json')), 'dist/bin/next') };
const run = (name, args, options) => spawn(process.execPath, [bins[name], ...args], options);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

// A first full generation so `next dev` starts with data; a broken note only logs here.
spawnSync(process.execPath, [bins.contentlayer2, 'build'], { stdio: 'inherit', env });

const children = [
  run('contentlayer2', ['dev'], { stdio: 'inherit', env, detached: true }),
  run('next', ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env, detached: true }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  process.exit(code);
}

for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0));
