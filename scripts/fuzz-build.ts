/**
 * Fuzz test, build part (`npm run test:fuzz-build`): the generated broken notes go through the real
 * build pipeline (`npm run build`'s three steps in a copy of the site, see scripts/site-build.ts).
 *
 *  1. The notes the checker refuses (any error) must stop the build at its first step, each named.
 *  2. All the others (warnings only, or valid but hostile), together with the seed note, must build,
 *     and every one must be served by `next start`: one h1, `<title>` and JSON-LD holding the title
 *     exactly, no front matter string run as code (checked in Chromium), a well-formed feed and
 *     sitemap whose every URL answers, a search index that parses.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import { checkNotes } from '../lib/check-content';
import { buildNoteRecord } from '../lib/note-record';
import { type FuzzNote, generateBrokenNotes, XSS_MARKER } from './fuzz-notes';
import {
  type BuildResult,
  buildSite,
  CHROMIUM,
  copySite,
  ROOT,
  type RunningSite,
  type SiteOptions,
  startSite,
  tail,
  WORK,
} from './site-build';

const PORT = Number(process.env.FUZZ_PORT ?? 4321);
const SEED = path.join(ROOT, 'content/posts/2025-11-28-zhihu-notes-1.md');
const SITE_TITLE = '小记';

interface Built {
  note: FuzzNote;
  slug: string;
  /** The post's site path, decoded (lib/slug.ts). */
  url: string;
  title: string;
  hostile: boolean;
}

const notes = generateBrokenNotes(240);
const problems = checkNotes(
  notes.map((n) => ({ path: `content/posts/${n.name}`, bytes: n.bytes })),
  { timeZone: 'Asia/Shanghai' },
);
const refused = notes.filter((n) =>
  problems.some((p) => p.severity === 'error' && p.file === `content/posts/${n.name}`),
);
const buildable = notes.filter((n) => !refused.includes(n));
const built: Built[] = buildable.map((note) => {
  const record = buildNoteRecord(`posts/${note.name}`, note.bytes.toString('utf8'), {
    contentDir: 'content',
    timeZone: 'Asia/Shanghai',
    tocMaxDepth: 3,
  });
  return {
    note,
    slug: record.slug,
    url: record.url,
    title: record.meta?.title ?? '',
    hostile: note.hostile === true || /hostile|title-/.test(note.kind),
  };
});

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    return String.fromCodePoint(
      lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1)),
    );
  });
}

