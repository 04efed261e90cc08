import {
  expect,
  expectLayout,
  homeOrder,
  linkTo,
  listedSlugs,
  readFixtureNotes,
  SEED,
  test,
  visit,
} from './helpers';

const notes = readFixtureNotes();
const order = homeOrder(notes).map((n) => n.slug);
const bySlug = new Map(notes.map((n) => [n.slug, n]));

/** `2025-11-28T14:43:00.000Z` → `2025年11月28日` (Asia/Shanghai). */
function zhDate(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

test('the fixture has 37 notes: seed, 25 generated, one without comments, one with CRLF endings, three for links, previews and search, one for zoom, folding and print, a series of three, two for licences', () => {
  expect(notes).toHaveLength(37);
  expect(notes.filter((n) => n.file.includes('-gen-'))).toHaveLength(25);
  expect(notes.some((n) => n.slug === SEED.slug)).toBe(true);
  expect(notes.some((n) => !n.comments)).toBe(true);
});

test.describe('home pagination, 10 per page', () => {
  test('page 1: the 10 first notes, pinned first then newest first', async ({ page }) => {
    await visit(page, '/');
    await expectLayout(page);
    expect(await listedSlugs(page)).toEqual(order.slice(0, 10));
    const nav = page.getByRole('navigation', { name: '分页', exact: true });
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link', { name: '上一页' })).toHaveCount(0);
    const next = nav.getByRole('link', { name: '下一页' });
    await expect(next).toHaveAttribute('href', '/page2/');
    await expect(next).toHaveAttribute('rel', /\bnext\b/);
    await expect(linkTo(nav, '/page2/')).not.toHaveCount(0);
    await expect(linkTo(nav, '/page3/')).not.toHaveCount(0);
  });

  test('page 2 and page 3', async ({ page }) => {
    await visit(page, '/page2/');
    await expectLayout(page);
    expect(await listedSlugs(page)).toEqual(order.slice(10, 20));
    const nav = page.getByRole('navigation', { name: '分页', exact: true });
    await expect(nav.getByRole('link', { name: '上一页' })).toHaveAttribute('rel', /\bprev\b/);
    await expect(nav.getByRole('link', { name: '下一页' })).toHaveAttribute('href', '/page3/');

    await visit(page, '/page3/');
    expect(await listedSlugs(page)).toEqual(order.slice(20, 30));
    const nav3 = page.getByRole('navigation', { name: '分页', exact: true });
    // A fourth page only when more than 30 notes are listed.
    await expect(nav3.getByRole('link', { name: '下一页' })).toHaveCount(order.length > 30 ? 1 : 0);
    await expect(nav3.getByRole('link', { name: '上一页' })).toHaveAttribute('href', '/page2/');
  });

  test('下一页 and 上一页 take the reader through the pages', async ({ page }) => {
    const pager = () => page.getByRole('navigation', { name: '分页', exact: true });
    const path = () => new URL(page.url()).pathname;
    // Each click waits for the new page's list before the next one (client-side navigation).
    const steps: [string, RegExp, string[]][] = [
      ['下一页', /^\/page2\/$/, order.slice(10, 20)],
      ['下一页', /^\/page3\/$/, order.slice(20, 30)],
      ['上一页', /^\/page2\/$/, order.slice(10, 20)],
      ['上一页', /^\/(page1\/)?$/, order.slice(0, 10)],
    ];
    await visit(page, '/');
    for (const [name, url, slugs] of steps) {
      await pager().getByRole('link', { name }).click();
      await expect.poll(path, { message: `URL after ${name}` }).toMatch(url);
      await expect.poll(() => listedSlugs(page), { message: `notes after ${name}` }).toEqual(slugs);
    }
  });

  test('/page99/ is a 404', async ({ page, consoleErrors }) => {
    consoleErrors.allow(/status of 404/);
    await visit(page, '/page99/', 404);
    await expect(page.locator('h1')).toHaveText(/页面不存在|找不到|404/);
  });

  test('each listed note shows its title link, date, excerpt, categories and tags', async ({ page }) => {
    for (const url of ['/', '/page2/', '/page3/']) {
      await visit(page, url);
      const articles = page.locator('article');
      const n = await articles.count();
      for (let i = 0; i < n; i++) {
        const article = articles.nth(i);
        const href = decodeURIComponent((await article.locator('h2 a').first().getAttribute('href')) ?? '');
        const note = bySlug.get(href.replace(/^\/posts\//, '').replace(/\/$/, ''));
        expect(note, `${url} article ${i} links to a known note (${href})`).toBeDefined();
        if (!note) continue;
        await expect(article.locator('h2 a').first()).toHaveText(note.title);
        const time = article.locator('time').first();
        await expect(time).toHaveAttribute('datetime', note.iso);
        await expect(time).toHaveText(zhDate(note.iso));
        const text = ((await article.textContent()) ?? '').replace(/\s+/g, ' ');
        expect(text.length, `${note.slug}: excerpt`).toBeGreaterThan(note.title.length + 30);
        for (const c of note.categories.slice(-1)) {
          await expect(article.locator('a[href^="/categories/"]', { hasText: c }).first()).toBeVisible();
        }
        for (const tag of note.tags) {
          const link = article.locator('a[href^="/tags/"]', { hasText: tag }).first();
          await expect(link, `${note.slug}: tag ${tag}`).toBeVisible();
          const tagHref = decodeURIComponent((await link.getAttribute('href')) ?? '');
          expect(tagHref, 'tag URLs are lowercase').toBe(tagHref.toLowerCase());
        }
      }
    }
  });
});
