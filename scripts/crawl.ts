/**
 * Whole-site check. After a production build, walks every page reachable from `/` plus the sitemap
 * of a running `next start`, and fails on:
 *  - any internal link, image, script or stylesheet that does not answer 200, and `#anchors` missing
 *    on their target page;
 *  - invalid HTML (html-validate with `.html-validate.json`), duplicate ids, not exactly one h1;
 *  - axe-core violations of impact serious or critical, in the light and in the dark theme;
 *  - console errors, uncaught exceptions and CSP violations (giscus.app is stubbed, and post pages
 *    are scrolled to the comments so the widget loads where comments are configured).
 *
 * Every page's served HTML is validated and its links followed. A site of up to SMALL_SITE pages
 * is also opened in Chromium page by page (console, CSP, the DOM after hydration) and checked with
 * axe in both themes; a larger one, in the first three pages of each route template (the rest share
 * their template with those).
 *
 *   tsx scripts/crawl.ts --site seed=http://localhost:4311 [--site chirpy=http://…] …
 *       crawls running sites; `npm run test:e2e` runs it over its seed, fixture, chirpy and
 *       generated (200 notes) builds. A site under a base path (a static export for a GitHub Pages
 *       project site) is given with it, `--site export=http://localhost:4466/blog`: the crawl starts
 *       there and reads `/blog/sitemap.xml`.
 *   tsx scripts/crawl.ts --set seed|chirpy|generated … [--skip-build]
 *       builds the note set in a copy (scripts/site-build.ts) first, then crawls it.
 *
 * Reports go to bench/tmp/safety/crawl-<name>.json.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { generateNotes, writeNotes } from './generate-notes';
import { isBrowserInternal } from './lib/browser-internal';
import { buildSite, CHROMIUM, copySite, ROOT, type SiteOptions, startSite, tail, WORK } from './site-build';

export type SetName = 'seed' | 'chirpy' | 'generated';
const SETS: SetName[] = ['seed', 'chirpy', 'generated'];

/**
 * Every rule `.html-validate.json` relaxes, and why. The crawl refuses to run when the config relaxes a
 * rule that is not listed here, so the reasons cannot drift from the config.
 */
export const RELAXED_RULES: Record<string, string> = {
  'attr-case':
    'React writes some attribute names in camelCase (charSet, dateTime, fetchPriority, noModule); HTML attribute names are case-insensitive, so the markup is valid.',
  'void-style':
    'React writes void elements as <meta/>, <link/>, <br/>; the trailing slash is allowed in HTML.',
  'attribute-boolean-style':
    'React and Next write boolean attributes as async="" — valid HTML, only a style preference.',
  'attribute-empty-style': 'Same for hidden="" — valid HTML.',
  'valid-id':
    'React useId() ids start with "_" (_R_…) and heading ids keep Chinese characters; HTML5 allows any id without spaces, which the relaxed mode checks.',
  'no-inline-style':
    "Shiki writes each token's light/dark colours as inline CSS variables (build-time highlighting, no JS); the CSP allows inline styles for this.",
  'aria-label-misuse':
    'aria-label on the tag list <ul> is allowed by ARIA (list is a nameable role); html-validate only discourages it as a recommendation.',
};

interface Options {
  sets: SetName[];
  /** Running sites to crawl: name → origin, and the base path the site lives under ('' for none). */
  sites: { name: string; origin: string; base: string }[];
  skipBuild: boolean;
  port: number;
}

/** Up to this many pages, every page is opened in Chromium and checked with axe in both themes. */
export const SMALL_SITE = 50;
/** In a larger site, pages per route template opened in Chromium and checked with axe. */
const PER_TEMPLATE = 3;

interface Failure {
  page: string;
  check: string;
  detail: string;
}

