/**
 * `npm run test:vercel`: the site built by Vercel's own builder (`vercel build` of VERCEL_CLI, settings
 * in `.vercel/project.json`, no account needed), then its output
 * (`.vercel/output`, Build Output API v3) checked as a test, for the seed site (`content/`) and the
 * fixture site (the e2e fixture folder, written by `scripts/e2e.ts --write-only`, so it holds
 * whatever that variant holds):
 *
 *  - the build log has no warning that changes what the deployment does;
 *  - the routing config carries next.config.ts's response headers, its redirects and the fallback
 *    to app/moved/, and sends a path nothing answers to the 404 page, which exists;
 *  - every page of the sitemap and every route Next prerendered is a static file or a prerender
 *    with its fallback (served by the CDN, no function run);
 *  - every function ships the content snapshot its code reads (lib/content.ts) and, where pages
 *    are rendered, every body the snapshot names (lib/page-body.ts);
 *  - every function starts from its own files alone, copied outside the checkout as Vercel ships
 *    them, and answers a request: its pages, app/moved/'s redirects (`redirect_from:` and other
 *    spellings) and its 404 page.
 *
 * Options: `--only seed|fixture`, `--skip-build` (check the last `.vercel/output`; with one site).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import type { NoteRecord } from '../lib/types';
import { killAll, spawnGroup, tail, waitExit } from './lib/proc';
import {
  type FunctionConfig,
  headersFor,
  launcherEnv,
  listFunctions,
  outputName,
  pageOutput,
  phaseRoutesTo,
  type Route,
  readRoutes,
  redirectFor,
  rewriteFor,
  shippedFiles,
  sitemapPaths,
  unexplainedWarnings,
  type VercelFunction,
} from './lib/vercel-output';

const root = path.resolve(__dirname, '..');
const output = path.join(root, '.vercel/output');
const logs = path.join(root, '.e2e/logs');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

/**
 * The Vercel CLI, pinned, run through npx rather than kept in devDependencies: it adds 234 packages
 * and 311 MB to node_modules, which every writer's `npm install` and every Vercel deployment's
 * install would fetch for a tool only this check runs. It pins its builders (`@vercel/next`) exactly,
 * so the version named here fixes the builder too. Versions from 61 on do not install on Node 20.
 */
const VERCEL_CLI = 'vercel@58.10.0';

type SiteName = 'seed' | 'fixture';
const SITES: Record<SiteName, { contentDir: string; write?: () => void }> = {
  seed: { contentDir: 'content' },
  fixture: {
    // scripts/e2e.ts's fixture folder (its `fixtureDir`).
    contentDir: '.e2e/fixture',
    write() {
      const run = spawnSync(bin('tsx'), ['scripts/e2e.ts', '--only', 'fixture', '--write-only'], {
        cwd: root,
        stdio: 'inherit',
      });
      if (run.status !== 0)
        throw new Error('writing the fixture content failed (scripts/e2e.ts --write-only)');
    },
  },
};

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const skipBuild = argv.includes('--skip-build');
if (only !== undefined && !(only in SITES)) {
  console.error('vercel-check: --only must be seed or fixture');
  process.exit(2);
}
const sites = (only ? [only] : Object.keys(SITES)) as SiteName[];
if (skipBuild && sites.length > 1) {
  console.error('vercel-check: --skip-build checks the one last output: give --only too');
  process.exit(2);
}

// The build and this check see the environment a Vercel project has: no test or build switches.
for (const key of Object.keys(process.env)) {
  if (key.startsWith('XIAOJI_') || key.startsWith('NEXT_PUBLIC_GISCUS_') || key === 'NODE_ENV')
    delete process.env[key];
}
process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.VERCEL_TELEMETRY_DISABLED = '1';

// The build runs in its own process group: stop it with us.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    void killAll().finally(() => process.exit(130));
  });
}

let cliReady = false;

/**
 * Fetches the CLI into npx's cache on the first run, with its own log: npm's install messages would
 * otherwise open the build log, whose every warning line is checked.
 */
