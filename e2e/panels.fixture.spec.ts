import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectNoHorizontalScroll, test, visit } from './helpers';

/** The fixture post updated last (`last_modified_at: 2026-01-05`, dated 2024): first in 最近更新. */
const UPDATED_LAST = '动手写第一篇小记';
/** A post with a table of contents, to check the TOC under the panels. */
const WITH_TOC = '/posts/series-setup/';

const panels = (page: Page) => page.locator('.side-panels');
/** The links under each panel's heading (the markup is bare: a heading, then its list). */
const recent = (page: Page) => panels(page).locator('h2:text-is("最近更新") + ul a');
const tags = (page: Page) => panels(page).locator('h2:text-is("热门标签") + ul a');

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  expect(found, `${selector} has a box`).not.toBeNull();
  return found ?? { x: 0, y: 0, width: 0, height: 0 };
}

test.describe('on wide screens', () => {
  for (const width of [1280, 1440]) {
    test(`${width} px: the home page shows both panels beside the list`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await visit(page, '/');
      await expect(panels(page)).toBeVisible();
      await expect(recent(page)).toHaveCount(5);
      await expect(recent(page).first()).toHaveText(UPDATED_LAST);
      await expect(tags(page)).toHaveCount(10);
      const list = await box(page, 'main h1');
      const side = await box(page, '.side-panels');
      expect(side.x, 'the panels sit right of the list').toBeGreaterThanOrEqual(list.x + list.width);
      expect(side.x + side.width).toBeLessThanOrEqual(width);
      await expectNoHorizontalScroll(page);
    });

    test(`${width} px: a post shows the panels above its sticky TOC`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await visit(page, WITH_TOC);
      await expect(panels(page)).toBeVisible();
      const side = await box(page, '.side-panels');
      const toc = page.locator('.toc');
      await expect(toc).toBeVisible();
      const tocBox = await box(page, '.toc');
      const body = await box(page, '[data-note-body]');
      expect(tocBox.y, 'the TOC comes under the panels').toBeGreaterThanOrEqual(side.y + side.height);
      expect(side.x, 'the side column is right of the body').toBeGreaterThanOrEqual(body.x + body.width);
      await expectNoHorizontalScroll(page);
      // Scrolled past the panels, the TOC stays in view.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(toc).toBeInViewport();
    });
  }

  test('the trending tags are the tags page’s first ten, with working links', async ({ page }) => {
    await visit(page, '/tags/');
    const names = (await page.locator('main ul li a > span:first-child').allTextContents()).slice(0, 10);
    await visit(page, '/');
    await expect(tags(page)).toHaveText(names);
    await tags(page).first().click();
    await expect(page.locator('h1')).toHaveText(`标签：${names[0]}`);
  });

  test('recently updated links open their posts', async ({ page }) => {
    await visit(page, '/');
    await recent(page).first().click();
    await expect(page.locator('h1')).toHaveText(UPDATED_LAST);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the panels, ${theme} theme`, async ({ page }) => {
      await page.addInitScript((value) => {
        try {
          localStorage.setItem('theme', value);
        } catch {}
      }, theme);
      await visit(page, WITH_TOC);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const axe = await new AxeBuilder({ page }).include('.side-panels').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('on phones and tablets', () => {
  for (const width of [390, 1024]) {
    test(`${width} px: no panels, nothing overflows`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      for (const url of ['/', WITH_TOC, '/posts/series-preface/']) {
        await visit(page, url);
        await expect(panels(page)).toBeHidden();
        await expectNoHorizontalScroll(page);
      }
    });
  }
});
