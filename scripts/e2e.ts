/**
 * End-to-end driver (`npm run test:e2e`):
 *
 *  1. writes the fixture notes folder `.e2e/fixture/` (seed note copied byte for byte, 25 generated
 *     notes, the hand-written notes and pages from `e2e/fixtures/`);
 *  2. builds the site variants ONE AFTER ANOTHER (`.contentlayer/` is shared), each into its own
 *     dist dir: "seed" = `content/`, giscus off; "fixture" = `.e2e/fixture/`, giscus on;
 *  3. starts each with `next start` in its own process group (setsid) and waits until it answers;
 *  4. runs `playwright test --reporter=list` with the base URLs in SEED_URL / FIXTURE_URL / CHIRPY_URL;
 *  5. crawls every running site (scripts/crawl.ts: links, anchors, html-validate, one h1, duplicate
 *     ids, axe in both themes, console errors and CSP), including "generated" = 200 generated notes;
 *  6. runs the load check (scripts/load.ts) against the "generated" server;
 *  7. always stops the servers (process-group kill), also on failure, SIGINT and SIGTERM.
 *
 * "imported": a copy of the site with the fixture Chirpy
 * site imported by `npm run import` (scripts/imported-site.ts), built and served from its folder.
 *
 * "english": the site with its interface in English (XIAOJI_LOCALE=en), built from a few fixture
 * posts that carry every reading feature (series, licence, 简/繁) and e2e/fixtures/english/ (a figure,
 * long code, a diagram), for e2e/*.english.spec.ts and the crawl.
 *
 * "export": the chirpy notes built as a static export under the base path `/blog`
 * (XIAOJI_OUTPUT=export, docs/deploying.md) into `out/`, served by a plain static file server that
 * answers as GitHub Pages does (scripts/static-server.ts), then crawled and tested like the others.
 *
 * Options: `--only seed|fixture|chirpy|generated|imported|export|english` (one variant, its projects only), `--skip-build`
 * (reuse the dist dirs of an earlier run: only for iterating on tests), `--no-crawl`, `--no-load`,
 * `--no-playwright`, `--write-only` (write the chosen variants' content folders and stop: for
 * scripts/vercel-check.ts, which builds the fixture site with Vercel's builder);
 * anything after `--` goes to playwright.
 * Ports: E2E_SEED_PORT (4311), E2E_FIXTURE_PORT (4312), E2E_CHIRPY_PORT (4313), E2E_GENERATED_PORT (4314),
 * E2E_IMPORTED_PORT (4315), E2E_EXPORT_PORT (4316), E2E_ENGLISH_PORT (4317).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { killGroup, portFree, spawnGroup, tail, waitExit, waitForHttp } from './lib/proc';

const root = path.resolve(__dirname, '..');
process.chdir(root);

const work = path.join(root, '.e2e');
const logs = path.join(work, 'logs');
const fixtureDir = path.join(work, 'fixture');
const chirpyDir = path.join(work, 'chirpy');
const generatedDir = path.join(work, 'generated');
const englishDir = path.join(work, 'english');
// scripts/site-build.ts's copies live there (git-ignored; Turbopack resolves from the checkout's node_modules).
const importedDir = path.join(root, 'bench/tmp/safety/imported');
// The export variant's dist dir: with a dist dir other than `.next`, `next build` writes the static
// export there (lib/static-export.ts exportDir); the static server serves it under EXPORT_BASE.
const EXPORT_DIST = '.next-e2e-export';
const exportDir = path.join(root, EXPORT_DIST);
const EXPORT_BASE = '/blog';
const jsonReport = path.join(work, 'results.json');
const seedNote = path.join(root, 'content/posts/2025-11-28-zhihu-notes-1.md');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

const GISCUS = {
  NEXT_PUBLIC_GISCUS_REPO: 'xiaoji-test/comments',
  NEXT_PUBLIC_GISCUS_REPO_ID: 'R_test123',
  NEXT_PUBLIC_GISCUS_CATEGORY: 'Announcements',
  NEXT_PUBLIC_GISCUS_CATEGORY_ID: 'DIC_test456',
};

// ---------------------------------------------------------------------------------------------
// Arguments

const argv = process.argv.slice(2);
const dashdash = argv.indexOf('--');
const own = dashdash === -1 ? argv : argv.slice(0, dashdash);
const playwrightArgs = dashdash === -1 ? [] : argv.slice(dashdash + 1);
let only: string | null = null;
let skipBuild = false;
let crawl = true;
let load = true;
let playwright = true;
let writeOnly = false;
for (let i = 0; i < own.length; i++) {
  const a = own[i] as string;
  if (a === '--skip-build') skipBuild = true;
  else if (a === '--no-crawl') crawl = false;
  else if (a === '--no-load') load = false;
  else if (a === '--no-playwright') playwright = false;
  else if (a === '--write-only') writeOnly = true;
  else if (a === '--only') only = own[++i] ?? null;
  else if (a.startsWith('--only=')) only = a.slice('--only='.length);
  else {
    console.error(`e2e: unknown option ${a} (playwright options go after --)`);
    process.exit(2);
  }
}
if (only && !['seed', 'fixture', 'chirpy', 'generated', 'imported', 'export', 'english'].includes(only)) {
  console.error('e2e: --only must be seed, fixture, chirpy, generated, imported, export or english');
  process.exit(2);
}

interface Variant {
  name: 'seed' | 'fixture' | 'chirpy' | 'generated' | 'imported' | 'export' | 'english';
  /** The folder the site is built and served from (default: the checkout). */
  cwd?: string;
  port: number;
  contentDir: string;
  distDir: string;
  giscus: boolean;
  extraEnv?: Record<string, string>;
  /** A static export: served from `out/` by scripts/static-server.ts under this base path. */
  staticBase?: string;
  projects: string[];
  /** The server's process group, once started. */
  pgid?: number;
}