async function prepareCli(): Promise<void> {
  if (cliReady) return;
  const log = path.join(logs, 'vercel-cli.log');
  rmSync(log, { force: true });
  const code = await waitExit(
    spawnGroup('npx', ['--yes', VERCEL_CLI, '--version'], { cwd: root, logFile: log }),
  );
  if (code !== 0)
    throw new Error(`installing ${VERCEL_CLI} through npx failed (exit ${code}):\n${tail(log, 40)}`);
  cliReady = true;
}

async function vercelBuild(site: SiteName): Promise<string> {
  const log = path.join(logs, `vercel-${site}.log`);
  if (skipBuild) return readFileSync(log, 'utf8');
  SITES[site].write?.();
  mkdirSync(logs, { recursive: true });
  await prepareCli();
  rmSync(log, { force: true });
  const t0 = Date.now();
  const child = spawnGroup('npx', ['--yes', VERCEL_CLI, 'build', '--yes'], {
    cwd: root,
    env: { ...process.env, XIAOJI_CONTENT_DIR: SITES[site].contentDir },
    logFile: log,
  });
  const code = await waitExit(child);
  if (code !== 0) throw new Error(`vercel build of "${site}" failed (exit ${code}):\n${tail(log, 60)}`);
  console.log(
    `vercel-check: built "${site}" in ${((Date.now() - t0) / 1000).toFixed(1)} s, log ${path.relative(root, log)}`,
  );
  return readFileSync(log, 'utf8');
}

/** next.config.ts as the server build has it: the headers and redirects it asks Next for. */
async function nextConfig() {
  const { default: config } = await import('../next.config');
  const built = config(PHASE_PRODUCTION_SERVER);
  return { headers: (await built.headers?.()) ?? [], redirects: (await built.redirects?.()) ?? [] };
}

interface Snapshot {
  file: string;
  records: NoteRecord[];
  rendered: string[];
}

/** The content snapshot a function's launcher names, its records and the rendered files it names. */
function readSnapshot(name: string): Snapshot {
  const file = path.join(root, '.contentlayer/data', name);
  const text = readFileSync(file, 'utf8');
  // Every list of documents it holds (posts and pages, and whatever kind comes next).
  const data = JSON.parse(text) as Record<string, { note: NoteRecord }[] | unknown>;
  const docs = Object.values(data).filter((v): v is { note: NoteRecord }[] => Array.isArray(v));
  const rendered = [
    ...new Set([...text.matchAll(/"([0-9a-f]{32}\.(?:html|search\.json))"/g)].map((m) => m[1] as string)),
  ];
  return { file, records: docs.flat().map((d) => d.note), rendered };
}

/** A hard link where the file system allows one (the same bytes, far faster than a copy), else a copy. */
function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** A function's own files copied into a fresh folder outside the checkout, as Vercel ships them. */
function materialise(fn: VercelFunction): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xiaoji-vercel-fn-'));
  cpSync(fn.dir, dir, { recursive: true, verbatimSymlinks: true });
  for (const [to, from] of Object.entries(fn.config.filePathMap ?? {})) {
    const source = path.join(root, from);
    const target = path.join(dir, to);
    mkdirSync(path.dirname(target), { recursive: true });
    if (lstatSync(source).isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else linkOrCopy(source, target);
  }
  return dir;
}

interface Ask {
  url: string;
  /** The route Vercel names in `x-matched-path` when it calls the function. */
  matched: string;
}
interface Answer extends Ask {
  status: number;
  location: string | null;
  type: string | null;
  /** NextResponse.next() from the proxy: the request goes on to the route. */
  next: string | null;
  body: string;
}

