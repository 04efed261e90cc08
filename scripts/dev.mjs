#!/usr/bin/env node
// `npm run dev`: `next dev`, in its own process group, stopped with this script. Contentlayer does
// not run in dev: lib/content.ts reads the note files itself there (lib/content-dev.ts), and an open
// page refreshes when one changes (app/content-events). `npm run build` still uses Contentlayer.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

// Resolved like any import, so a copy of the site inside another checkout finds the parent's packages.
const require = createRequire(import.meta.url);
const next = path.join(path.dirname(require.resolve('next/package.json')), 'dist/bin/next');
// Note records shared by next dev's processes (lib/content-dev.ts); removed when dev stops.
const cacheFile = path.join(os.tmpdir(), `xiaoji-dev-notes-${process.pid}.json`);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', XIAOJI_DEV_CACHE: cacheFile };

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
  rmSync(cacheFile, { force: true });
  process.exit(code);
}

for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0));
