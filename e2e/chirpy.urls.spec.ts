/**
 * Chirpy's URLs (issue 20), against the "chirpy" site variant: every post answers at the URL Jekyll
 * gave it (`/posts/:title/`, case and dots kept, `slug:`, `permalink:`), other spellings and
 * `redirect_from:` paths redirect there permanently, category, tag, archive and home pages use
 * Chirpy's paths, and Giscus sends the term Chirpy's page sent, so old threads stay attached.
 */
import type { Page } from '@playwright/test';
import { expect, test, visit } from './helpers';

/** Jekyll's URL of each fixture post, with the title shown on its page. */
const POSTS = [
  { url: '/posts/Attention-Is-All-You-Need/', title: '读论文：注意力就是你所需要的一切' },
  { url: '/posts/python-numpy.ndarray/', title: 'numpy.ndarray 的几个小坑' },
  { url: '/posts/换个-名字/', title: '用 slug 换一个网址' },
  { url: '/2022/我的永久链接/', title: '自己定一个永久链接' },
  { url: '/posts/redirect-from/', title: '换过名字的笔记' },
  { url: '/posts/Hello-World!-你好-(2)/', title: '文件名里有空格和标点' },
  { url: '/posts/text-and-typography/', title: 'Text and Typography' },
];

/** Other spellings of a post's URL, or its `redirect_from:` paths, and where each must lead. */
const MOVED: [from: string, to: string][] = [
  ['/posts/attention-is-all-you-need/', '/posts/Attention-Is-All-You-Need/'],
  ['/posts/ATTENTION-IS-ALL-YOU-NEED/', '/posts/Attention-Is-All-You-Need/'],
  ['/posts/Attention-Is-All-You-Need', '/posts/Attention-Is-All-You-Need/'],
  ['/posts/python-numpy.ndarray', '/posts/python-numpy.ndarray/'],
  ['/posts/Python-Numpy.ndarray/', '/posts/python-numpy.ndarray/'],
  ['/posts/%e6%8d%a2%e4%b8%aa-%e5%90%8d%e5%ad%97', '/posts/换个-名字/'],
  ['/posts/hello-world!-%E4%BD%A0%E5%A5%BD-(2)/', '/posts/Hello-World!-你好-(2)/'],
  ['/2022/%E6%88%91%E7%9A%84%E6%B0%B8%E4%B9%85%E9%93%BE%E6%8E%A5', '/2022/我的永久链接/'],
  ['/posts/旧名字/', '/posts/redirect-from/'],
  ['/2019/old-name.html', '/posts/redirect-from/'],
];

/** Follows redirects one at a time; returns every status and the final path (decoded). */
async function hops(page: Page, path: string): Promise<{ statuses: number[]; final: string }> {
  const statuses: number[] = [];
  // Raw Chinese is encoded as a browser would; an encoded path is sent as written (case of hex kept).
  let current = /[^\x20-\x7e]/.test(path) ? encodeURI(path) : path;
  for (let i = 0; i < 5; i++) {
    const res = await page.request.get(current, { maxRedirects: 0 });
    statuses.push(res.status());
    const location = res.headers().location;
    if (!location || res.status() < 300 || res.status() >= 400) break;
    current = new URL(location, 'http://x').pathname;
  }
  return { statuses, final: decodeURI(current) };
}

test('every post answers 200 at the URL Jekyll gave it, with that URL as canonical', async ({ page }) => {
  for (const { url, title } of POSTS) {
    await visit(page, encodeURI(url));
    await expect(page.locator('h1'), url).toHaveText(title);
    expect(decodeURI(new URL(page.url()).pathname), `${url} stays put`).toBe(url);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(decodeURI(new URL(canonical ?? '').pathname), `${url} canonical`).toBe(url);
  }
});

test('other spellings and redirect_from paths redirect permanently to the post', async ({ page }) => {
  for (const [from, to] of MOVED) {
    const { statuses, final } = await hops(page, from);
    expect(final, `${from} ends at`).toBe(to);
    expect(statuses.at(-1), `${from} ends with 200`).toBe(200);
    expect(statuses.slice(0, -1).length, `${from} redirects`).toBeGreaterThan(0);
    for (const status of statuses.slice(0, -1)) expect(status, `${from}: permanent`).toBe(308);
  }
  // And in the browser, the page shown is the post.
  await visit(page, '/posts/attention-is-all-you-need/');
  await expect(page).toHaveURL(/\/posts\/Attention-Is-All-You-Need\/$/);
  await expect(page.locator('h1')).toHaveText(POSTS[0]?.title ?? '');
});

test('a path no post spells is still a 404', async ({ page, consoleErrors }) => {
  consoleErrors.allow(/status of 404/);
  for (const path of ['/posts/no-such-post/', '/posts/no.such.post/', '/2019/nothing.html', '/nowhere/']) {
    const { statuses } = await hops(page, path);
    expect(statuses.at(-1), path).toBe(404);
  }
});

