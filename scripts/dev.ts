/**
 * `npm run dev`: `contentlayer2 dev` (it rebuilds the record of a saved note and rewrites its data)
 * beside `next dev`, each in its own process group, stopped with this script. The notes reach the
 * pages as in `npm run build`: through Contentlayer's data, which lib/content.ts reads again when it
 * changes, and an open page refreshes then (app/content-events).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { killGroup, sleep, spawnGroup } from './lib/proc';

// Resolved like any import, so a copy of the site inside another checkout finds the parent's packages.
const bin = (pkg: string, file: string) =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
// Contentlayer works in $PWD, which a parent that is not a shell may have left elsewhere; the pages
// read its data from process.cwd().
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PWD: process.cwd() };
const postIndex = path.join(process.cwd(), '.contentlayer/generated/Post/_index.json');

// `contentlayer2 dev` without the CLI's effect tracing (scripts/contentlayer.mjs).
const contentlayer = spawnGroup(process.execPath, [path.join(__dirname, 'contentlayer.mjs'), 'dev'], { env });
let server: ReturnType<typeof spawnGroup> | null = null;

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all([killGroup(contentlayer, 2000), server ? killGroup(server, 2000) : null]);
  process.exit(code);
}

contentlayer.on('exit', (code) => void stop(code || 1));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0));

// The first pages need data: wait for Contentlayer's first one (a session before this one may
// have left some, which is served until Contentlayer has brought it up to date).
async function startNext(): Promise<void> {
  while (!existsSync(postIndex) && !stopping) await sleep(200);
  if (stopping) return;
  server = spawnGroup(process.execPath, [bin('next', 'dist/bin/next'), 'dev', ...process.argv.slice(2)], {
    env,
  });
  server.on('exit', (code) => void stop(code ?? 0));
}

void startNext();