interface PageInfo {
  ids: Set<string>;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { sets: [], sites: [], skipBuild: false, port: 4331 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--set') options.sets.push(argv[++i] as SetName);
    else if (a === '--site') {
      const m = /^([\w-]+)=(https?:\/\/[^/]+)((?:\/[^/]+)*)\/?$/.exec(argv[++i] ?? '');
      if (!m) throw new Error('--site takes name=http://host:port or name=http://host:port/base-path');
      options.sites.push({ name: m[1] as string, origin: m[2] as string, base: m[3] ?? '' });
    } else if (a === '--skip-build') options.skipBuild = true;
    else if (a === '--port') options.port = Number(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  if (options.sets.length === 0 && options.sites.length === 0) options.sets = [...SETS];
  for (const s of options.sets)
    if (!SETS.includes(s)) throw new Error(`unknown set ${s} (${SETS.join(', ')})`);
  return options;
}

/** The content folder of a set, written under bench/tmp/safety/ (the seed set is content/ itself). */
export function prepareContent(set: SetName): string {
  if (set === 'seed') return path.join(ROOT, 'content');
  const dir = path.join(WORK, `content-${set}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'posts'), { recursive: true });
  copyFileSync(
    path.join(ROOT, 'content/posts/2025-11-28-zhihu-notes-1.md'),
    path.join(dir, 'posts/2025-11-28-zhihu-notes-1.md'),
  );
  if (set === 'chirpy') {
    const demo = path.join(ROOT, 'e2e/fixtures/chirpy-demo');
    for (const f of readdirSync(demo).filter((f) => f.endsWith('.md') && f !== 'SOURCE.md'))
      copyFileSync(path.join(demo, f), path.join(dir, 'posts', f));
    const pages = path.join(ROOT, 'e2e/fixtures/pages');
    if (existsSync(pages)) {
      mkdirSync(path.join(dir, 'pages'), { recursive: true });
      for (const f of readdirSync(pages)) copyFileSync(path.join(pages, f), path.join(dir, 'pages', f));
    }
  } else {
    rmSync(path.join(dir, 'posts/2025-11-28-zhihu-notes-1.md'));
    writeNotes(dir, generateNotes(200));
  }
  return dir;
}

function loadValidator(): HtmlValidate {
  const config = JSON.parse(readFileSync(path.join(ROOT, '.html-validate.json'), 'utf8')) as {
    rules?: Record<string, unknown>;
  };
  for (const [rule, setting] of Object.entries(config.rules ?? {})) {
    if (!(rule in RELAXED_RULES))
      throw new Error(
        `.html-validate.json relaxes ${rule} (${JSON.stringify(setting)}) without a reason in RELAXED_RULES`,
      );
  }
  return new HtmlValidate(config as ConstructorParameters<typeof HtmlValidate>[0]);
}

const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[k]) return named[k] as string;
    return String.fromCodePoint(k.startsWith('#x') ? Number.parseInt(k.slice(2), 16) : Number(k.slice(1)));
  });

/** A path in one canonical percent-encoding, so `/tags/知乎` and `/tags/%E7%9F%A5%E4%B9%8E` are one page. */
function canonical(url: URL): string {
  let pathname = url.pathname;
  try {
    pathname = encodeURI(decodeURI(pathname));
  } catch {
    // keep malformed paths as they are: they will be reported
  }
  return pathname + url.search;
}

/** Ids, h1 count, links and resources of served HTML, for pages not opened in the browser. */
function readServedHtml(html: string): {
  ids: string[];
  h1: number;
  links: string[];
  refs: string[];
  csp: string[];
} {
  const attr = (pattern: RegExp) => Array.from(html.matchAll(pattern), (m) => decodeEntities(m[1] ?? ''));
  return {
    ids: attr(/<[a-zA-Z][^<>]*?\sid="([^"]*)"/g),
    h1: html.match(/<h1[\s>]/g)?.length ?? 0,
    links: attr(/<a\s[^<>]*?href="([^"]*)"/g),
    refs: [
      ...attr(/<(?:img|script|iframe)\s[^<>]*?src="([^"]*)"/g),
      ...attr(/<link\s[^<>]*?href="([^"]*)"/g),
    ],
    csp: [],
  };
}

/** The route template of a page: `/posts/a` and `/posts/b` share `/posts/*`. */
const templateOf = (url: string) => url.replace(/^\/(posts|tags|categories|page)\/.+$/, '/$1/*');

/** Builds a note set in a copy of the site, serves it and crawls it. */
async function crawlSet(set: SetName, options: Options, validator: HtmlValidate, browser: Browser) {
  const logs = path.join(WORK, 'logs');
  mkdirSync(logs, { recursive: true });
  const cwd = path.join(WORK, 'crawl');
  const site: SiteOptions = {
    cwd,
    contentDir: prepareContent(set),
    port: options.port,
    distDir: `.next-crawl-${set}`,
    // Comments on (giscus.app stubbed) for the fixture sets, off like a default deploy for the seed.
    giscus: set !== 'seed',
  };
  if (!options.skipBuild || !existsSync(path.join(cwd, site.distDir))) {
    copySite('crawl');
    const build = await buildSite(site, path.join(logs, `crawl-${set}-build.log`));
    if (build.code !== 0)
      throw new Error(`build of ${set} failed at ${build.failed}:\n${tail(build.log, 60)}`);
    console.log(`crawl ${set}: built in ${Math.round(build.ms / 1000)} s`);
  }
  const server = await startSite(site, path.join(logs, `crawl-${set}-server.log`));
  try {
    return await crawlOrigin(set, server.url, validator, browser);
  } finally {
    await server.stop();
  }
}

/** Crawls the site served at `origin` (see the top of this file). */
export async function crawlOrigin(
  name: string,
  origin: string,
  validator: HtmlValidate,
  browser: Browser,
  base = '',
) {
  const t0 = Date.now();
  const failures: Failure[] = [];
  const fail = (page: string, check: string, detail: string) => failures.push({ page, check, detail });
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    colorScheme: 'light',
  });
  // Nothing leaves the machine: giscus answers with an empty script/page, other scripts (analytics)
  // with an empty script, anything else is refused.
  // The browser's own PDF viewer (a note's framed PDF) is part of the browser, not a request out.
  await context.route(
    (url) => url.protocol.startsWith('http') && url.origin !== origin,
    async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === 'giscus.app') {
        const script = route.request().resourceType() === 'script';
        await route.fulfill({
          status: 200,
          contentType: script ? 'text/javascript' : 'text/html',
          body: script
            ? ''
            : '<!doctype html><html lang="en"><head><title>giscus</title></head><body></body></html>',
        });
      } else if (route.request().resourceType() === 'script') {
        // The analytics provider's script (site.settings.json), answered empty. The CSP still decides
        // first: a host it does not allow is never requested and shows up as a violation.
        await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
      } else await route.abort('blockedbyclient');
    },
  );
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page: Page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !isBrowserInternal(m.location().url, m.text())) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (!isBrowserInternal('', `${e.message}\n${e.stack ?? ''}`))
      consoleErrors.push(`uncaught: ${e.message}`);
  });
  const badResponses: string[] = [];
  page.on('response', (r) => {
    if (r.url().startsWith(origin) && r.status() >= 400) badResponses.push(`${r.status()} ${r.url()}`);
  });

  // The sitemap's URLs are absolute, on SITE_URL (= origin), under the base path.
  const start = `${base}/`;
  const queue: string[] = [start];
  const sitemap = await (await fetch(`${origin}${base}/sitemap.xml`)).text();
  for (const m of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const url = canonical(new URL(decodeEntities(m[1] ?? '')));
    if (!queue.includes(url)) queue.push(url);
  }
  const seen = new Set(queue);
  const linkedFrom = new Map<string, string>(queue.map((q) => [q, q === start ? 'start' : 'sitemap']));
  const pages = new Map<string, PageInfo>();
  const anchors: { from: string; to: string; hash: string }[] = [];
  const resources = new Map<string, string>(); // url -> first page linking it
  const order: string[] = [];
  const browserVisits = new Map<string, number>();
  /** Pages opened in Chromium: all of a small site, else the first few of each template. */
  const inBrowserPages = new Set<string>();

  for (let i = 0; i < queue.length; i++) {
    const url = queue[i] as string;
    const res = await fetch(`${origin}${url}`, { redirect: 'manual' });
    const type = res.headers.get('content-type') ?? '';
    const body = await res.text();
    if (res.status !== 200) {
      fail(linkedFrom.get(url) ?? url, 'link', `${url} answers ${res.status}`);
      continue;
    }
    if (!type.includes('text/html')) continue;
    order.push(url);
    const report = await validator.validateString(body, url);
    for (const r of report.results)
      for (const m of r.messages)
        fail(url, `html-validate ${m.ruleId}`, `${m.line}:${m.column} ${m.message}`);

    // The browser (console errors, CSP, the DOM after hydration) sees every page of a small site
    // and the first pages of each route template of a large one; the served HTML is read for all.
    const template = templateOf(url.slice(base.length));
    const visits = (browserVisits.get(template) ?? 0) + 1;
    browserVisits.set(template, visits);
    const inBrowser = queue.length <= SMALL_SITE || visits <= PER_TEMPLATE;
    if (inBrowser) inBrowserPages.add(url);
    let dom: { ids: string[]; h1: number; links: string[]; refs: string[]; csp: string[] };
    if (inBrowser) {
      consoleErrors.length = 0;
      badResponses.length = 0;
      await page.goto(`${origin}${url}`, { waitUntil: 'load' });
      if (url.startsWith(`${base}/posts/`)) {
        // Bring the comments into view so giscus (stubbed) loads under the real CSP.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForTimeout(300);
      }
      dom = await page.evaluate(() => ({
        ids: Array.from(document.querySelectorAll('[id]'), (e) => e.id),
        h1: document.querySelectorAll('h1').length,
        links: Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? ''),
        refs: [
          ...Array.from(
            document.querySelectorAll('img[src], script[src], iframe[src]'),
            (e) => e.getAttribute('src') ?? '',
          ),
          ...Array.from(document.querySelectorAll('link[href]'), (e) => e.getAttribute('href') ?? ''),
          ...Array.from(document.querySelectorAll('img[srcset], source[srcset]'), (e) =>
            (e.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''),
          ).flat(),
        ],
        csp: (window as unknown as { __csp: string[] }).__csp,
      }));
      // Accessibility in both themes, on the page as loaded: light first, then the system turned
      // dark (the theme follows the system live until the reader picks one), then back.
      for (const scheme of ['light', 'dark'] as const) {
        if (scheme === 'dark') {
          await page.emulateMedia({ colorScheme: 'dark' });
          await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
        }
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        for (const v of results.violations) {
          if (v.impact !== 'serious' && v.impact !== 'critical') continue;
          const where = v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join('; ');
          fail(url, `axe ${scheme} ${v.id}`, `${v.impact}: ${v.help} (${v.nodes.length} nodes: ${where})`);
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
    } else {
      dom = readServedHtml(body);
    }
    const dup = dom.ids.filter((id, k) => dom.ids.indexOf(id) !== k);
    if (dup.length > 0) fail(url, 'duplicate ids', [...new Set(dup)].join(', '));
    if (dom.h1 !== 1) fail(url, 'one h1', `${dom.h1} h1 elements`);
    if (inBrowser) {
      for (const v of dom.csp) fail(url, 'CSP violation', v);
      for (const e of consoleErrors) fail(url, 'console error', e.slice(0, 300));
      for (const r of badResponses) fail(url, 'subresource', r);
    }
    pages.set(url, { ids: new Set(dom.ids) });

    for (const href of dom.links) {
      if (/^(mailto|tel):/i.test(href)) continue;
      if (/^javascript:/i.test(href)) {
        fail(url, 'link', `javascript: URL ${href.slice(0, 80)}`);
        continue;
      }
      const target = new URL(href, `${origin}${url}`);
      if (target.origin !== origin) continue; // external: not reachable from here, not checked
      const key = canonical(target);
      if (target.hash.length > 1)
        anchors.push({ from: url, to: key, hash: decodeURIComponent(target.hash.slice(1)) });
      if (!seen.has(key)) {
        seen.add(key);
        linkedFrom.set(key, url);
        queue.push(key);
      }
    }
    for (const ref of dom.refs) {
      if (!ref || ref.startsWith('data:')) continue;
      const target = new URL(ref, `${origin}${url}`);
      if (target.origin === origin && !resources.has(canonical(target)))
        resources.set(canonical(target), url);
    }
  }

  for (const [resource, from] of resources) {
    if (pages.has(resource)) continue;
    const res = await fetch(`${origin}${resource}`);
    await res.arrayBuffer();
    if (res.status !== 200) fail(from, 'resource', `${resource} answers ${res.status}`);
  }
  for (const { from, to, hash } of anchors) {
    const target = pages.get(to);
    if (target && !target.ids.has(hash)) fail(from, 'anchor', `${to}#${hash} has no element with that id`);
  }

  await context.close();
  const summary = {
    name,
    pages: order.length,
    browserPages: inBrowserPages.size,
    resources: resources.size,
    anchors: anchors.length,
    axePages: inBrowserPages.size,
    seconds: Math.round((Date.now() - t0) / 1000),
    failures,
  };
  mkdirSync(WORK, { recursive: true });
  writeFileSync(path.join(WORK, `crawl-${name}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const validator = loadValidator();
  const browser = await chromium.launch(CHROMIUM);
  let failed = 0;
  try {
    const jobs = [
      ...options.sites.map(
        (site) => () => crawlOrigin(site.name, site.origin, validator, browser, site.base),
      ),
      ...options.sets.map((set) => () => crawlSet(set, options, validator, browser)),
    ];
    for (const job of jobs) {
      const s = await job();
      console.log(
        `crawl ${s.name}: ${s.pages} pages (${s.browserPages} in Chromium), ${s.resources} resources, ${s.anchors} anchors, axe on ${s.axePages} pages × 2 themes, ${s.seconds} s: ${s.failures.length} failures`,
      );
      const grouped = new Map<string, Failure[]>();
      for (const f of s.failures) grouped.set(f.check, [...(grouped.get(f.check) ?? []), f]);
      for (const [check, list] of grouped) {
        console.log(`  ${check}: ${list.length}`);
        for (const f of list.slice(0, 5)) console.log(`    ${f.page}: ${f.detail}`);
      }
      failed += s.failures.length;
    }
  } finally {
    await browser.close();
  }
  console.log(
    failed === 0
      ? 'crawl: 0 failures'
      : `crawl: ${failed} failures (details in bench/tmp/safety/crawl-*.json)`,
  );
  process.exitCode = failed === 0 ? 0 : 1;
}

const invoked = process.argv[1] ? path.basename(process.argv[1]) : '';
if (invoked === 'crawl.ts' || invoked === 'crawl') {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
