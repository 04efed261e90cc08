import type { Page } from '@playwright/test';
import { expect, SEED, test, xmlError } from './helpers';

interface AtomEntry {
  title: string;
  link: string;
  id: string;
  updated: string;
}

/** Fetches an Atom feed, checks it is well-formed, and reads its self link, id and entries. */
async function readAtom(page: Page, path: string) {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type'], path).toMatch(/^application\/atom\+xml/);
  const xml = await res.text();
  await page.setContent('<!doctype html><title>xml</title>');
  expect(await xmlError(page, xml), `${path} XML parse error`).toBeNull();
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const root = doc.documentElement;
    const child = (el: Element, name: string) =>
      Array.from(el.children)
        .find((c) => c.localName === name)
        ?.textContent?.trim() ?? '';
    return {
      root: root.localName,
      ns: root.namespaceURI,
      title: child(root, 'title'),
      id: child(root, 'id'),
      updated: child(root, 'updated'),
      self: root.querySelector(':scope > link[rel="self"]')?.getAttribute('href') ?? '',
      entries: Array.from(root.getElementsByTagName('entry')).map((e) => ({
        title: child(e, 'title'),
        link: e.querySelector('link')?.getAttribute('href') ?? '',
        id: child(e, 'id'),
        updated: child(e, 'updated'),
      })),
    };
  }, xml);
}

/** Every entry has a title, an absolute link on the site, an id and an RFC 3339 updated. */
function expectEntries(entries: AtomEntry[], origin: string) {
  expect(entries.length).toBeGreaterThan(0);
  for (const e of entries) {
    expect(e.title, 'entry title').not.toBe('');
    expect(e.link.startsWith(`${origin}/`), `absolute link ${e.link}`).toBe(true);
    expect(e.id, 'entry id').not.toBe('');
    expect(e.updated, 'entry updated').toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  }
}

test.describe('feed, sitemap, robots', () => {
  test('/feed.xml is well-formed and carries the full seed note', async ({ page, baseURL }) => {
    const res = await page.request.get('/feed.xml');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/xml/);
    const xml = await res.text();
    await page.setContent('<!doctype html><title>xml</title>');
    expect(await xmlError(page, xml), 'feed XML parse error').toBeNull();

    const entry = await page.evaluate(
      ({ text, title }) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const root = doc.documentElement.localName;
        const items = Array.from(doc.getElementsByTagName(root === 'feed' ? 'entry' : 'item'));
        const item = items.find((i) => i.getElementsByTagName('title')[0]?.textContent?.trim() === title);
        if (!item) return { root, found: false, links: [] as string[], text: '' };
        const links = Array.from(item.getElementsByTagName('link')).map(
          (l) => l.getAttribute('href') ?? l.textContent?.trim() ?? '',
        );
        const guid = item.getElementsByTagName('guid')[0]?.textContent?.trim();
        const id = item.getElementsByTagName('id')[0]?.textContent?.trim();
        return { root, found: true, links: [...links, guid ?? '', id ?? ''], text: item.textContent ?? '' };
      },
      { text: xml, title: SEED.title },
    );
    expect(['feed', 'rss'], 'feed root element').toContain(entry.root);
    expect(entry.found, 'an entry titled with the seed note title').toBe(true);
    expect(entry.links).toContain(`${baseURL}${SEED.path}`);
    expect(entry.text, 'full content, start').toContain('核心底层逻辑');
    expect(entry.text, 'full content, end').toContain(SEED.lastWords);
  });

  test('/feed.xml is Atom with a self link, absolute URLs and complete entries', async ({
    page,
    baseURL,
  }) => {
    const feed = await readAtom(page, '/feed.xml');
    expect(feed.root).toBe('feed');
    expect(feed.ns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.self).toBe(`${baseURL}/feed.xml`);
    expect(feed.id).toBe(`${baseURL}/`);
    expectEntries(feed.entries, baseURL ?? '');
  });

  for (const [kind, name, path, pagePath] of [
    ['tag', '知乎', '/tags/知乎/feed.xml', '/tags/知乎/'],
    ['tag', 'LLM', '/tags/llm/feed.xml', '/tags/llm/'],
    ['category', '小记', '/categories/小记/feed.xml', '/categories/小记/'],
  ] as const) {
    test(`the ${kind} ${name} has its Atom feed beside its page, linked from it`, async ({
      page,
      baseURL,
    }) => {
      const feed = await readAtom(page, encodeURI(path));
      expect(feed.self).toBe(`${baseURL}${encodeURI(path)}`);
      expect(feed.id).toBe(`${baseURL}${encodeURI(pagePath)}`);
      expect(feed.title).toContain(name);
      expectEntries(feed.entries, baseURL ?? '');
      expect(feed.entries.map((e) => e.title)).toContain(SEED.title);

      await page.goto(pagePath);
      const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]').first();
      await expect(alternate).toHaveAttribute('href', `${baseURL}${encodeURI(path)}`);
      expect(await alternate.getAttribute('title')).toContain(name);
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(2);
      const visible = page.getByRole('link', {
        name: kind === 'tag' ? '订阅此标签 (Atom)' : '订阅此分类 (Atom)',
      });
      await expect(visible).toBeVisible();
      await visible.click();
      await expect.poll(() => decodeURI(new URL(page.url()).pathname)).toBe(path);
    });
  }

  test('/feed.json is a JSON Feed 1.1 with the same entries as /feed.xml', async ({ page, baseURL }) => {
    const res = await page.request.get('/feed.json');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^application\/feed\+json/);
    const json = (await res.json()) as {
      version: string;
      feed_url: string;
      items: { id: string; url: string; title: string; content_html: string; date_modified: string }[];
    };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.feed_url).toBe(`${baseURL}/feed.json`);
    const atom = await readAtom(page, '/feed.xml');
    expect(json.items.map((i) => i.url)).toEqual(atom.entries.map((e) => e.link));
    const seed = json.items.find((i) => i.title === SEED.title);
    expect(seed?.content_html.replace(/<[^>]+>/g, '')).toContain(SEED.lastWords);
  });

  test('/sitemap.xml is well-formed and lists the note, categories and tags', async ({ page, baseURL }) => {
    const res = await page.request.get('/sitemap.xml');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/xml/);
    const xml = await res.text();
    await page.setContent('<!doctype html><title>xml</title>');
    expect(await xmlError(page, xml), 'sitemap XML parse error').toBeNull();
    const locs = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return Array.from(doc.getElementsByTagName('loc')).map((l) => decodeURI(l.textContent?.trim() ?? ''));
    }, xml);
    for (const p of [
      '',
      SEED.path,
      '/categories/知乎/',
      '/categories/小记/',
      '/tags/知乎/',
      '/tags/乱七八糟/',
      '/tags/llm/',
    ]) {
      const want = `${baseURL}${p}`;
      expect(
        locs.some((l) => l === want || l === `${want}/`),
        `sitemap lists ${want}`,
      ).toBe(true);
    }
  });

  test('/robots.txt points at the sitemap', async ({ page, baseURL }) => {
    const res = await page.request.get('/robots.txt');
    expect(res.status()).toBe(200);
    expect(await res.text()).toMatch(new RegExp(`^Sitemap:\\s*${baseURL}/sitemap\\.xml\\s*$`, 'mi'));
  });
});
