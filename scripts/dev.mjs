#!/usr/bin/env node
// `npm run dev`: `next dev`, in its own process group, stopped with this script. Contentlayer does
// not run in dev: lib/content.ts reads the note files itself there (lib/content-dev.ts), and an open
// page refreshes when one changes (app/content-events). `npm run build` still uses Contentlayer.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

// Resolved like any import, so a copy of the site inside another checkout finds the parent's packages.
const require = createRequire(import.meta.url);
const next = path.join(path.dirname(require.resolve('next/package.json')), 'dist/bin/next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const children = [
  spawn(process.execPath, [next, 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env, detached: true }),
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
