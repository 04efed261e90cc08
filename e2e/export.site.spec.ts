/**
 * The chirpy notes as a static export under the base path `/blog` (XIAOJI_OUTPUT=export,
 * docs/deploying.md), served by a plain static file server that answers as GitHub Pages does
 * (scripts/static-server.ts): posts at their Chirpy URLs under the base path, search, the 404 page,
 * `redirect_from:` pages, and a feed whose links are absolute with the base path.
 */
import { expect, test, visit } from './helpers';

const site = new URL(process.env.EXPORT_URL ?? 'http://localhost:4316/blog');
const BASE = site.pathname.replace(/\/+$/, '');
const at = (path: string) => `${BASE}${encodeURI(path)}`;

test('a post answers at its Chirpy URL under the base path, canonical included', async ({ page }) => {
  await visit(page, at('/posts/python-numpy.ndarray/'));
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${site.origin}${BASE}/posts/python-numpy.ndarray/`,
  );
  // The site's own links stay under the base path: header, navigation, categories and tags.
  const hrefs = await page
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) expect(href, 'an internal link').toMatch(new RegExp(`^${BASE}/`));
  // A Content-Security-Policy is in the page, as a static host sends no headers.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /default-src 'self'/,
  );
});

test('a post URL without its trailing slash is a 301 to it, as on GitHub Pages', async ({ request }) => {
  const response = await request.get(at('/posts/Attention-Is-All-You-Need'), { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe(at('/posts/Attention-Is-All-You-Need/'));
});

test('search finds a post and its result links under the base path', async ({ page }) => {
  await visit(page, at('/'));
  // The header island announces its shortcuts once its key listener is attached.
  await expect(page.locator('header button[aria-keyshortcuts]')).toHaveCount(1);
  await page.getByRole('button', { name: '搜索笔记' }).click();
  await page.getByRole('dialog').getByRole('combobox', { name: '搜索笔记' }).fill('永久链接');
  const option = page.getByRole('option').filter({ hasText: '自己定一个永久链接' });
  await expect(option).toBeVisible();
  // The result opens the post under the base path with the query to mark (?highlight=, docs/search.md).
  const href = (await option.locator('a').first().getAttribute('href')) ?? '';
  expect(decodeURI(href.split(/[?#]/)[0] ?? '')).toBe(`${BASE}/2022/我的永久链接/`);
  expect(new URLSearchParams(href.split('?')[1]?.split('#')[0]).get('highlight')).toBe('永久链接');
  await option.click();
  await expect(page).toHaveURL(new RegExp(`^${site.origin}${at('/2022/我的永久链接/')}\\?highlight=`));
  await expect(page.locator('h1')).toHaveText('自己定一个永久链接');
});

test('a missing path answers the 404 page with status 404', async ({ page, consoleErrors }) => {
  consoleErrors.allow(/404/);
  await visit(page, at('/posts/没有这篇/'), 404);
  await expect(page.locator('h1')).toHaveText('页面不存在');
  // Its styles and its home link work from any depth: they are under the base path.
  await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute(
    'href',
    new RegExp(`^${BASE}/_next/`),
  );
  await expect(page.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', `${BASE}/`);
});

test('a redirect_from: path lands on the post', async ({ page }) => {
  for (const from of ['/posts/旧名字/', '/2019/old-name.html']) {
    await page.goto(at(from));
    await expect(page).toHaveURL(`${site.origin}${at('/posts/redirect-from/')}`);
    await expect(page.locator('h1')).toHaveText('换过名字的笔记');
  }
});

test("the feed's links are absolute, with the base path", async ({ request }) => {
  const feed = await (await request.get(`${BASE}/feed.xml`)).text();
  const links = [...feed.matchAll(/<link [^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  expect(links.length).toBeGreaterThan(3);
  for (const link of links) expect(link).toMatch(new RegExp(`^${site.origin}${BASE}/`));
  expect(feed).toContain(
    `<link rel="self" type="application/atom+xml" href="${site.origin}${BASE}/feed.xml"/>`,
  );
  const sitemap = await (await request.get(`${BASE}/sitemap.xml`)).text();
  for (const m of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g))
    expect(m[1]).toMatch(new RegExp(`^${site.origin}${BASE}/`));
});

test('an image opens large in the static export: the viewer loads from under the base path', async ({
  page,
}) => {
  await visit(page, at('/posts/markdown-extensions/'));
  await page.getByRole('button', { name: '放大图片：一张图' }).click();
  const view = page.getByRole('dialog');
  await expect(view.locator('figcaption')).toHaveText('图片下方的斜体行是图注');
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
});

test('a tag has its feed file in the export, linked from its page under the base path', async ({
  page,
  request,
}) => {
  const path = at('/tags/网址/feed.xml');
  const feed = await request.get(path);
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${site.origin}${path}"/>`);
  expect(xml.match(/<entry>/g)?.length).toBe(3);
  await visit(page, at('/tags/网址/'));
  await expect(
    page.locator('head link[rel="alternate"][type="application/atom+xml"]').first(),
  ).toHaveAttribute('href', `${site.origin}${path}`);
  // Written with the tag's name, as the site's other links to tag pages are.
  await expect(page.getByRole('link', { name: '订阅此标签 (Atom)' })).toHaveAttribute(
    'href',
    `${BASE}/tags/网址/feed.xml`,
  );
  expect((await request.get(`${BASE}/feed.json`)).status()).toBe(200);
});
