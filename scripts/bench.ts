/**
 * `npm run bench`: build time, page weight, serving and Lighthouse of xiaoji against the
 * framework floor (a one-page Next app with no client components, built in the same run with the
 * same node_modules), and the dev loop. The build time budget is a fixed figure at 1,000 notes
 * (bench/budgets.ts; docs/performance.md cites the reference it comes from). Prints one markdown
 * table, writes bench/results.json and bench/results.md.
 * Everything is built in copies under bench/tmp/, never in the repository.
 *
 *   npm run bench                      N = 100 and 1,000 notes (N posts and a vault of N knowledge notes)
 *   npm run bench -- --notes 3000      adds N = 3,000 (also --notes 100,1000,3000 for an exact list)
 *   npm run bench -- --quick           N = 100 only, one Lighthouse run: for iterating
 *   --runs K        Lighthouse runs per page (median; default 3, quick 1)
 *   --skip-dev      no dev-loop measurement          --skip-lighthouse   no Lighthouse
 *   --no-vault      posts only, no generated vault beside them (figures comparable with older runs)
 *   --dev-only      only the dev loop, at the largest count ≤ 1,000: no floor, no build, no serving
 *   --edits K       measured edits in the dev loop (median; default 3, after one warm-up edit)
 *   --src DIR       benchmark the sources in DIR (another checkout) with this repository's node_modules
 *   --docs          also write the table into docs/performance.md between <!-- bench:start --> and <!-- bench:end -->
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BuildResult, timeBuild } from '../bench/lib/build';
import { type DevLoopResult, measureDevLoop } from '../bench/lib/dev-loop';
import { type LighthouseRun, runLighthouse, summarizeRuns } from '../bench/lib/lighthouse';
import { httpFetcher, weighPage } from '../bench/lib/page-weight';
import { pickPages } from '../bench/lib/pages';
import {
  type BenchResults,
  checkBudgets,
  describeMachine,
  LIGHTHOUSE_PAGES,
  type LighthousePage,
  type Machine,
  type PageFigures,
  pageFigures,
  renderTable,
  type SiteResult,
  type ThemeRuns,
} from '../bench/lib/report';
import { loadTest, startNext } from '../bench/lib/serve';
import {
  bin,
  findRepoRoot,
  floorEnv,
  frameworkVersions,
  makeFloorApp,
  makeSiteCopy,
  NOTES_DIR,
  siteEnv,
  tmpDir,
} from '../bench/lib/workspace';
import { generateNotes, generateVault } from './generate-notes';
import { freePort, killAll, killGroup } from './lib/proc';

interface Options {
  notes: number[];
  runs: number;
  dev: boolean;
  lighthouse: boolean;
  docs: boolean;
  src: string | null;
  /** Add a generated vault of as many knowledge notes to each site (default; `--no-vault` leaves it out). */
  vault: boolean;
  /** Only the dev loop (`--dev-only`): the site copy is made, never built, and no table is written. */
  devOnly: boolean;
  /** Measured edits in the dev loop. */
  edits: number;
}

function parseArgs(argv: string[]): Options {
  let notes = [100, 1000];
  let runs: number | undefined;
  let quick = false;
  const o = {
    dev: true,
    lighthouse: true,
    docs: false,
    src: null as string | null,
    vault: true,
    devOnly: false,
    edits: 3,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--quick') quick = true;
    else if (flag === '--notes') {
      const list = value().split(',').map(Number);
      if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--notes takes counts, e.g. 3000');
      notes = list.length === 1 ? [...new Set([...notes, ...list])] : list;
    } else if (flag === '--runs') runs = Number(value());
    else if (flag === '--skip-dev') o.dev = false;
    else if (flag === '--skip-lighthouse') o.lighthouse = false;
    else if (flag === '--docs') o.docs = true;
    else if (flag === '--no-vault') o.vault = false;
    else if (flag === '--src') o.src = path.resolve(value());
    else if (flag === '--dev-only') o.devOnly = true;
    else if (flag === '--edits') {
      o.edits = Number(value());
      if (!Number.isInteger(o.edits) || o.edits < 1) throw new Error('--edits takes a count, e.g. 5');
    } else throw new Error(`unknown option ${flag}`);
  }
  if (quick) notes = [100];
  return { notes: [...new Set(notes)].sort((a, b) => a - b), runs: runs ?? (quick ? 1 : 3), ...o };
}