const allVariants: Variant[] = [
  {
    name: 'seed',
    port: Number(process.env.E2E_SEED_PORT || 4311),
    contentDir: 'content',
    distDir: '.next-e2e-seed',
    giscus: false,
    projects: ['seed', 'phone'],
  },
  {
    name: 'fixture',
    port: Number(process.env.E2E_FIXTURE_PORT || 4312),
    contentDir: path.relative(root, fixtureDir),
    distDir: '.next-e2e-fixture',
    giscus: true,
    // Build and serve far from the site's zone: dates must still come out in Asia/Shanghai.
    extraEnv: { TZ: 'Pacific/Kiritimati' },
    projects: ['fixture', 'fixture-phone'],
  },
  {
    // Chirpy's four demo posts plus notes covering each Chirpy/Jekyll feature.
    name: 'chirpy',
    port: Number(process.env.E2E_CHIRPY_PORT || 4313),
    contentDir: path.relative(root, chirpyDir),
    distDir: '.next-e2e-chirpy',
    // On: e2e/chirpy.urls.spec.ts checks the term giscus sends for a migrated post.
    giscus: true,
    // The site macros a Chirpy blog had in its MathJax configuration (e2e/chirpy.math.spec.ts).
    extraEnv: { XIAOJI_MATH_MACROS: JSON.stringify({ '\\RR': '\\mathbb{R}', '\\e': '\\mathrm{e}' }) },
    projects: ['chirpy'],
  },
  {
    // 200 generated notes, comments on: for the whole-site crawl only (no Playwright project).
    name: 'generated',
    port: Number(process.env.E2E_GENERATED_PORT || 4314),
    contentDir: path.relative(root, generatedDir),
    distDir: '.next-e2e-generated',
    giscus: true,
    projects: [],
  },
  {
    // The fixture Chirpy site imported by `npm run import` into a copy of the site (its own
    // settings file, notes and assets; scripts/imported-site.ts), built and served from that copy.
    name: 'imported',
    port: Number(process.env.E2E_IMPORTED_PORT || 4315),
    cwd: importedDir,
    contentDir: path.join(importedDir, 'content'),
    distDir: '.next-e2e-imported',
    giscus: false,
    projects: ['imported'],
  },
  {
    // The chirpy notes as a static export for a GitHub Pages project site (`user.github.io/blog`).
    name: 'export',
    port: Number(process.env.E2E_EXPORT_PORT || 4316),
    contentDir: path.relative(root, chirpyDir),
    distDir: EXPORT_DIST,
    giscus: true,
    extraEnv: {
      XIAOJI_OUTPUT: 'export',
      XIAOJI_BASE_PATH: EXPORT_BASE,
      XIAOJI_MATH_MACROS: JSON.stringify({ '\\RR': '\\mathbb{R}', '\\e': '\\mathrm{e}' }),
    },
    staticBase: EXPORT_BASE,
    projects: ['export'],
  },
  {
    // The interface in English. A small site of its own rather than the fixture's 80 pages in
    // English: each reading feature needs one page, and CI pays for this build and its crawl.
    name: 'english',
    port: Number(process.env.E2E_ENGLISH_PORT || 4317),
    contentDir: path.relative(root, englishDir),
    distDir: '.next-e2e-english',
    giscus: false,
    extraEnv: { XIAOJI_LOCALE: 'en' },
    projects: ['english'],
  },
];
const variants = allVariants.filter((v) => !only || v.name === only);

