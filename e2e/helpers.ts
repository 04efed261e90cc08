/**
 * Shared test fixtures and helpers.
 *
 * `test` (use it instead of @playwright/test's) gives every test a page that
 *  - fails the test on any console error or uncaught page error (`consoleErrors.allow()` lets a
 *    test accept a specific, expected message, e.g. the 404 of a page it visits on purpose);
 *  - never touches the network: giscus (`https://giscus.app/**`) is answered with an empty 200,
 *    any other non-local request is aborted and fails the test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { stripComments } from '../lib/markdown/comments';
import { findInlineTags } from '../lib/markdown/inline-tags';
import { isBrowserInternal } from '../scripts/lib/browser-internal';

export { expect };

export const SEED = {
  slug: 'zhihu-notes-1',
  path: '/posts/zhihu-notes-1/',
  title: '俺的第一篇知乎小记',
  description: '记录下刷知乎时学到的东西ovo',
  iso: '2025-11-28T14:43:00.000Z',
  dateText: '2025年11月28日',
  categories: ['知乎', '小记'],
  tags: [
    { name: '知乎', path: '/tags/知乎/' },
    { name: '乱七八糟', path: '/tags/乱七八糟/' },
    { name: 'LLM', path: '/tags/llm/' },
  ],
  tocId: '一核心底层逻辑',
  tocHeading: '一、核心底层逻辑',
  /** Text from the last paragraph: proves the feed carries the full note, not an excerpt. */
  lastWords: '看LangChain或者LlamaIndex的源码',
} as const;

export const GISCUS = {
  repo: 'xiaoji-test/comments',
  repoid: 'R_test123',
  category: 'Announcements',
  categoryid: 'DIC_test456',
  mapping: 'pathname',
  lang: 'zh-CN',
} as const;

/**
 * Stand-in for the giscus iframe: echoes every message it receives back to the page as
 * `{ e2eGiscusEcho: data }` (giscus itself ignores messages without a `giscus` key), so tests can
 * see the configuration the widget posts to it.
 */
const GISCUS_FRAME =
  '<!doctype html><html><head><script>addEventListener("message",function(e){parent.postMessage({e2eGiscusEcho:e.data},"*")})</script></head><body></body></html>';

export interface ConsoleErrors {
  /** Accept console errors matching `pattern` in this test (e.g. the 404 of a page visited on purpose). */
  allow(pattern: RegExp): void;
  readonly messages: string[];
}

const LOCAL = /^(localhost|127\.0\.0\.1|\[::1\])$/;

export const test = base.extend<{ consoleErrors: ConsoleErrors; externalRequests: string[] }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from the pattern.
  consoleErrors: async ({}, use) => {
    const messages: string[] = [];
    const allowed: RegExp[] = [];
    await use({ allow: (p) => allowed.push(p), messages });
    const unexpected = messages.filter((m) => !allowed.some((p) => p.test(m)));
    expect(unexpected, 'console errors or uncaught exceptions on the pages visited').toEqual([]);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from the pattern.
  externalRequests: async ({}, use) => {
    const list: string[] = [];
    await use(list);
    expect(list, 'requests that would leave the machine (other than giscus)').toEqual([]);
  },
  page: async ({ page, consoleErrors, externalRequests }, use) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const loc = msg.location();
      if (isBrowserInternal(loc.url, msg.text())) return;
      consoleErrors.messages.push(
        `console.error on ${page.url()}: ${msg.text()}${loc.url ? ` (${loc.url})` : ''}`,
      );
    });
    page.on('pageerror', (err) => {
      if (!isBrowserInternal('', `${err.message}\n${err.stack ?? ''}`))
        consoleErrors.messages.push(`uncaught on ${page.url()}: ${err.message}`);
    });
    await page.route(
      (url) => url.protocol.startsWith('http') && !LOCAL.test(url.hostname),
      async (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === 'giscus.app') {
          const isScript = route.request().resourceType() === 'script' || url.pathname.endsWith('.js');
          await route.fulfill({
            status: 200,
            contentType: isScript ? 'text/javascript' : 'text/html',
            body: isScript ? '' : GISCUS_FRAME,
          });
          return;
        }
        externalRequests.push(route.request().url());
        await route.abort('blockedbyclient');
      },
    );
    await use(page);
  },
});

// ---------------------------------------------------------------------------------------------
// URLs and links

/** `a[href=…]` for a site path, matching the raw and the percent-encoded (upper or lower case) forms. */
export function hrefSelector(sitePath: string, scope = 'a'): string {
  const encoded = encodeURI(sitePath);
  const forms = new Set([sitePath, encoded, encoded.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())]);
  return [...forms].map((f) => `${scope}[href="${f}"]`).join(', ');
}

/** Links inside `root` whose href points at `sitePath` (raw or percent-encoded). */
export function linkTo(root: Page | Locator, sitePath: string): Locator {
  return root.locator(hrefSelector(sitePath));
}

