/**
 * `npm run dev`: `next dev`, in its own process group, stopped with this script. Contentlayer does
 * not run in dev: lib/content.ts reads the note files itself there (lib/content-dev.ts), and an open
 * page refreshes when one changes (app/content-events). `npm run build` still uses Contentlayer.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { killGroup, spawnGroup } from './lib/proc';

// Resolved like any import, so a copy of the site inside another checkout finds the parent's packages.
const next = path.join(path.dirname(require.resolve('next/package.json')), 'dist/bin/next');
// Note records shared by next dev's processes (lib/content-dev.ts); removed when dev stops.
const cacheFile = path.join(os.tmpdir(), `xiaoji-dev-notes-${process.pid}.json`);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', XIAOJI_DEV_CACHE: cacheFile };

const server = spawnGroup(process.execPath, [next, 'dev', ...process.argv.slice(2)], { env });

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await killGroup(server, 2000);
  rmSync(cacheFile, { force: true });
  process.exit(code);
}

server.on('exit', (code) => void stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0));