/** What a browser shows for a text React wrote into the page (NUL becomes U+FFFD, lone surrogates too). */
function asShown(text: string): string {
  return text.replace(/\0/g, '\uFFFD').replace(/[\ud800-\udfff]/g, (c, i: number, s: string) => {
    const code = c.charCodeAt(0);
    const pair =
      code < 0xdc00 ? (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 : (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
    return pair ? c : '\uFFFD';
  });
}

// Characters XML 1.0 cannot carry: the feed drops them, so titles are compared without them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters dropped.
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/g;

const urlOf = new Map(built.map((b) => [b.slug, b.url]));
const postUrl = (slug: string) => encodeURI(urlOf.get(slug) ?? `/posts/${slug}/`);

describe('fuzz: the build pipeline', { timeout: 20 * 60_000 }, () => {
  const dir = path.join(WORK, 'fuzz');
  const contentDir = path.join(dir, 'content-fuzz');
  const logs = path.join(WORK, 'logs');
  const options: SiteOptions = { cwd: dir, contentDir, port: PORT, distDir: '.next-fuzz' };
  let build: BuildResult;
  let site: RunningSite | null = null;
  let browser: Browser | null = null;
  const pages = new Map<string, { status: number; html: string }>();

  before(async () => {
    mkdirSync(logs, { recursive: true });
    copySite('fuzz');
    rmSync(contentDir, { recursive: true, force: true });
    mkdirSync(path.join(contentDir, 'posts'), { recursive: true });
    copyFileSync(SEED, path.join(contentDir, 'posts', path.basename(SEED)));
    for (const n of buildable) writeFileSync(path.join(contentDir, 'posts', n.name), n.bytes);
    build = await buildSite(options, path.join(logs, 'fuzz-build.log'));
    if (build.code !== 0) return;
    site = await startSite(options, path.join(logs, 'fuzz-server.log'));
    for (const b of built) {
      const res = await fetch(`${site.url}${postUrl(b.slug)}`);
      pages.set(b.slug, { status: res.status, html: await res.text() });
    }
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  test(`the ${buildable.length} notes without errors (and the seed note) build`, (t) => {
    t.diagnostic(`build took ${Math.round(build.ms / 1000)} s; log ${path.relative(ROOT, build.log)}`);
    assert.equal(build.code, 0, `build failed at step ${build.failed}:\n${tail(build.log, 60)}`);
  });

  test('every built note has its page', () => {
    const missing = built
      .filter((b) => pages.get(b.slug)?.status !== 200)
      .map((b) => `${b.note.name} -> ${postUrl(b.slug)}: ${pages.get(b.slug)?.status}`);
    assert.deepEqual(missing, []);
  });

  test('the seed note still renders next to the broken ones', async () => {
    assert.ok(site);
    const res = await fetch(`${site.url}/posts/zhihu-notes-1/`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<h1[^>]*>俺的第一篇知乎小记<\/h1>/);
  });

  test('<title>, h1 and JSON-LD hold each front matter title exactly, escaped', () => {
    assert.ok(pages.size > 0, 'no page was fetched');
    const wrong: string[] = [];
    for (const b of built) {
      const page = pages.get(b.slug);
      if (page?.status !== 200) continue;
      const { html } = page;
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
      if (title === undefined || decodeEntities(title) !== asShown(`${b.title} | ${SITE_TITLE}`))
        wrong.push(`${b.note.kind}: <title> is ${JSON.stringify(title?.slice(0, 80))}`);
      const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
      if (h1s !== 1) wrong.push(`${b.note.kind}: ${h1s} h1 elements`);
      const ldText = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
      try {
        const ld = JSON.parse(ldText ?? '') as { headline?: string };
        if (ld.headline !== b.title) wrong.push(`${b.note.kind}: JSON-LD headline differs`);
      } catch {
        wrong.push(`${b.note.kind}: JSON-LD does not parse: ${JSON.stringify(ldText?.slice(0, 80))}`);
      }
      // Only as markup: inside the JSON-LD and the RSC payload the same text is a (safe) JS string.
      for (const needle of [`<script>window.${XSS_MARKER}`, '<img src=x onerror=', '<svg onload='])
        if (html.includes(needle)) wrong.push(`${b.note.kind}: the page holds ${needle} unescaped`);
    }
    assert.deepEqual(wrong, []);
  });

  test('no front matter string runs as code in the browser', async () => {
    assert.ok(site);
    browser = await chromium.launch(CHROMIUM);
    const context = await browser.newContext();
    // Nothing leaves the machine: the hostile strings point at x, /img/…, data: URLs.
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    const page = await context.newPage();
    const ran: string[] = [];
    page.on('dialog', (dialog) => {
      ran.push(`dialog on ${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    for (const b of built.filter((x) => x.hostile)) {
      for (const url of [postUrl(b.slug), '/', '/tags/', '/categories/', '/archives/']) {
        await page.goto(`${site.url}${url}`, { waitUntil: 'load' });
        const marker = await page.evaluate(
          (name) => (window as unknown as Record<string, unknown>)[name],
          XSS_MARKER,
        );
        if (marker !== undefined) ran.push(`${b.note.kind} on ${url}: ${XSS_MARKER} = ${String(marker)}`);
        if (url === postUrl(b.slug)) {
          const shown = await page.title();
          // document.title collapses ASCII white space (only), as a tab strip shows it.
          if (
            shown !==
            asShown(`${b.title} | ${SITE_TITLE}`)
              .replace(/[\t\n\f\r ]+/g, ' ')
              .trim()
          )
            ran.push(`${b.note.kind}: document.title is ${JSON.stringify(shown.slice(0, 80))}`);
        }
      }
    }
    assert.deepEqual(ran, []);
  });

  test('the feed and the sitemap are well-formed XML holding every title', async () => {
    assert.ok(site && browser);
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    const wrong: string[] = [];
    for (const file of ['/feed.xml', '/sitemap.xml']) {
      const res: Response = await fetch(`${site.url}${file}`);
      assert.equal(res.status, 200, file);
      const xml = await res.text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const error = doc.getElementsByTagName('parsererror')[0];
        return {
          error: error ? (error.textContent ?? 'parsererror') : null,
          titles: Array.from(doc.querySelectorAll('entry > title')).map((e) => e.textContent ?? ''),
          locs: Array.from(doc.getElementsByTagName('loc')).map((e) => e.textContent ?? ''),
        };
      }, xml);
      if (parsed.error) wrong.push(`${file}: ${parsed.error.slice(0, 200)}`);
      if (file === '/feed.xml') {
        // XML 1.0 cannot carry control characters: the feed drops them, so compare without them.
        const strip = (s: string) => s.replace(XML_ILLEGAL, '');
        // The feed holds the 20 newest notes: each entry's title must be one of ours, unchanged.
        const ours = new Set(built.map((b) => strip(b.title)));
        if (parsed.titles.length !== 20) wrong.push(`/feed.xml has ${parsed.titles.length} entries, not 20`);
        for (const title of parsed.titles)
          if (!ours.has(strip(title)) && title !== '俺的第一篇知乎小记')
            wrong.push(`/feed.xml has the title ${JSON.stringify(title.slice(0, 80))}, which no note has`);
      } else {
        const urls = parsed.locs.filter((loc) => loc.includes('/posts/'));
        for (const b of built) {
          if (!urls.some((loc) => decodeURIComponent(new URL(loc).pathname) === b.url))
            wrong.push(`/sitemap.xml lacks ${b.note.kind}`);
        }
        // Every post and a sample of the rest (a note with 10,000 tags makes 10,000 tag pages).
        const others = parsed.locs.filter((loc) => !loc.includes('/posts/'));
        const sample = [...urls, ...others.filter((_, i) => i % Math.ceil(others.length / 200) === 0)];
        for (const loc of sample) {
          const target = new URL(loc);
          const status = (await fetch(`${site.url}${target.pathname}`, { method: 'HEAD' })).status;
          if (status !== 200) wrong.push(`/sitemap.xml lists ${target.pathname}, which answers ${status}`);
        }
      }
    }
    await page.close();
    assert.deepEqual(wrong.slice(0, 30), []);
  });

  test('the search index parses and holds the hostile titles as text', async () => {
    assert.ok(site);
    const res = await fetch(`${site.url}/search-index.json`);
    if (res.status === 404) return; // search not built into this version
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /json/);
    const text = await res.text();
    assert.doesNotThrow(() => JSON.parse(text));
    const titles = new Set(
      (JSON.parse(text) as { notes?: { title: string }[] }).notes?.map((n) => n.title) ?? [],
    );
    for (const b of built.filter((x) => x.note.hostile))
      assert.ok(titles.has(b.title), `${b.note.kind} not in the index`);
  });

  test('a note with an error stops `npm run build` at the check, named', async () => {
    const broken = refused.slice(0, 5);
    for (const n of broken) writeFileSync(path.join(contentDir, 'posts', n.name), n.bytes);
    try {
      const result = await buildSite(options, path.join(logs, 'fuzz-build-refused.log'), 120_000);
      assert.equal(result.failed, 'check', `expected the content check to fail, got ${result.failed}`);
      const log = readFileSync(result.log, 'utf8');
      for (const n of broken) assert.ok(log.includes(n.name), `the check output does not name ${n.name}`);
    } finally {
      for (const n of broken) rmSync(path.join(contentDir, 'posts', n.name), { force: true });
    }
  });
});
