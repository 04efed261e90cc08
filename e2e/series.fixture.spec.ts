import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectLayout, linkTo, test, visit } from './helpers';

/** The fixture series (e2e/fixtures/posts/2024-08-*-series-*.md): `series_order: 1` puts the newest first. */
const SERIES = '从零学写小记';
const SERIES_URL = `/series/${SERIES}/`;
const PARTS = [
  { slug: 'series-preface', title: '写在前面：为什么要写小记' },
  { slug: 'series-setup', title: '准备工作：装好编辑器' },
  { slug: 'series-first-note', title: '动手写第一篇小记' },
];

const box = (page: Page) => page.getByRole('navigation', { name: `系列：${SERIES}` });

async function expectAxeClean(page: Page, selector: string) {
  const axe = await new AxeBuilder({ page }).include(selector).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test.describe('the series box on a part', () => {
  for (const [i, part] of PARTS.entries()) {
    test(`part ${i + 1}: ${part.slug}`, async ({ page }) => {
      await visit(page, `/posts/${part.slug}/`);
      await expectLayout(page);
      const series = box(page);
      await expect(series).toBeVisible();
      await expect(series.getByRole('link', { name: SERIES, exact: true })).toHaveAttribute(
        'href',
        SERIES_URL,
      );
      await expect(series).toContainText(`第 ${i + 1} 篇，共 ${PARTS.length} 篇`);
      const list = series.getByRole('list', { name: '本系列文章' });
      await expect(list.getByRole('link')).toHaveText(PARTS.map((p) => p.title));
      await expect(list.locator('[aria-current="page"]')).toHaveText(part.title);
      await expect(list.locator('[aria-current]')).toHaveCount(1);
      const previous = PARTS[i - 1];
      const next = PARTS[i + 1];
      const previousLink = series.locator('[data-series-previous]');
      const nextLink = series.locator('[data-series-next]');
      if (previous) await expect(previousLink).toHaveAttribute('href', `/posts/${previous.slug}/`);
      else await expect(previousLink).toHaveCount(0);
      if (next) await expect(nextLink).toHaveAttribute('href', `/posts/${next.slug}/`);
      else await expect(nextLink).toHaveCount(0);
      // The box sits above the body, under the header.
      const boxTop = (await series.boundingBox())?.y ?? 0;
      const bodyTop = (await page.locator('[data-note-body]').boundingBox())?.y ?? 0;
      expect(boxTop).toBeLessThan(bodyTop);
    });
  }

  test('a post in no series has no box', async ({ page }) => {
    await visit(page, '/posts/quiet-note/');
    await expect(page.locator('.series-box')).toHaveCount(0);
  });

  test('next and previous walk the series, by mouse', async ({ page }) => {
    await visit(page, `/posts/${PARTS[0]?.slug}/`);
    await box(page).locator('[data-series-next]').click();
    await expect(page).toHaveURL(new RegExp(`/posts/${PARTS[1]?.slug}/$`));
    await box(page).locator('[data-series-next]').click();
    await expect(page).toHaveURL(new RegExp(`/posts/${PARTS[2]?.slug}/$`));
    await expect(page.locator('h1')).toHaveText(PARTS[2]?.title ?? '');
    await box(page).locator('[data-series-previous]').click();
    await expect(page).toHaveURL(new RegExp(`/posts/${PARTS[1]?.slug}/$`));
    await box(page).getByRole('link', { name: SERIES, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${encodeURI(SERIES_URL)}$`));
  });

  test('the keyboard reaches the box in reading order and follows its links', async ({ page }) => {
    await visit(page, `/posts/${PARTS[1]?.slug}/`);
    const inBox = async () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('.series-box')
          ? el.getAttribute('data-series-next') !== null
            ? 'next'
            : 'box'
          : '';
      });
    const reached: string[] = [];
    for (let i = 0; i < 120 && !reached.includes('next'); i += 1) {
      await page.keyboard.press('Tab');
      const where = await inBox();
      if (where) reached.push(where);
    }
    // The series name, the three parts and the previous link come first, then next.
    expect(reached).toEqual(['box', 'box', 'box', 'box', 'box', 'next']);
    await expect(page.locator(':focus')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/posts/${PARTS[2]?.slug}/$`));
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the box, ${theme} theme`, async ({ page }) => {
      await page.addInitScript((value) => {
        try {
          localStorage.setItem('theme', value);
        } catch {}
      }, theme);
      await visit(page, `/posts/${PARTS[1]?.slug}/`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectAxeClean(page, '.series-box');
    });
  }
});

test.describe('the series pages', () => {
  test('/series/ lists every series with its count and latest day', async ({ page }) => {
    await visit(page, '/series/');
    await expectLayout(page);
    await expect(page.locator('h1')).toHaveText('全部系列');
    const row = page.locator('[data-series-list] li', { has: linkTo(page, SERIES_URL) });
    await expect(row).toContainText('3 篇');
    // The newest change of any part: the third part's last_modified_at (2026-01-05 +0800).
    await expect(row.locator('time')).toHaveAttribute('datetime', '2026-01-05T02:00:00.000Z');
    await row.getByRole('link', { name: SERIES }).click();
    await expect(page).toHaveURL(new RegExp(`${encodeURI(SERIES_URL)}$`));
  });

  test('/series/<name>/ lists the parts in reading order', async ({ page }) => {
    await visit(page, SERIES_URL);
    await expectLayout(page);
    await expect(page.locator('h1')).toHaveText(`系列：${SERIES}`);
    await expect(page.locator('[data-series-parts] a')).toHaveText(PARTS.map((p) => p.title));
    await expect(page.locator('[data-series-parts] a').first()).toHaveAttribute(
      'href',
      `/posts/${PARTS[0]?.slug}/`,
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/series\/.+\/$/);
    await expectAxeClean(page, 'main');
  });

  test('a percent-encoded name reaches the same page; an unknown one is 404', async ({
    page,
    consoleErrors,
  }) => {
    await visit(page, encodeURI(SERIES_URL));
    await expect(page.locator('h1')).toHaveText(`系列：${SERIES}`);
    consoleErrors.allow(/404/);
    await visit(page, '/series/没有这个系列/', 404);
  });

  test('the sitemap lists the series pages', async ({ page }) => {
    const sitemap = await (await page.request.get('/sitemap.xml')).text();
    expect(sitemap).toContain('/series/</loc>');
    expect(decodeURI(sitemap)).toContain(`${SERIES_URL}</loc>`);
  });

  test('search finds a part by its series name and shows the series on the row', async ({ page }) => {
    await visit(page, `/search/?q=${encodeURIComponent('学写小记')}`);
    const rows = page.getByRole('option');
    await expect(rows).toHaveCount(PARTS.length);
    for (const row of await rows.all()) await expect(row).toContainText(`系列：${SERIES}`);
  });
});