/** Decoded hash of the page URL, without `#`. */
export function currentHash(page: Page): string {
  return decodeURIComponent(new URL(page.url()).hash.replace(/^#/, ''));
}

/** Goes to `url`, expects the given HTTP status, returns the response. */
export async function visit(page: Page, url: string, status = 200) {
  const res = await page.goto(url);
  expect(res, `no response for ${url}`).not.toBeNull();
  expect(res?.status(), `HTTP status of ${url}`).toBe(status);
  return res;
}

/** The layout every page shares: header with the site title link, main navigation, footer, one h1. */
export async function expectLayout(page: Page) {
  const header = page.locator('header').first();
  await expect(header).toBeVisible();
  await expect(header.locator('a[href="/"]', { hasText: '小记' }).first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: '主导航', exact: true });
  await expect(nav).toBeVisible();
  for (const [name, href] of [
    ['首页', '/'],
    ['分类', '/categories/'],
    ['标签', '/tags/'],
    ['归档', '/archives/'],
  ] as const) {
    await expect(nav.getByRole('link', { name, exact: true }), `nav link ${name}`).toHaveAttribute(
      'href',
      href,
    );
  }
  await expect(page.locator('footer').first()).toBeAttached();
  await expect(page.locator('h1'), 'exactly one <h1> on the page').toHaveCount(1);
}

/**
 * Runs `check` for each URL as its own step in ONE test (one browser page: much cheaper than a
 * test per URL on a 2-core machine), goes on after a failure and fails at the end with every
 * failing URL and its first error lines.
 */
export async function forEachUrl(urls: readonly string[], check: (url: string) => Promise<void>) {
  // Each URL gets the time a test of its own would have had.
  test.setTimeout(Math.max(test.info().timeout, urls.length * 20_000));
  const failures: string[] = [];
  for (const url of urls) {
    try {
      await test.step(url, () => check(url));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      failures.push(`${url}: ${message.split('\n').slice(0, 8).join('\n')}`);
    }
  }
  expect(failures, 'URLs that failed').toEqual([]);
}

/** `document.documentElement.scrollWidth` must not exceed the viewport width. */
/**
 * The text a reader sees under `root` (default the body; the body when `root` matches nothing),
 * leaving out what `skip` matches (code, hidden MathML, screen-reader-only text…) and hidden nodes.
 */
export async function visibleText(page: Page, skip: string, root = 'body'): Promise<string> {
  return page.evaluate(
    ({ skip, root }) => {
      const start = document.querySelector(root) ?? document.body;
      const walker = document.createTreeWalker(start, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(skip) || !parent.checkVisibility()) continue;
        parts.push(node.textContent ?? '');
      }
      return parts.join(' ');
    },
    { skip, root },
  );
}

export async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, width, culprit } = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    let culprit = '';
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.right > vw + 1 && r.width > 0) {
        const cls = typeof el.className === 'string' ? el.className : '';
        culprit = `<${el.tagName.toLowerCase()} class="${cls.slice(0, 80)}"> right=${Math.round(r.right)}`;
        break;
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, culprit };
  });
  expect(
    scrollWidth,
    `horizontal scroll on ${page.url()} (first wide element: ${culprit})`,
  ).toBeLessThanOrEqual(width);
}

/** Parses XML in the browser; returns the parser error text, or null when well-formed. */
export async function xmlError(page: Page, xml: string): Promise<string | null> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const err = doc.getElementsByTagName('parsererror')[0];
    return err ? (err.textContent ?? 'parsererror') : null;
  }, xml);
}

// ---------------------------------------------------------------------------------------------
// The fixture notes folder, read back independently of the app (front matter via `yaml`).

export interface FixtureNote {
  file: string;
  slug: string;
  title: string;
  /** ISO instant, UTC. */
  iso: string;
  categories: string[];
  tags: string[];
  pin: boolean;
  toc: boolean;
  comments: boolean;
  body: string;
}

export const fixtureDir = process.env.E2E_FIXTURE_DIR ?? path.resolve('.e2e/fixture');

function toList(v: unknown): string[] {
  if (v == null) return [];
  if (Array.isArray(v)) return v.map(String);
  return String(v).split(/\s+/).filter(Boolean);
}

/** What the specs need of a knowledge note of the fixture vault (`notes/` of the fixture folder). */
export interface VaultNote {
  /** Path under `notes/`, e.g. `读书/三体.md`. */
  file: string;
  tags: string[];
  /** `draft: true` or `publish: false`. */
  draft: boolean;
}

/** Front-matter tags, then a note body's inline `#tags` (comments removed), each once, as the site merges them. */
function withInlineTags(tags: string[], body: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(stripComments(body).text) as Root;
  const known = new Set(tags.map((tag) => tag.toLowerCase()));
  const inline = findInlineTags(tree).filter((tag) => !known.has(tag.toLowerCase()));
  return [...tags, ...inline];
}