function variantEnv(v: Variant): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  for (const k of [
    ...Object.keys(GISCUS),
    'XIAOJI_LOCALE',
    'XIAOJI_SHOW_DRAFTS',
    'NODE_ENV',
    'XIAOJI_OUTPUT',
    'XIAOJI_BASE_PATH',
  ])
    delete env[k];
  Object.assign(env, {
    XIAOJI_CONTENT_DIR: v.contentDir,
    XIAOJI_DIST_DIR: v.distDir,
    SITE_URL: `http://localhost:${v.port}`,
  });
  if (v.giscus) Object.assign(env, GISCUS);
  // A copy inside the checkout: Contentlayer reads $PWD, Turbopack resolves from the checkout.
  if (v.cwd) Object.assign(env, { PWD: v.cwd, XIAOJI_WORKSPACE_ROOT: root });
  Object.assign(env, v.extraEnv ?? {});
  return env;
}

// ---------------------------------------------------------------------------------------------
// Process bookkeeping (scripts/lib/proc.ts): every long-running child is a process-group leader;
// all are killed on exit.

/** The servers still running. */
const groups = new Set<ChildProcess>();

async function stopAll(): Promise<void> {
  await stopGroups([...groups]);
}

/** Stops these children's process groups: SIGTERM, up to 5 s, then SIGKILL. */
async function stopGroups(children: ChildProcess[]): Promise<void> {
  await Promise.all(children.map((c) => killGroup(c)));
  for (const c of children) groups.delete(c);
}

/** Files to put back if a signal arrives during a build. */
let pendingRestore: Map<string, Buffer | null> | null = null;
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    console.error(`\ne2e: ${sig}, stopping servers…`);
    stopAll().finally(() => {
      if (pendingRestore) restoreFiles(pendingRestore);
      process.exit(130);
    });
  });
}

