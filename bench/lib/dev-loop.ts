/**
 * The dev loop: `npm run dev` (scripts/dev.ts) in a site copy, the post open in Chromium, then the note file is saved with a new paragraph and we time
 * until the open page shows it, without any reload from our side (HMR / router refresh only).
 */
import { existsSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../../scripts/chromium';
import { killGroup, processTree, sleep, spawnGroup, waitForHttp } from '../../scripts/lib/proc';
import { CHROME_PATH } from './lighthouse';

export interface DevLoopResult {
  /** From starting `npm run dev` to the post's first answer (includes its first compile). */
  startupMs: number;
  /** The first edit, not counted in the median (first recompile of the note's module graph). */
  warmupEditMs: number | null;
  /** Each measured edit, save → visible, in ms; null where the text never showed within the timeout. */
  editsMs: (number | null)[];
  medianMs: number | null;
  /**
   * Of each measured edit, save → `contentlayer2 dev` has written the note's index file (its time
   * stamp): Contentlayer's share; the rest is the server reading it and the page refreshing.
   */
  dataWrittenMs?: (number | null)[];
  /**
   * CPU time the dev processes (Contentlayer, Next) used for each measured edit, from the save to
   * the next one: less sensitive than wall time to what else the machine runs.
   */
  cpuMs?: number[];
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

export async function measureDevLoop(options: {
  /** The repository, whose node_modules the copy borrows. */
  repo: string;
  dir: string;
  env: NodeJS.ProcessEnv;
  port: number;
  /** The note's file, relative to `dir`. */
  noteFile: string;
  /** The note's page path, e.g. `/posts/gen-0500`. */
  pagePath: string;
  edits: number;
  logFile: string;
  timeoutMs?: number;
}): Promise<DevLoopResult> {
  const origin = `http://localhost:${options.port}`;
  const notePath = path.join(options.dir, options.noteFile);
  const original = readFileSync(notePath, 'utf8');
  const timeout = options.timeoutMs ?? 120_000;
  // Much older sources (`--src`, scripts/dev.mjs) ran `contentlayer2 dev` with a config that needed
  // a node_modules folder inside the project: without one it took every note edit for a config
  // change and regenerated nothing. The link exists only while dev runs, and only for those sources,
  // as Tailwind follows it and scans all of node_modules (so dev CSS is larger than in a real
  // checkout). Today's scripts/dev.ts runs `contentlayer2 dev` too, and regenerates a saved note
  // without the link.
  const link = path.join(options.dir, 'node_modules');
  // Sources from before scripts/ moved to TypeScript (`--src`) have scripts/dev.mjs.
  const devTs = existsSync(path.join(options.dir, 'scripts/dev.ts'));
  const devScript = devTs ? 'scripts/dev.ts' : 'scripts/dev.mjs';
  const needsLink =
    !devTs && readFileSync(path.join(options.dir, devScript), 'utf8').includes('contentlayer2');
  rmSync(link, { force: true });
  if (needsLink) symlinkSync(path.relative(options.dir, path.join(options.repo, 'node_modules')), link);
  const t0 = performance.now();
  const [cmd, ...args] = devTs
    ? [path.join(options.repo, 'node_modules/.bin/tsx'), devScript]
    : ['node', devScript];
  const server = spawnGroup(cmd as string, [...args, '-p', String(options.port)], {
    cwd: options.dir,
    env: options.env,
    logFile: options.logFile,
  });
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM.args });
  try {
    await waitForHttp(`${origin}${options.pagePath}`, server, 900_000);
    const startupMs = Math.round(performance.now() - t0);
    const page = await browser.newPage();
    await page.goto(`${origin}${options.pagePath}`, { waitUntil: 'load', timeout: 300_000 });
    // Let hydration finish and the HMR socket connect.
    await page.locator('h1').first().waitFor();
    await sleep(3000);

    const times: (number | null)[] = [];
    const written: (number | null)[] = [];
    // The edited note's type is its first folder (posts/ → Post, notes/ → Note).
    const type = options.noteFile.split(path.sep).includes('posts') ? 'Post' : 'Note';
    const index = path.join(options.dir, '.contentlayer/generated', type, '_index.json');
    const cpu: number[] = [];
    const treeCpu = () => processTree(server.pid as number).reduce((sum, p) => sum + p.cpuMs, 0);
    for (let i = 0; i <= options.edits; i++) {
      const cpuBefore = treeCpu();
      const marker = `bench-edit-${i}-${Date.now().toString(36)}`;
      const started = performance.now();
      const savedAt = Date.now();
      writeFileSync(notePath, `${original.trimEnd()}\n\n${marker}\n`);
      try {
        // innerText, not textContent: the paragraph must be rendered, not just in the DOM.
        // biome-ignore lint/performance/useDomNodeTextContent: visibility is what we measure.
        await page.waitForFunction((m) => document.body.innerText.includes(m), marker, {
          polling: 'raf',
          timeout,
        });
        times.push(Math.round(performance.now() - started));
      } catch {
        times.push(null);
      }
      const indexMs = existsSync(index) ? statSync(index).mtimeMs - savedAt : -1;
      written.push(indexMs >= 0 ? Math.round(indexMs) : null);
      await sleep(1500);
      cpu.push(treeCpu() - cpuBefore);
    }
    const [warmup, ...measured] = times;
    return {
      startupMs,
      warmupEditMs: warmup ?? null,
      editsMs: measured,
      medianMs: median(measured.filter((t): t is number => t !== null)),
      dataWrittenMs: written.slice(1),
      cpuMs: cpu.slice(1),
    };
  } finally {
    writeFileSync(notePath, original);
    await browser.close();
    await killGroup(server);
    rmSync(link, { force: true });
  }
}