test("categories, tags, archives and home pages answer at Chirpy's paths", async ({ page }) => {
  // Chirpy links them as `/categories/{{ name | slugify | url_encode }}/`: Jekyll's default slugify.
  for (const path of [
    '/categories/',
    '/categories/论文笔记/',
    '/categories/deep-learning/',
    '/tags/',
    '/tags/transformer/',
    '/tags/注意力/',
    '/tags/网址/',
    '/archives/',
    '/page2/',
  ]) {
    await visit(page, encodeURI(path));
    expect(decodeURI(new URL(page.url()).pathname), path).toBe(path);
  }
  await visit(page, encodeURI(POSTS[0]?.url ?? ''));
  const header = page.locator('article header, main').first();
  await expect(header.locator('a[href="/categories/deep-learning/"]').first()).toBeVisible();
  await expect(page.locator('a[href="/tags/transformer/"]').first()).toBeVisible();
  const slashed: [from: string, to: string][] = [
    ['/archives', '/archives/'],
    ['/tags/transformer', '/tags/transformer/'],
    ['/page/2/', '/page2/'],
  ];
  for (const [path, to] of slashed) {
    const { statuses, final } = await hops(page, path);
    expect(final, path).toBe(to);
    expect(statuses, path).toEqual([308, 200]);
  }
});

test('files keep their file URLs', async ({ page }) => {
  for (const path of ['/feed.xml', '/sitemap.xml', '/robots.txt', '/search-index.json']) {
    const { statuses, final } = await hops(page, path);
    expect(statuses, path).toEqual([200]);
    expect(final).toBe(path);
  }
  const feed = await (await page.request.get('/feed.xml')).text();
  expect(feed).toContain('/posts/Attention-Is-All-You-Need/');
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/posts/python-numpy.ndarray/');
  expect(sitemap).toContain(encodeURI('/2022/我的永久链接/'));
});

test('links between posts use the new URLs', async ({ page }) => {
  await visit(page, encodeURI('/posts/python-numpy.ndarray/'));
  const body = page.locator('.prose, [data-note-body]').first();
  // `{{ site.baseurl }}/posts/…/` and `{% post_url … %}` both point at the post as Jekyll would.
  await expect(body.locator('a[href="/posts/Attention-Is-All-You-Need/"]')).toHaveCount(2);
  await visit(page, encodeURI('/posts/Attention-Is-All-You-Need/'));
  await page.locator('article a[href="/posts/python-numpy.ndarray/"]').first().click();
  await expect(page).toHaveURL(/\/posts\/python-numpy\.ndarray\/$/);
  await expect(page.locator('h1')).toHaveText(POSTS[1]?.title ?? '');
});

/** Scrolls to the comments and returns the `term` giscus's iframe was asked for. */
async function giscusTerm(page: Page, url: string): Promise<string> {
  const frames: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith('https://giscus.app/') && r.url().includes('/widget')) frames.push(r.url());
  });
  await visit(page, url);
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(300);
  }
  await expect.poll(() => frames.length, { message: `giscus iframe requested on ${url}` }).toBeGreaterThan(0);
  return new URL(frames[0] ?? '').searchParams.get('term') ?? '';
}

/**
 * What Chirpy's page at the same URL sent: giscus (client.js on Chirpy, the web component here) takes
 * `location.pathname` without its leading `/` and a final `.ext`; the browser keeps the path
 * percent-encoded, as GitHub Pages served it.
 */
function chirpyTerm(url: string): string {
  const pathname = new URL(encodeURI(url), 'http://x').pathname;
  return pathname.length < 2 ? 'index' : pathname.substring(1).replace(/\.\w+$/, '');
}

test('giscus asks for the same discussion term as the Chirpy page did', async ({ page }) => {
  const cases: [visitAt: string, jekyllUrl: string, term: string][] = [
    [
      '/posts/Attention-Is-All-You-Need/',
      '/posts/Attention-Is-All-You-Need/',
      'posts/Attention-Is-All-You-Need/',
    ],
    ['/posts/python-numpy.ndarray/', '/posts/python-numpy.ndarray/', 'posts/python-numpy.ndarray/'],
    ['/posts/换个-名字/', '/posts/换个-名字/', 'posts/%E6%8D%A2%E4%B8%AA-%E5%90%8D%E5%AD%97/'],
    [
      '/2022/我的永久链接/',
      '/2022/我的永久链接/',
      '2022/%E6%88%91%E7%9A%84%E6%B0%B8%E4%B9%85%E9%93%BE%E6%8E%A5/',
    ],
    // Arriving by another spelling: the redirect lands on the post's own URL first.
    [
      '/posts/attention-is-all-you-need',
      '/posts/Attention-Is-All-You-Need/',
      'posts/Attention-Is-All-You-Need/',
    ],
  ];
  for (const [visitAt, jekyllUrl, term] of cases) {
    expect(chirpyTerm(jekyllUrl), jekyllUrl).toBe(term);
    expect(await giscusTerm(page, encodeURI(visitAt)), visitAt).toBe(term);
  }
});