const LOAD = { connections: 50, durationS: 10, warmupS: 3 };

function log(message: string): void {
  console.log(`bench: ${message}`);
}

function machine(repo: string): Machine {
  const v = frameworkVersions(repo);
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.versions.node,
    next: v.next,
    react: v.react,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function describeBuild(b: BuildResult): string {
  const split = b.content ? ` (content ${seconds(b.content.ms)}, next ${seconds(b.next.ms)})` : '';
  return `${seconds(b.wallMs)}${split}, peak ${(b.peakRssBytes / 1e9).toFixed(2)} GB, load ${b.load[0].toFixed(1)}`;
}

/**
 * Lighthouse of the floor and of each page, in both themes, their runs interleaved (floor, /, post,
 * tag, then again) so that the machine's load falls on all of them alike: issue 23's budgets compare
 * each page with the floor of the same run.
 */
async function lighthouseVsFloor(
  repo: string,
  origin: string,
  floorOrigin: string,
  paths: Record<LighthousePage, string>,
  runs: number,
): Promise<{ light: ThemeRuns; dark: ThemeRuns }> {
  const outDir = tmpDir(repo, 'lighthouse');
  const targets = [
    ['floor', `${floorOrigin}/`],
    ...LIGHTHOUSE_PAGES.map((page) => [page, `${origin}${paths[page]}`] as const),
  ] as const;
  const theme = async (name: 'light' | 'dark'): Promise<ThemeRuns> => {
    const collected = new Map<string, LighthouseRun[]>(targets.map(([key]) => [key, []]));
    for (let i = 1; i <= runs; i++) {
      for (const [key, url] of targets) {
        const run = await runLighthouse(repo, url, {
          dark: name === 'dark',
          outDir,
          label: `${key}-${name}-${i}`,
        });
        collected.get(key)?.push(run);
      }
    }
    const result = (key: string) => summarizeRuns(collected.get(key) ?? []);
    const out: ThemeRuns = {
      floor: result('floor'),
      home: result('home'),
      post: result('post'),
      tag: result('tag'),
    };
    for (const [key] of targets) {
      const r = out[key];
      log(
        `lighthouse ${key} ${name}: ${r.performance}/${r.accessibility}/${r.bestPractices}/${r.seo}, LCP ${r.lcp} ms, FCP ${r.fcp} ms, TBT ${r.tbt} ms (observed FCP ${r.observedFcp} ms, LCP ${r.observedLcp} ms)`,
      );
    }
    return out;
  };
  return { light: await theme('light'), dark: await theme('dark') };
}

async function benchFloor(repo: string, port: number) {
  const dir = makeFloorApp(repo, 'bench-floor');
  log('building the floor');
  const next = bin(repo, 'next');
  const build = await timeBuild(dir, [next, 'build'], floorEnv(), { logFile: path.join(dir, 'build.log') });
  log(`floor built in ${describeBuild(build)}`);
  const server = await startNext(next, dir, port, floorEnv(), path.join(dir, 'server.log'));
  try {
    const origin = `http://localhost:${port}`;
    const page: PageFigures = pageFigures(
      { key: 'home', path: '/' },
      await weighPage('/', httpFetcher(origin)),
    );
    const serving = await loadTest(`http://127.0.0.1:${port}/`, LOAD);
    log(`floor serves ${serving.rps} req/s, p99 ${serving.p99} ms`);
    return { dir, build, page, serving };
  } finally {
    await killGroup(server);
  }
}

async function benchSite(
  repo: string,
  notes: number,
  port: number,
  o: Options,
  full: boolean,
  floorDir: string,
): Promise<SiteResult> {
  log(`${notes} notes: copying the site and generating notes`);
  const vault = o.vault ? notes : 0;
  const dir = makeSiteCopy(repo, `site-${notes}`, notes, o.src ?? repo, vault);
  const origin = `http://localhost:${port}`;
  const env = siteEnv(repo, origin);
  const build = await timeBuild(dir, ['npm', 'run', 'build'], env, { logFile: path.join(dir, 'build.log') });
  // The site holds `notes` posts and a vault of `vault` knowledge notes (bench/lib/workspace.ts).
  const perDocument = build.wallMs / (notes + vault);
  log(
    `${notes} posts + ${vault} vault notes built in ${describeBuild(build)}; ${perDocument.toFixed(0)} ms per document`,
  );
  const generated = generateNotes(notes);
  const vaultNotes = vault > 0 ? generateVault(vault) : [];
  const pages = pickPages(generated, undefined, vaultNotes[Math.floor((vaultNotes.length - 1) / 2)]?.path);
  const result: SiteResult = { notes, build, pages: {} as SiteResult['pages'] };
  const server = await startNext(bin(repo, 'next'), dir, port, env, path.join(dir, 'server.log'));
  const pathOf = (key: string) => pages.find((p) => p.key === key)?.path ?? '/';
  const post = pathOf('post');
  try {
    for (const page of pages)
      result.pages[page.key] = pageFigures(page, await weighPage(page.path, httpFetcher(origin)));
    if (full) {
      result.serving = await loadTest(`http://127.0.0.1:${port}${post}`, LOAD);
      log(`${notes} notes: post serves ${result.serving.rps} req/s, p99 ${result.serving.p99} ms`);
      if (o.lighthouse) {
        const floorPort = await freePort();
        const floor = await startNext(
          bin(repo, 'next'),
          floorDir,
          floorPort,
          floorEnv(),
          path.join(floorDir, 'server-lighthouse.log'),
        );
        try {
          result.lighthouse = await lighthouseVsFloor(
            repo,
            origin,
            `http://localhost:${floorPort}`,
            { home: '/', post, tag: pathOf('tag') },
            o.runs,
          );
        } finally {
          await killGroup(floor);
        }
      }
    }
  } finally {
    await killGroup(server);
  }
  if (full && o.dev) result.devLoop = await benchDevLoop(repo, dir, notes, port, env, o, post);
  return result;
}

/** The dev loop in the site copy `dir`: the middle generated post is edited while its page is open. */
async function benchDevLoop(
  repo: string,
  dir: string,
  notes: number,
  port: number,
  env: NodeJS.ProcessEnv,
  o: Options,
  post: string,
): Promise<DevLoopResult> {
  log(`${notes} notes: dev loop, ${o.edits} edits after a warm-up, load ${loadAverage()}`);
  const generated = generateNotes(notes);
  const middle = generated[Math.floor((generated.length - 1) / 2)];
  if (!middle) throw new Error('no note to edit');
  const result = await measureDevLoop({
    repo,
    dir,
    env,
    port,
    noteFile: path.join(NOTES_DIR, 'posts', middle.fileName),
    pagePath: post,
    edits: o.edits,
    logFile: path.join(dir, 'dev.log'),
  });
  log(`dev loop: ${JSON.stringify(result)}; load ${loadAverage()}`);
  return result;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** `--dev-only`: a fresh site copy (not built: `npm run dev` makes its own data) and its dev loop. */
async function benchDevOnly(repo: string, notes: number, port: number, o: Options): Promise<void> {
  log(`${notes} notes: copying the site and generating notes`);
  const vault = o.vault ? notes : 0;
  // A folder of its own per source: two runs (before and after a change) can share the machine's
  // load at the same time, which on a busy machine is the only fair comparison.
  const name = `dev-${notes}${o.src ? `-${path.basename(o.src)}` : ''}`;
  const dir = makeSiteCopy(repo, name, notes, o.src ?? repo, vault);
  const pages = pickPages(generateNotes(notes));
  const post = pages.find((p) => p.key === 'post')?.path ?? '/';
  const result = await benchDevLoop(
    repo,
    dir,
    notes,
    port,
    siteEnv(repo, `http://localhost:${port}`),
    o,
    post,
  );
  const ms = result.medianMs;
  console.log(
    `\ndev: save a note → shown, ${notes} posts + ${vault} vault notes: median ${ms === null ? 'never' : seconds(ms)} of ${result.editsMs.join(', ')} ms; Contentlayer's data written after ${result.dataWrittenMs?.join(', ')} ms; CPU per edit ${result.cpuMs?.join(', ')} ms`,
  );
}

function writeDocs(repo: string, block: string): void {
  const file = path.join(repo, 'docs', 'performance.md');
  const text = readFileSync(file, 'utf8');
  const re = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;
  if (!re.test(text))
    throw new Error('docs/performance.md has no <!-- bench:start --> … <!-- bench:end --> block');
  writeFileSync(
    file,
    text.replace(re, (_m, a: string, b: string) => `${a}${block}\n${b}`),
  );
  log('docs/performance.md updated');
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const repo = findRepoRoot();
  const t0 = performance.now();
  mkdirSync(tmpDir(repo, ''), { recursive: true });
  rmSync(tmpDir(repo, 'lighthouse'), { recursive: true, force: true });
  // Measured in full (serving, Lighthouse, dev loop) at 1,000 notes, or the largest count below.
  const fullAt = [...o.notes].reverse().find((n) => n <= 1000) ?? (o.notes[0] as number);
  const port = await freePort();
  log(`notes ${o.notes.join(', ')}; full measurements at ${fullAt}; port ${port}`);

  if (o.devOnly) {
    await benchDevOnly(repo, fullAt, port, o);
    return;
  }
  const { dir: floorDir, ...floor } = await benchFloor(repo, port);
  const sites: SiteResult[] = [];
  for (const n of o.notes) sites.push(await benchSite(repo, n, port, o, n === fullAt, floorDir));

  const partial: Omit<BenchResults, 'budgets'> = {
    date: new Date().toISOString(),
    machine: machine(repo),
    options: {
      notes: o.notes,
      lighthouseRuns: o.lighthouse ? o.runs : 0,
      loadSeconds: LOAD.durationS,
      connections: LOAD.connections,
    },
    floor,
    sites,
  };
  const results: BenchResults = { ...partial, budgets: checkBudgets(partial) };
  const table = renderTable(results);
  const block = `${describeMachine(results)}\n\n${table}\n`;
  writeFileSync(path.join(repo, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(repo, 'bench', 'results.md'), block);
  if (o.docs) writeDocs(repo, block);

  console.log(`\n${block}`);
  const missed = results.budgets.filter((b) => b.met === false);
  for (const b of missed) console.log(`missed: ${b.name}: ${b.actual} (goal ${b.target})`);
  for (const site of sites) {
    for (const [theme, runs] of Object.entries(site.lighthouse ?? {})) {
      for (const [page, r] of Object.entries(runs)) {
        if (r.failing.length)
          console.log(`lighthouse ${page} ${theme} lost points on: ${r.failing.join('; ')}`);
      }
    }
  }
  log(`done in ${seconds(performance.now() - t0)}; results in bench/results.json and bench/results.md`);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal}, stopping servers and builds…`);
    killAll().finally(() => process.exit(130));
  });
}

main().catch(async (err) => {
  console.error(`bench: ${err instanceof Error ? err.message : err}`);
  await killAll();
  process.exit(1);
});
