import {
  countIn,
  expect,
  expectLayout,
  forEachUrl,
  linkTo,
  listedSlugs,
  rowText,
  SEED,
  test,
  visit,
} from './helpers';

const PAGES = [
  '/',
  SEED.path,
  '/categories/',
  '/categories/知乎/',
  '/categories/小记/',
  '/tags/',
  '/tags/知乎/',
  '/tags/乱七八糟/',
  '/tags/llm/',
  '/archives/',
];

test('layout on every page: header, navigation, footer, one h1, no 关于 link', async ({ page }) => {
  await forEachUrl(PAGES, async (url) => {
    await visit(page, url);
    await expectLayout(page);
    // No about page in the seed notes, so no 关于 link.
    await expect(
      page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '关于' }),
    ).toHaveCount(0);
  });
});

test.describe('home', () => {
  test('lists the seed note with date, excerpt, categories and tags', async ({ page }) => {
    await visit(page, '/');
    expect(await listedSlugs(page)).toEqual([SEED.slug]);
    const article = page.locator('article').first();
    await expect(article.locator('h2').getByRole('link')).toHaveText(SEED.title);
    await expect(article.locator(`time[datetime="${SEED.iso}"]`)).toHaveText(SEED.dateText);
    await expect(article).toContainText(/记录下刷知乎时学到的东西ovo|因为刷知乎的时候从总能学到很多东西/);
    await expect(linkTo(article, '/categories/知乎/').first()).toBeVisible();
    await expect(linkTo(article, '/tags/llm/').first()).toBeVisible();
    // One page only: no pagination.
    await expect(page.locator('nav[aria-label="分页"]')).toHaveCount(0);
  });

  test('the title link opens the note', async ({ page }) => {
    await visit(page, '/');
    await page.locator('article h2 a').first().click();
    await expect(page).toHaveURL(new RegExp(`${SEED.path}$`));
    await expect(page.locator('h1')).toHaveText(SEED.title);
  });
});

test.describe('categories and tags', () => {
  test('/categories shows the tree 知乎 (1) › 小记 (1)', async ({ page }) => {
    await visit(page, '/categories/');
    const zhihu = linkTo(page, '/categories/知乎/');
    const xiaoji = linkTo(page, '/categories/小记/');
    await expect(zhihu).toHaveCount(1);
    await expect(xiaoji).toHaveCount(1);
    await expect(zhihu).toContainText('知乎');
    await expect(xiaoji).toContainText('小记');
    expect(countIn(await rowText(zhihu), '知乎'), `count next to 知乎 in "${await rowText(zhihu)}"`).toBe(1);
    expect(countIn(await rowText(xiaoji), '小记'), `count next to 小记 in "${await rowText(xiaoji)}"`).toBe(
      1,
    );
    // 小记 is inside 知乎's node.
    const nested = await zhihu.evaluate((a, sel) => {
      const node = a.closest('li');
      return !!node && !!node.querySelector(sel);
    }, 'a[href="/categories/小记/"], a[href="/categories/%E5%B0%8F%E8%AE%B0/"]');
    expect(nested, '小记 nested under 知乎').toBe(true);
  });

  for (const url of ['/categories/知乎/', '/categories/小记/', '/categories/%E7%9F%A5%E4%B9%8E/']) {
    test(`${url} lists the seed note`, async ({ page }) => {
      await visit(page, url);
      await expect(page.locator('h1')).toContainText(decodeURIComponent(url).split('/').pop() as string);
      await expect(linkTo(page, SEED.path).first()).toBeVisible();
      await expect(linkTo(page, SEED.path).first()).toHaveText(SEED.title);
    });
  }

  test('/tags lists the three tags with counts', async ({ page }) => {
    await visit(page, '/tags/');
    for (const tag of SEED.tags) {
      const link = linkTo(page, tag.path);
      await expect(link, tag.path).toHaveCount(1);
      await expect(link).toContainText(tag.name);
      const row = await rowText(link);
      expect(countIn(row, tag.name), `count next to ${tag.name} in "${row}"`).toBe(1);
    }
  });

  for (const tag of SEED.tags) {
    test(`${tag.path} lists the seed note`, async ({ page }) => {
      await visit(page, tag.path);
      await expect(page.locator('h1')).toContainText(tag.name);
      await expect(linkTo(page, SEED.path).first()).toBeVisible();
    });
  }

  test('/archives groups by year and month', async ({ page }) => {
    await visit(page, '/archives/');
    const year = page.locator('h2', { hasText: '2025' });
    const month = page.locator('h3', { hasText: '11月' });
    await expect(year).toHaveCount(1);
    await expect(month).toHaveCount(1);
    const link = linkTo(page, SEED.path);
    await expect(link).toHaveCount(1);
    await expect(link).toHaveText(SEED.title);
    const inOrder = await page.evaluate(() => {
      const h2 = Array.from(document.querySelectorAll('h2')).find((h) => h.textContent?.includes('2025'));
      const h3 = Array.from(document.querySelectorAll('h3')).find((h) => h.textContent?.includes('11月'));
      const a = document.querySelector('a[href$="/posts/zhihu-notes-1/"]');
      const follows = (x: Node | undefined | null, y: Node | undefined | null) =>
        !!x && !!y && (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      return follows(h2, h3) && follows(h3, a);
    });
    expect(inOrder, 'year heading, then month heading, then the note').toBe(true);
    // The entry shows its date: a <time> close to the link (same row).
    const datetime = await link.evaluate((a) => {
      let el: Element | null = a;
      for (let i = 0; i < 3 && el; i++, el = el.parentElement) {
        const times = el.querySelectorAll('time');
        if (times.length === 1) return times[0]?.getAttribute('datetime') ?? '';
        if (times.length > 1) return `several <time> in ${el.tagName}`;
      }
      return 'no <time> near the link';
    });
    expect(datetime).toMatch(/^2025-11-28/);
  });
});

test('unknown notes, categories, tags and pages are 404 pages with a link home', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(/status of 404/);
  const urls = ['/posts/no-such-note/', '/categories/不存在/', '/tags/不存在/', '/page99/', '/page2/'];
  await forEachUrl(urls, async (url) => {
    await visit(page, url, 404);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(/页面不存在|找不到|404/);
    // A link home besides the site title in the header.
    const homeLinks = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('a[href="/"]')).filter(
          (a) => !a.closest('header') && !a.closest('nav'),
        ).length,
    );
    expect(homeLinks, 'links to / in the 404 content').toBeGreaterThanOrEqual(1);
  });
});