/** Runs `cmd` in its own process group, output to `logFile`; resolves with the exit code. */
async function runLogged(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<number> {
  rmSync(logFile, { force: true });
  const child = spawnGroup(cmd, args, { env, logFile });
  groups.add(child);
  try {
    return await waitExit(child);
  } finally {
    groups.delete(child);
  }
}

const seconds = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// Steps

function writeChirpy() {
  rmSync(chirpyDir, { recursive: true, force: true });
  const posts = path.join(chirpyDir, 'posts');
  mkdirSync(posts, { recursive: true });
  for (const sub of ['chirpy-demo', 'chirpy-extra']) {
    const from = path.join(root, 'e2e/fixtures', sub);
    for (const f of readdirSync(from)) {
      if (/^\d{4}-\d{2}-\d{2}-.*\.md$/.test(f)) copyFileSync(path.join(from, f), path.join(posts, f));
    }
  }
}

function writeGenerated() {
  rmSync(generatedDir, { recursive: true, force: true });
  const gen = spawnSync(bin('tsx'), ['scripts/generate-notes.ts', '--count', '200', '--out', generatedDir], {
    stdio: 'inherit',
  });
  if (gen.status !== 0) throw new Error('generating the 200 notes failed');
}

function writeFixture() {
  rmSync(fixtureDir, { recursive: true, force: true });
  mkdirSync(path.join(fixtureDir, 'posts'), { recursive: true });
  copyFileSync(seedNote, path.join(fixtureDir, 'posts', path.basename(seedNote)));
  const gen = spawnSync(bin('tsx'), ['scripts/generate-notes.ts', '--count', '25', '--out', fixtureDir], {
    stdio: 'inherit',
  });
  if (gen.status !== 0) throw new Error('generating the fixture notes failed');
  // A note saved on Windows: CRLF line endings are accepted like LF (written here, so git cannot
  // normalise them away).
  writeFileSync(
    path.join(fixtureDir, 'posts', '2024-05-20-windows-note.md'),
    [
      '---',
      'title: "在 Windows 上写的小记"',
      'date: 2024-05-20 21:00:00 +0800',
      'categories: [随笔]',
      'tags: [windows, 测试]',
      'description: "这篇小记的每一行都以 CRLF 结尾。"',
      '---',
      '',
      '这篇小记用 Windows 的换行符（CRLF）保存，应当和其他小记一样出现在站点上。',
      '',
      '## 换行符',
      '',
      '- 第一项',
      '- 第二项',
      '',
    ].join('\r\n'),
  );
  for (const sub of ['posts', 'pages']) {
    const from = path.join(root, 'e2e/fixtures', sub);
    if (!existsSync(from)) continue;
    mkdirSync(path.join(fixtureDir, sub), { recursive: true });
    for (const f of readdirSync(from)) copyFileSync(path.join(from, f), path.join(fixtureDir, sub, f));
  }
  // The knowledge-notes vault, copied as a writer copies theirs: every folder, `.obsidian/` included.
  cpSync(path.join(root, 'e2e/fixtures/vault'), path.join(fixtureDir, 'notes'), { recursive: true });
}

/** The posts of the fixture that carry the reading features, and the English-written ones. */
const ENGLISH_FROM_FIXTURE = [
  // Also tagged 测试, as the hidden zh-convert post is: that tag's page has a post to list.
  '2024-06-01-quiet-note.md',
  '2024-08-01-own-license.md',
  '2024-08-01-zh-convert.md',
  '2024-08-02-no-license.md',
  '2024-08-10-series-first-note.md',
  '2024-08-01-series-setup.md',
  '2024-08-20-series-preface.md',
];
function writeEnglish() {
  rmSync(englishDir, { recursive: true, force: true });
  const posts = path.join(englishDir, 'posts');
  mkdirSync(posts, { recursive: true });
  for (const f of ENGLISH_FROM_FIXTURE)
    copyFileSync(path.join(root, 'e2e/fixtures/posts', f), path.join(posts, f));
  const own = path.join(root, 'e2e/fixtures/english');
  for (const f of readdirSync(own)) copyFileSync(path.join(own, f), path.join(posts, f));
}

/**
 * `next build` with a distDir other than `.next` adds `<distDir>/types/**` to tsconfig.json and
 * points next-env.d.ts at it. The e2e builds must leave the work tree as they found it.
 */
const touchedByNext = ['tsconfig.json', 'next-env.d.ts'];
function snapshotFiles(): Map<string, Buffer | null> {
  return new Map(touchedByNext.map((f) => [f, existsSync(f) ? readFileSync(f) : null]));
}
function restoreFiles(snapshot: Map<string, Buffer | null>): void {
  for (const [f, content] of snapshot) {
    if (content === null) rmSync(f, { force: true });
    else if (!existsSync(f) || !readFileSync(f).equals(content)) writeFileSync(f, content);
  }
}

async function build(v: Variant): Promise<void> {
  const t0 = Date.now();
  const log = path.join(logs, `build-${v.name}.log`);
  console.log(
    `e2e: building "${v.name}" (content ${v.contentDir} → ${v.distDir}), log ${path.relative(root, log)}`,
  );
  const code = v.cwd
    ? await runLogged(
        bin('tsx'),
        ['scripts/imported-site.ts', '--port', String(v.port), '--dist', v.distDir],
        { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
        log,
      )
    : await runLogged('npm', ['run', 'build'], variantEnv(v), log);
  if (code !== 0) {
    console.error(tail(log, 80));
    throw new Error(`build of "${v.name}" failed (exit ${code})`);
  }
  console.log(`e2e: built "${v.name}" in ${seconds(t0)}`);
}

async function start(v: Variant): Promise<void> {
  if (!(await portFree(v.port)))
    throw new Error(`port ${v.port} is busy (set E2E_${v.name.toUpperCase()}_PORT)`);
  const log = path.join(logs, `server-${v.name}.log`);
  rmSync(log, { force: true });
  const [cmd, args] =
    v.staticBase === undefined
      ? [bin('next'), ['start', '-p', String(v.port)]]
      : [
          bin('tsx'),
          ['scripts/static-server.ts', '--dir', exportDir, '--base', v.staticBase, '--port', String(v.port)],
        ];
  const child = spawnGroup(cmd, args, { cwd: v.cwd ?? root, env: variantEnv(v), logFile: log });
  groups.add(child);
  v.pgid = child.pid;
  try {
    await waitForHttp(`http://127.0.0.1:${v.port}${v.staticBase ?? ''}/`, child, 60_000);
  } catch (error) {
    console.error(tail(log, 60));
    throw new Error(`server "${v.name}": ${error instanceof Error ? error.message : error}`);
  }
  console.log(`e2e: "${v.name}" up at http://localhost:${v.port} (pid group ${child.pid})`);
}

/** The load check (60 s at 100 connections, then 1,000 unknown URLs) against the 200-note server. */
function runLoad(v: Variant): Promise<number> {
  const args = ['scripts/load.ts', '--origin', `http://localhost:${v.port}`, '--pgid', String(v.pgid)];
  console.log(`e2e: tsx ${args.join(' ')}`);
  return new Promise<number>((resolve, reject) => {
    const child = spawn(bin('tsx'), args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** The whole-site crawl over every running variant (one Chromium for all). */
function runCrawl(ready: Variant[]): Promise<number> {
  const args = [
    'scripts/crawl.ts',
    ...ready.flatMap((v) => ['--site', `${v.name}=http://localhost:${v.port}${v.staticBase ?? ''}`]),
  ];
  console.log(`e2e: tsx ${args.join(' ')}`);
  return new Promise<number>((resolve, reject) => {
    const child = spawn(bin('tsx'), args, {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function runPlaywright(ready: Variant[]): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    E2E_FIXTURE_DIR: fixtureDir,
    PLAYWRIGHT_JSON_OUTPUT_NAME: jsonReport,
  };
  // A static export's URL names its base path too (EXPORT_URL=http://localhost:4316/blog).
  for (const v of ready)
    env[`${v.name.toUpperCase()}_URL`] = `http://localhost:${v.port}${v.staticBase ?? ''}`;
  const projects = ready.flatMap((v) => v.projects.map((p) => `--project=${p}`));
  const args = ['test', '--reporter=list,json', ...projects, ...playwrightArgs];
  console.log(`e2e: playwright ${args.join(' ')}`);
  return new Promise<number>((resolve, reject) => {
    const child = spawn(bin('playwright'), args, { env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Playwright's JSON report (written next to the list output) → counts for the closing line. */
function readCounts(): { passed: number; failed: number; skipped: number } | null {
  try {
    const { stats } = JSON.parse(readFileSync(jsonReport, 'utf8')) as {
      stats: { expected: number; flaky: number; unexpected: number; skipped: number };
    };
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
  } catch {
    return null;
  }
}

async function main() {
  const t0 = Date.now();
  mkdirSync(logs, { recursive: true });
  rmSync(jsonReport, { force: true });
  let code = 0;
  let crawlCode = 0;
  let loadCode = 0;
  const broken: string[] = [];
  try {
    if (variants.some((v) => v.name === 'fixture')) writeFixture();
    if (variants.some((v) => v.name === 'chirpy' || v.name === 'export')) writeChirpy();
    if (variants.some((v) => v.name === 'generated')) writeGenerated();
    if (variants.some((v) => v.name === 'english')) writeEnglish();
    if (writeOnly) process.exit(0);
    let ready = variants;
    if (!skipBuild) {
      pendingRestore = snapshotFiles();
      try {
        for (const v of variants) {
          // A variant that does not build is a failure, but the other variant is still tested.
          try {
            await build(v);
          } catch (err) {
            console.error(`e2e: ${err instanceof Error ? err.message : err}`);
            broken.push(v.name);
          }
        }
      } finally {
        restoreFiles(pendingRestore);
        pendingRestore = null;
      }
      ready = variants.filter((v) => !broken.includes(v.name));
    } else {
      for (const v of variants) {
        const built = v.staticBase === undefined ? path.join(v.cwd ?? root, v.distDir) : exportDir;
        if (!existsSync(built)) throw new Error(`${built} missing: run without --skip-build`);
      }
    }
    if (ready.length > 0) {
      const ts = Date.now();
      for (const v of ready) await start(v);
      console.log(`e2e: servers up in ${seconds(ts)}`);
      const withTests = ready.filter((v) => v.projects.length > 0);
      if (playwright && withTests.length > 0) {
        const tp = Date.now();
        code = await runPlaywright(withTests);
        console.log(`e2e: playwright finished in ${seconds(tp)} (exit ${code})`);
      }
      if (crawl) {
        const tc = Date.now();
        crawlCode = await runCrawl(ready);
        console.log(`e2e: crawl finished in ${seconds(tc)} (exit ${crawlCode})`);
      }
      const generated = ready.find((v) => v.name === 'generated');
      if (load && generated) {
        // The other servers are done: stop them so the load check has the machine to itself.
        const others = [...groups].filter((c) => c.pid !== generated.pgid);
        await stopGroups(others);
        const tl = Date.now();
        loadCode = await runLoad(generated);
        console.log(`e2e: load check finished in ${seconds(tl)} (exit ${loadCode})`);
      }
    }
  } catch (err) {
    console.error(`e2e: ${err instanceof Error ? err.message : err}`);
    code = 1;
  } finally {
    await stopAll();
  }
  if (broken.length > 0) code = 1;
  if (crawlCode !== 0) code = code || crawlCode;
  if (loadCode !== 0) code = code || loadCode;
  console.log(`e2e: total wall time ${seconds(t0)}`);
  const counts = readCounts();
  if (broken.length > 0)
    console.log(`e2e: site variants that did not build: ${broken.join(', ')} (their tests did not run)`);
  if (counts || broken.length > 0) {
    const c = counts ?? { passed: 0, failed: 0, skipped: 0 };
    // One plain closing line; a variant that did not build counts as one failure.
    console.log(`e2e: ${c.passed} passed, ${c.failed + broken.length} failed, ${c.skipped} skipped`);
  }
  if (crawl) {
    console.log(`e2e: whole-site crawl ${crawlCode === 0 ? 'passed' : 'FAILED (see the crawl lines above)'}`);
  }
  if (load && variants.some((v) => v.name === 'generated')) {
    console.log(`e2e: load check ${loadCode === 0 ? 'passed' : 'FAILED (see the load lines above)'}`);
  }
  process.exit(code);
}

void main();
