/**
 * Share links and the licence line under a post (issue 21): plain links with the post's URL and
 * title encoded, copy link that writes the URL (mouse and keyboard) and is the permalink without
 * JavaScript, the licence (site default, the post's own text, `license: false`) and the footer's.
 */
import type { Page } from '@playwright/test';
import { expect, SEED, test, visit } from './helpers';

const OWN = { path: '/posts/own-license/', text: '保留所有权利，转载请先联系作者。' };
const NONE = { path: '/posts/no-license/' };
const CC_BY_ZH = 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans';

const shareNav = (page: Page) => page.getByRole('navigation', { name: '分享', exact: true });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('share links', () => {
  test('plain links with the URL and title, labelled, no third-party script', async ({ page, baseURL }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' && !r.url().startsWith(baseURL ?? '')) scripts.push(r.url());
    });
    await visit(page, SEED.path);
    const nav = shareNav(page);
    await expect(nav).toBeVisible();
    const url = `${baseURL}${encodeURI(SEED.path)}`;
    const u = encodeURIComponent(url);
    // Chinese stays as text in the links (the browser encodes it when the link is followed).
    const title = SEED.title;
    const expected: [string, string, string | null][] = [
      ['复制链接', encodeURI(SEED.path), null],
      ['微博', `https://service.weibo.com/share/share.php?url=${u}&title=${title}`, '_blank'],
      ['X', `https://x.com/intent/tweet?text=${title}&url=${u}`, '_blank'],
      ['Telegram', `https://t.me/share/url?url=${u}&text=${title}`, '_blank'],
      ['邮件', `mailto:?subject=${title}&body=${u}`, null],
    ];
    const links = nav.getByRole('link');
    await expect(links).toHaveCount(expected.length);
    for (const [i, [label, href, target]] of expected.entries()) {
      const link = links.nth(i);
      await expect(link, label).toHaveAccessibleName(label);
      await expect(link, label).toHaveAttribute('href', href);
      expect(await link.getAttribute('target'), label).toBe(target);
      if (target) expect(await link.getAttribute('rel'), label).toMatch(/\bnoopener\b/);
      // The icon is the link's ::before (app/share-license.css), outside its accessible name (checked above).
      const icon = await link.evaluate((a) => getComputedStyle(a, '::before').width);
      expect(icon, `${label} icon`).toBe('16px');
    }
    // What the platform receives once the browser encodes the link: the post's URL and title.
    const weibo = new URL((await links.nth(1).getAttribute('href')) ?? '');
    expect(weibo.searchParams.get('url')).toBe(url);
    expect(weibo.searchParams.get('title')).toBe(SEED.title);
    expect(weibo.search).toContain(encodeURIComponent(SEED.title));
    expect(scripts, 'no script from another origin').toEqual([]);
  });

  test('copy link writes the URL to the clipboard and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await visit(page, SEED.path);
    const copy = shareNav(page).getByRole('link', { name: '复制链接' });
    await copy.click();
    await expect.poll(() => clipboard(page)).toBe(`${baseURL}${encodeURI(SEED.path)}`);
    expect(new URL(page.url()).pathname, 'the page stays').toBe(encodeURI(SEED.path));
    await expect(shareNav(page).getByRole('status')).toHaveText('链接已复制');
    await expect(shareNav(page).locator('[data-share="copy"]')).toHaveText('链接已复制');
    await expect(shareNav(page).locator('[data-share="copy"]')).toHaveText('复制链接', { timeout: 4000 });
  });

  test('keyboard: Tab reaches the links in order, Enter on copy link copies', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(OWN.path);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    const copy = shareNav(page).getByRole('link', { name: '复制链接' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(`${baseURL}${OWN.path}`);
    await page.keyboard.press('Tab');
    await expect(shareNav(page).getByRole('link', { name: '微博' })).toBeFocused();
    await expect(page.locator(':focus')).toHaveCSS('outline-style', /solid|auto/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('copy link is the post permalink, every share link still there', async ({ page }) => {
    await page.goto(SEED.path);
    const copy = shareNav(page).getByRole('link', { name: '复制链接' });
    await expect(copy).toHaveAttribute('href', encodeURI(SEED.path));
    await expect(shareNav(page).getByRole('link')).toHaveCount(5);
  });
});

test.describe('licence', () => {
  const line = (page: Page) => page.locator('article .post-footer > p');
  const footer = (page: Page) => page.locator('body > footer');

  test('a post shows the site licence, CC BY 4.0, linked', async ({ page }) => {
    await visit(page, SEED.path);
    await expect(line(page)).toHaveText('本文采用 CC BY 4.0 许可协议。');
    await expect(line(page).getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', CC_BY_ZH);
    await expect(line(page).getByRole('link')).toHaveAttribute('rel', /\blicense\b/);
    await expect(footer(page)).toContainText('除另有说明外，本站文章采用 CC BY 4.0 许可协议。');
    await expect(footer(page).getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', CC_BY_ZH);
  });

  test("license: with the writer's text shows it as written", async ({ page }) => {
    await visit(page, OWN.path);
    await expect(line(page)).toHaveText(OWN.text);
    await expect(line(page).getByRole('link')).toHaveCount(0);
    await expect(footer(page).getByRole('link', { name: 'CC BY 4.0' })).toHaveCount(1);
  });

  test('license: false shows no licence line under the post; the footer keeps the site one', async ({
    page,
  }) => {
    await visit(page, NONE.path);
    await expect(line(page)).toHaveCount(0);
    await expect(shareNav(page)).toBeVisible();
    await expect(footer(page)).toContainText('CC BY 4.0');
  });
});
