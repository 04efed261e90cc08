import { expect, SEED, test, xmlError } from './helpers';

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
