#!/usr/bin/env node
// `npm run dev`: Contentlayer's webpack plugin is inert under Turbopack, so its watcher runs beside
// `next dev`. Both are started in their own process group and stopped together.
import { spawn, spawnSync } from 'node:child_process';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

// A first full generation so `next dev` starts with data; a broken note only logs here.
spawnSync(bin('contentlayer2'), ['build'], { stdio: 'inherit', env });

const children = [
  spawn(bin('contentlayer2'), ['dev'], { stdio: 'inherit', env, detached: true }),
  spawn(bin('next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env, detached: true }),
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