/** The vault's notes (dot-folders skipped, as the site skips them), read back with `yaml`; tags include inline ones. */
export function readVaultNotes(dir = fixtureDir): VaultNote[] {
  const root = path.join(dir, 'notes');
  if (!existsSync(root)) return [];
  const found: VaultNote[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) {
        const text = readFileSync(full, 'utf8');
        const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
        const fm = (m ? parseYaml(m[1] as string) : {}) as Record<string, unknown>;
        found.push({
          file: path.relative(root, full).split(path.sep).join('/'),
          tags: withInlineTags(toList(fm.tags), text.slice(m ? m[0].length : 0)),
          draft: fm.draft === true || fm.publish === false,
        });
      }
    }
  };
  walk(root);
  return found.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** `2025-11-28 22:43:00 +0800` → `2025-11-28T14:43:00.000Z`. */
export function chirpyDateToIso(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?\s*([+-])(\d{2}):?(\d{2})$/.exec(
    value.trim(),
  );
  if (!m) throw new Error(`unexpected date ${value}`);
  const [, y, mo, d, h, mi, s, sign, oh, om] = m;
  const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const utc =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)) - offset * 60_000;
  return new Date(utc).toISOString();
}

/**
 * The listed notes of the fixture folder (`hidden: true` ones are built but listed nowhere). Empty
 * when the folder has not been written (specs are loaded even when their project is not selected);
 * `home.fixture.spec.ts` checks the count.
 */
export function readFixtureNotes(dir = fixtureDir): FixtureNote[] {
  const postsDir = path.join(dir, 'posts');
  if (!existsSync(postsDir)) return [];
  return readdirSync(postsDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((file): FixtureNote[] => {
      const text = readFileSync(path.join(postsDir, file), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${file}: no front matter`);
      const fm = parseYaml(m[1] as string) as Record<string, unknown>;
      if (fm.hidden === true) return [];
      // Jekyll's `:title` (lib/slug.ts): `slug:` or the file name without date, pretty-slugified, case kept.
      const slug = (
        typeof fm.slug === 'string' ? fm.slug : file.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/\.md$/, '')
      )
        .replace(/[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu, '-')
        .replace(/^-|-$/g, '');
      return [
        {
          file,
          slug,
          title: String(fm.title),
          iso: chirpyDateToIso(String(fm.date)),
          categories: toList(fm.categories),
          tags: toList(fm.tags),
          pin: fm.pin === true,
          toc: fm.toc !== false,
          comments: fm.comments !== false,
          body: m[2] as string,
        },
      ];
    });
}

/** Home order: pinned first, then newest first (each group by date, newest first). */
export function homeOrder(notes: FixtureNote[]): FixtureNote[] {
  const byDate = (a: FixtureNote, b: FixtureNote) => b.iso.localeCompare(a.iso);
  return [...notes.filter((n) => n.pin).sort(byDate), ...notes.filter((n) => !n.pin).sort(byDate)];
}

/** Post slugs linked from the `<h2>` of each `<article>` on the page, in order. */
export async function listedSlugs(page: Page): Promise<string[]> {
  return page.locator('article').evaluateAll((articles) =>
    articles.map((a) => {
      const link = a.querySelector('h2 a[href]');
      const href = link
        ? decodeURIComponent(new URL(link.getAttribute('href') ?? '', location.href).pathname)
        : '';
      return href.replace(/^\/posts\//, '').replace(/\/$/, '');
    }),
  );
}

/** The text of the list item holding `link`, without nested lists (name and count of a tree node). */
export async function rowText(link: Locator): Promise<string> {
  return link.evaluate((a) => {
    const row = a.closest('li') ?? (/\d/.test(a.textContent ?? '') ? a : (a.parentElement ?? a));
    const clone = row.cloneNode(true) as HTMLElement;
    for (const nested of Array.from(clone.querySelectorAll('ul, ol'))) nested.remove();
    return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Extracts the number shown next to a name in a row like `知乎 1`, `知乎 (1)`, `知乎1`. */
export function countIn(row: string, name: string): number | null {
  const rest = row.replace(name, ' ');
  const nums = rest.match(/\d+/g);
  return nums && nums.length === 1 ? Number(nums[0]) : null;
}

/**
 * An element's text and border colours, and the site's `--link` and `--muted-fg` colours, all as
 * the browser computes them (`rgb(…)`), so they compare as strings.
 */
export function colours(element: Locator) {
  return element.evaluate((el) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const root = getComputedStyle(document.documentElement);
    const resolve = (name: string) => {
      probe.style.color = root.getPropertyValue(name);
      return getComputedStyle(probe).color;
    };
    const style = getComputedStyle(el);
    const out = {
      text: style.color,
      borderLeft: style.borderLeftColor,
      borderTop: style.borderTopColor,
      link: resolve('--link'),
      muted: resolve('--muted-fg'),
    };
    probe.remove();
    return out;
  });
}