/** Starts a materialised function in its own process (scripts/lib/vercel-invoke.cjs) and asks it `asks`. */
function invoke(dir: string, fn: FunctionConfig, asks: Ask[]): Answer[] {
  const args = [dir, fn.handler, output, JSON.stringify(asks), fn.useWebApi ? 'web' : 'node'];
  const run = spawnSync(process.execPath, [path.join(__dirname, 'lib/vercel-invoke.cjs'), ...args], {
    cwd: dir,
    // What Vercel's runtime sets, and nothing of this checkout's environment.
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('@@answers '));
  if (!line)
    throw new Error(
      `the function in ${dir} did not answer (exit ${run.status}):\n${run.stderr.slice(-4000)}`,
    );
  return JSON.parse(line.slice('@@answers '.length)) as Answer[];
}

/** The site path a concrete function name serves: `index` → `/`, `tags/知乎` → `/tags/知乎/`, `feed.xml`. */
function sitePath(name: string): string {
  if (name === 'index') return '/';
  const last = name.split('/').at(-1) ?? '';
  return `/${name}${last.includes('.') ? '' : '/'}`;
}

for (const site of sites) {
  describe(`vercel build of the ${site} site`, () => {
    let log = '';
    let routes: Route[] = [];
    let functions: VercelFunction[] = [];
    let snapshot: Snapshot;

    before(async () => {
      log = await vercelBuild(site);
      routes = readRoutes(output);
      functions = listFunctions(output);
      const names = new Set(
        functions.map((fn) => launcherEnv(fn)?.XIAOJI_CONTENT_DATA).filter((n) => n !== undefined),
      );
      assert.equal(
        names.size,
        1,
        `every function names one content snapshot, found: ${[...names].join(', ')}`,
      );
      snapshot = readSnapshot([...names][0] as string);
    });

    test('the build log has no warning that changes behaviour', () => {
      assert.deepEqual(unexplainedWarnings(log), []);
    });

    test("the routes carry next.config.ts's response headers on every path", async () => {
      const { headers } = await nextConfig();
      const entry = (pick: (source: string) => boolean) =>
        Object.fromEntries(
          headers.filter((h) => pick(h.source)).flatMap((h) => h.headers.map((x) => [x.key, x.value])),
        );
      const expected = entry((source) => source === '/(.*)');
      assert.ok('Content-Security-Policy' in expected);
      // A vault attachment: the site's headers, then its own (a later entry wins, as in Next).
      const attachment = { ...expected, ...entry((source) => source.startsWith('/notes-files/')) };
      const gotAttachment = headersFor(routes, '/notes-files/a.pdf');
      for (const [key, value] of Object.entries(attachment))
        assert.equal(gotAttachment[key], value, `/notes-files/a.pdf: ${key}`);
      // A versioned vendor file (lib/vendor-files.ts): the site's headers, and cached for good.
      const vendor = { ...expected, ...entry((source) => source.startsWith('/vendor/')) };
      assert.equal(vendor['Cache-Control'], 'public, max-age=31536000, immutable');
      const gotVendor = headersFor(routes, '/vendor/zh/0123456789/tw.js');
      for (const [key, value] of Object.entries(vendor))
        assert.equal(gotVendor[key], value, `/vendor/zh/0123456789/tw.js: ${key}`);
      for (const p of [
        '/',
        '/posts/zhihu-notes-1/',
        '/tags/%E7%9F%A5%E4%B9%8E/',
        '/feed.xml',
        '/no-such-page/',
      ]) {
        const got = headersFor(routes, p);
        for (const [key, value] of Object.entries(expected)) assert.equal(got[key], value, `${p}: ${key}`);
      }
    });

    test("the routes redirect as next.config.ts's redirects do", async () => {
      const { redirects } = await nextConfig();
      const permanent = routes.filter((r) => r.status === 308 && r.headers?.Location);
      assert.ok(
        permanent.length >= redirects.length,
        `${redirects.length} redirects, ${permanent.length} in the routes`,
      );
      const table: [string, string | null][] = [
        ['/posts/zhihu-notes-1', '/posts/zhihu-notes-1/'],
        ['/posts/zhihu-notes-1/', null],
        ['/tags', '/tags/'],
        ['/feed.xml/', '/feed.xml'],
        ['/feed.xml', null],
        ['/posts/python-numpy.ndarray', '/posts/python-numpy.ndarray/'],
        ['/posts/python-numpy.ndarray/', null],
        ['/page/2/', '/page2/'],
        ['/.well-known/security.txt', null],
      ];
      for (const [from, to] of table) {
        const got = redirectFor(routes, from);
        assert.deepEqual(got, to === null ? null : { status: 308, location: to }, from);
      }
      // What no page answers goes to app/moved/ (other spellings, `redirect_from:`), the rest to 404.
      assert.ok(phaseRoutesTo(routes, 'resource', '/2019/old-post/', '/moved/$1'), 'fallback to /moved/');
      assert.ok(phaseRoutesTo(routes, 'error', '/no-such-page/', '/404'), 'error phase to /404');
    });

    test('the 404 page is a static file', () => {
      const page = pageOutput(output, '/404');
      assert.equal(page.kind, 'static');
      if (page.kind === 'static') assert.match(readFileSync(page.file, 'utf8'), /<html[\s>]/);
    });

    test('every page is a static file or a prerender with its fallback', () => {
      const sitemap = pageOutput(output, '/sitemap.xml');
      assert.notEqual(sitemap.kind, 'missing', 'sitemap.xml');
      const xml = readFileSync(
        sitemap.kind === 'static' ? sitemap.file : sitemap.kind === 'prerender' ? sitemap.fallback : '',
        'utf8',
      );
      const paths = sitemapPaths(xml);
      assert.ok(paths.length >= 5, `the sitemap lists ${paths.length} pages`);
      const manifest = JSON.parse(readFileSync(path.join(root, '.next/prerender-manifest.json'), 'utf8')) as {
        routes: Record<string, unknown>;
      };
      const problems: string[] = [];
      for (const p of paths) {
        let page = pageOutput(output, p);
        const rewritten = page.kind === 'missing' ? rewriteFor(routes, p) : null;
        if (rewritten) page = pageOutput(output, rewritten);
        if (page.kind === 'missing') problems.push(`${p}: ${page.why}`);
        else if (page.kind === 'prerender' && page.status !== 200)
          problems.push(`${p}: answered with ${page.status}`);
      }
      for (const route of Object.keys(manifest.routes)) {
        const page = pageOutput(output, route);
        if (page.kind === 'missing') problems.push(`${route} (prerendered by Next): ${page.why}`);
      }
      assert.deepEqual(problems, []);
    });

    test('every function ships the content data and rendered bodies it reads', () => {
      const data = `.contentlayer/data/${path.basename(snapshot.file)}`;
      assert.ok(snapshot.rendered.length > 0, 'the snapshot names rendered bodies');
      const problems: string[] = [];
      const seen = new Set<string>();
      for (const fn of functions) {
        if (seen.has(fn.dir)) continue;
        seen.add(fn.dir);
        for (const [to, from] of Object.entries(fn.config.filePathMap ?? {}))
          if (!existsSync(path.join(root, from)))
            problems.push(`${fn.name}: ${to} maps to a missing ${from}`);
        // The proxy (proxy.ts) reads no content; its launcher only carries the same compiled env.
        if (fn.config.useWebApi || !launcherEnv(fn)?.XIAOJI_CONTENT_DATA) continue;
        const files = shippedFiles(fn);
        if (!files.has(data)) problems.push(`${fn.name}: does not ship ${data}`);
        const rendersPages = fn.config.operationType === 'Page' || fn.config.operationType === 'ISR';
        const shipsBodies = [...files].some((f) => f.startsWith('.contentlayer/rendered/'));
        if (!rendersPages && !shipsBodies) continue;
        const missing = snapshot.rendered.filter((f) => !files.has(`.contentlayer/rendered/${f}`));
        if (missing.length > 0)
          problems.push(`${fn.name}: does not ship ${missing.length} rendered files, e.g. ${missing[0]}`);
      }
      assert.ok(seen.size >= 3, `${seen.size} functions`);
      assert.deepEqual(problems, []);
    });

    test('every function starts from its own files and answers', () => {
      const byDir = new Map<string, VercelFunction[]>();
      for (const fn of functions) byDir.set(fn.dir, [...(byDir.get(fn.dir) ?? []), fn]);
      const problems: string[] = [];
      for (const [dir, fns] of byDir) {
        const first = fns[0] as VercelFunction;
        if (!launcherEnv(first)) continue;
        const names = fns.map((f) => f.name).filter((n) => !n.endsWith('.rsc'));
        const asks: Ask[] = [];
        const expect = new Map<string, (a: Answer) => string | null>();
        const ask = (url: string, matched: string, check: (a: Answer) => string | null) => {
          asks.push({ url, matched });
          expect.set(url, check);
        };
        if (first.config.useWebApi) {
          // proxy.ts: a path that is not valid percent-encoded UTF-8 is a 400, anything else goes on.
          ask('/tags/%E0%A4%A/', '/_middleware', (a) =>
            a.status === 400 ? null : `/tags/%E0%A4%A/: ${a.status}, expected 400`,
          );
          ask('/tags/%E7%9F%A5%E4%B9%8E/', '/_middleware', (a) =>
            a.next === '1' ? null : `/tags/%E7%9F%A5%E4%B9%8E/: ${a.status}, expected to go on to the route`,
          );
        }
        if (names.includes('moved/[...path]')) {
          // Another spelling of a post's URL and every `redirect_from:` path: a permanent redirect.
          const post = snapshot.records.find(
            (r) => r.url.startsWith('/posts/') && r.url !== r.url.toUpperCase(),
          );
          const moves: [string, string][] = post ? [[post.url.toUpperCase(), post.url]] : [];
          for (const r of snapshot.records)
            for (const from of r.meta?.redirectFrom ?? []) moves.push([from, r.url]);
          for (const [from, to] of moves) {
            ask(`/moved${encodeURI(from)}`, '/moved/[...path]', (a) =>
              a.status === 308 && a.location === encodeURI(to)
                ? null
                : `${from}: ${a.status} ${a.location}, expected 308 to ${to}`,
            );
          }
          ask('/moved/no-such-page/', '/moved/[...path]', (a) =>
            a.status === 404 && /text\/html/.test(a.type ?? '') && /<html[\s>]/.test(a.body)
              ? null
              : `/no-such-page/: ${a.status} ${a.type}, expected the 404 page (HTML)`,
          );
        }
        // Next's own `_not-found` and `_global-error` are only served as their prerendered files, and
        // so is a route handler's complete static response that never expires (a vault attachment):
        // Vercel never invokes its function, which does not carry the vault.
        const staticOnly = (name: string): boolean => {
          const file = path.join(output, 'functions', `${name}.prerender-config.json`);
          if (!existsSync(file)) return false;
          const config = JSON.parse(readFileSync(file, 'utf8')) as {
            expiration?: number | false;
            prerenderClassification?: { routeType?: string; compute?: string };
          };
          const kind = config.prerenderClassification;
          return config.expiration === false && kind?.routeType === 'route' && kind.compute === 'static';
        };
        const concrete = names.filter(
          (n) =>
            !/[[_]/.test(n[0] ?? '') &&
            !n.includes('[') &&
            !n.startsWith('moved/') &&
            n !== 'content-events' &&
            !staticOnly(n),
        );
        for (const name of concrete.slice(0, 3)) {
          const page = pageOutput(output, `/${outputName(sitePath(name))}`);
          const status = page.kind === 'prerender' ? page.status : 200;
          const config = path.join(output, 'functions', `${name}.prerender-config.json`);
          const source = existsSync(config)
            ? ((JSON.parse(readFileSync(config, 'utf8')) as { sourcePath?: string }).sourcePath ?? null)
            : null;
          ask(sitePath(name), source ?? (name === 'index' ? '/' : `/${name}`), (a) =>
            a.status === status && a.body.length > 0 ? null : `${name}: ${a.status}, expected ${status}`,
          );
        }
        if (asks.length === 0 && !first.config.useWebApi) {
          // Only dynamic names with no page built (e.g. no post with a `permalink:`): it must start.
          const name = names[0] ?? first.name;
          ask(`/${name.replace(/\[[^\]]+\]/g, 'no-such-page')}/`, `/${name}`, (a) =>
            a.status < 500 ? null : `${name}: ${a.status} (did not start?) ${a.body.slice(0, 300)}`,
          );
        }
        const copy = materialise(first);
        try {
          for (const answer of invoke(copy, first.config, asks)) {
            const problem = expect.get(answer.url)?.(answer);
            if (problem) problems.push(`${path.relative(output, dir)}: ${problem}`);
          }
        } catch (error) {
          problems.push(`${path.relative(output, dir)}: ${error instanceof Error ? error.message : error}`);
        } finally {
          rmSync(copy, { recursive: true, force: true });
        }
      }
      assert.deepEqual(problems, []);
    });
  });
}
