/**
 * `npm run import` of e2e/fixtures/chirpy-site/ into a copy of the site (the "imported" variant,
 * scripts/imported-site.ts): what a reader of the imported blog sees, at the URLs the Chirpy site
 * had (CHIRPY_URLS below).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectNoHorizontalScroll, test, visit } from './helpers';

const TITLES = [
  '《Attention Is All You Need》读后记',
  '笔记工具 v1.2.3 发布说明',
  '我的第一篇博客',
  '线性代数笔记：特征值',
  '用 .markdown 结尾的文件',
  '带 slug 的文章',
  '带 permalink 的文章',
  '搬过家的文章',
];

/**
 * Every address the fixture Chirpy site answered (Jekyll's `/posts/:title/`, `slug:`, `permalink:`,
 * `redirect_from:`, the tabs and taxonomy pages, and the spellings GitHub Pages redirected), with
 * the post title it must show ('' for a list page).
 */
const CHIRPY_URLS: [string, string][] = [
  ['/posts/Attention-Is-All-You-Need/', '《Attention Is All You Need》读后记'],
  ['/posts/v1.2.3-发布说明/', '笔记工具 v1.2.3 发布说明'],
  ['/posts/my-first-post/', '我的第一篇博客'],
  ['/posts/线性代数笔记/', '线性代数笔记：特征值'],
  ['/posts/markdown-file/', '用 .markdown 结尾的文件'],
  ['/posts/custom-slug/', '带 slug 的文章'],
  ['/posts/fixed-link/', '带 permalink 的文章'],
  ['/posts/redirect-post/', '搬过家的文章'],
  ['/2019/01/old-address/', '搬过家的文章'],
  ['/posts/Attention-Is-All-You-Need', '《Attention Is All You Need》读后记'],
  ['/posts/线性代数笔记', '线性代数笔记：特征值'],
  ['/about/', ''],
  ['/archives/', ''],
  ['/categories/', ''],
  ['/tags/', ''],
  ['/categories/深度学习/', ''],
  ['/tags/注意力/', ''],
];

/** GoatCounter's script is answered locally (the helpers block the network): an empty script. */
async function stubGoatCounter(page: Page): Promise<void> {
  await page.route('https://gc.zgo.at/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
}

async function openPost(page: Page, title: string): Promise<void> {
  await visit(page, '/');
  await page.getByRole('link', { name: title, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await stubGoatCounter(page);
});

test('the settings show: title, tagline, avatar and labelled social links', async ({ page }) => {
  await visit(page, '/');
  await expect(page).toHaveTitle(/小林的读书笔记/);
  const header = page.locator('header').first();
  await expect(header.locator('.site-title')).toHaveText('小林的读书笔记');
  await expect(header.locator('.site-tagline')).toHaveText('读论文，记公式，写代码');
  const avatar = header.locator('img.site-avatar');
  await expect(avatar).toHaveAttribute('src', '/assets/img/avatar.png');
  await expect.poll(() => avatar.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const social = page.getByRole('navigation', { name: '社交链接' });
  const links: [string, string][] = [
    ['xiaolin@example.com', 'mailto:xiaolin@example.com'],
    ['GitHub', 'https://github.com/xiaolin-notes'],
    ['微博', 'https://weibo.com/u/1234567890'],
    ['知乎', 'https://www.zhihu.com/people/xiaolin'],
    ['哔哩哔哩', 'https://space.bilibili.com/987654'],
    ['X (Twitter)', 'https://twitter.com/xiaolin_notes'],
  ];
  for (const [name, href] of links)
    await expect(social.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  await expect(page.locator('footer')).toContainText('小林');
});

test.describe('on a phone, in both themes', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: avatar and title in the header, tagline and social links in the footer, accessible`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await visit(page, '/');
      await expect(page.locator('header img.site-avatar')).toBeVisible();
      await expect(page.locator('header .site-title')).toBeVisible();
      await expect(page.locator('footer .site-footer-tagline')).toHaveText('读论文，记公式，写代码');
      const social = page.getByRole('navigation', { name: '社交链接' });
      await social.scrollIntoViewIfNeeded();
      await expect(social.getByRole('link', { name: '知乎', exact: true })).toBeVisible();
      await expectNoHorizontalScroll(page);
      const axe = await new AxeBuilder({ page }).include('header').include('footer').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
});

test('every imported post is listed by its title; the draft is not', async ({ page }) => {
  await visit(page, '/archives');
  const main = page.locator('main');
  for (const title of TITLES)
    await expect(main.getByRole('link', { name: title, exact: true })).toHaveCount(1);
  await expect(main).not.toContainText('还没写完的草稿');
});

test('GoatCounter is loaded after hydration and its host is allowed by the CSP, nothing more', async ({
  page,
}) => {
  const response = await visit(page, '/');
  const csp = (await response?.headerValue('content-security-policy')) ?? '';
  const directive = (name: string): string[] =>
    (csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '').split(' ').slice(1);
  const scriptSrc = directive('script-src');
  const connectSrc = directive('connect-src');
  const script = page.locator('script[data-xiaoji-analytics="goatcounter"]');
  await expect(script).toHaveAttribute('src', 'https://gc.zgo.at/count.js');
  await expect(script).toHaveAttribute('data-goatcounter', 'https://xiaolin.goatcounter.com/count');
  // Our origin, giscus (comments are on) and GoatCounter: nothing else.
  expect(scriptSrc).toEqual(["'self'", "'unsafe-inline'", 'https://giscus.app', 'https://gc.zgo.at']);
  expect(connectSrc).toEqual(["'self'", 'https://xiaolin.goatcounter.com']);
});

test('the about page is the Chirpy about tab', async ({ page }) => {
  await visit(page, '/about');
  await expect(page.getByRole('heading', { level: 1, name: '关于' })).toBeVisible();
  await expect(page.locator('main')).toContainText('你好，我是小林');
});

test('an image under /assets/img/ loads at its Chirpy URL', async ({ page, request }) => {
  const res = await request.get('/assets/img/posts/attention.png');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  await openPost(page, '《Attention Is All You Need》读后记');
  const image = page.locator('main img[src="/assets/img/posts/attention.png"]');
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
});

test("the defaults' math: true renders a formula in a post that does not say it", async ({ page }) => {
  await openPost(page, '线性代数笔记：特征值');
  await expect(page.locator('main .katex-display')).toHaveCount(1);
  await expect(page.locator('main')).not.toContainText('$$');
});

test('every old Chirpy URL answers 200, or redirects permanently to a 200 page with its post', async ({
  page,
}) => {
  for (const [url, title] of CHIRPY_URLS) {
    const statuses: number[] = [];
    let current = encodeURI(url);
    for (let hop = 0; hop < 5; hop++) {
      const res = await page.request.get(current, { maxRedirects: 0 });
      statuses.push(res.status());
      const location = res.headers().location;
      if (!location || res.status() < 300 || res.status() >= 400) break;
      current = new URL(location, 'http://x').pathname;
    }
    expect(statuses.at(-1), `${url} ends with 200 (${statuses.join(' -> ')})`).toBe(200);
    for (const status of statuses.slice(0, -1)) expect([301, 308], `${url}: permanent`).toContain(status);
    if (!title) continue;
    await visit(page, encodeURI(url));
    await expect(page.getByRole('heading', { level: 1 }), url).toHaveText(title);
  }
});

test("the blog's MathJax macros, imported as site macros, render in a post", async ({ page }) => {
  await visit(page, encodeURI('/posts/线性代数笔记/'));
  const body = page.locator('[data-note-body]');
  await expect(body.locator('.katex')).toHaveCount(5);
  await expect(body.locator('.katex-error')).toHaveCount(0);
  await expect(body.locator('.math-fallback')).toHaveCount(0);
  // $A$, the display formula, then \RR drawn blackboard bold, \inner{u}{v} in angle brackets, \e upright.
  await expect(body.locator('.katex-html').nth(2).locator('.mathbb')).toHaveText('R');
  await expect(body.locator('.katex-html').nth(3)).toContainText('⟨');
  await expect(body.locator('.katex-html').nth(4).locator('.mathrm').first()).toHaveText('e');
});
