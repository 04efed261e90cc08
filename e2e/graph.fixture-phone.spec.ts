/**
 * Previews and the graph on a phone (issue 19): a tap follows the link at once; a long press shows
 * the preview (instead of the browser's link menu), whose title opens the target; /graph fits.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoHorizontalScroll, SEED, test, visit } from './helpers';

/**
 * Holds a finger on the middle of the link's first line for `ms`, then lifts it. Through the
 * browser's own touch input (CDP), so its gesture detection runs as on a phone: Playwright's
 * `tap()` cannot hold.
 */
async function longPress(page: Page, link: Locator, ms = 900) {
  await link.scrollIntoViewIfNeeded();
  const at = await link.evaluate((el) => {
    const line = el.getClientRects()[0] ?? el.getBoundingClientRect();
    return { x: line.left + line.width / 2, y: line.top + line.height / 2 };
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
  await page.waitForTimeout(ms);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const NOTE = '/notes/链接/链接总览/';
const popover = '#link-preview';

test('a tap on a link navigates at once, with no preview', async ({ page }) => {
  await visit(page, '/posts/link-previews/');
  await page.locator('[data-note-body] a', { hasText: '第一篇知乎小记' }).tap();
  await expect(page).toHaveURL(new RegExp(`${SEED.path}$`));
  await expect(page.locator(popover)).toHaveCount(0);
});

test('a long press shows the preview and stays; its title opens the note', async ({ page }) => {
  await visit(page, NOTE);
  const link = page.locator('[data-note-body] a', { hasText: '甲笔记' }).first();
  await longPress(page, link);
  const preview = page.locator(popover);
  await expect(preview).toBeVisible();
  await expect(preview.locator('.link-preview-title')).toHaveText('甲笔记');
  await expect(preview.locator('.link-preview-body')).not.toBeEmpty();
  // The release did not follow the link, and the preview outlives it.
  await page.waitForTimeout(600);
  expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(NOTE);
  await expect(preview).toBeVisible();
  // The PDF embed's frame is the browser's viewer, not the site's page.
  const axe = await new AxeBuilder({ page })
    .include('[data-note-body]')
    .include(popover)
    .exclude('[data-note-body] iframe')
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  await preview.getByRole('link', { name: '甲笔记' }).tap();
  await expect(page).toHaveURL(/\/notes\/%E9%93%BE%E6%8E%A5\/%E7%94%B2%E7%AC%94%E8%AE%B0\/$/);
  await expect(page.locator('h1')).toHaveText('甲笔记');
});

test('a tap elsewhere closes a long press’s preview; a tap on its link follows it', async ({ page }) => {
  await visit(page, '/posts/link-previews/');
  const link = page.locator('[data-note-body] a', { hasText: '第一篇知乎小记' });
  // The very first touch of the page loads the preview code: the press must still count.
  await longPress(page, link);
  const preview = page.locator(popover);
  await expect(preview.locator('.link-preview-title')).toHaveText(SEED.title);
  await page.locator('h1').tap();
  await expect(preview).toBeHidden();
  expect(new URL(page.url()).pathname).toBe('/posts/link-previews/');
  // Previewed again, a tap on the link itself closes the card and follows the link.
  await longPress(page, link);
  await expect(preview).toBeVisible();
  await link.tap();
  await expect(page).toHaveURL(new RegExp(`${SEED.path}$`));
});

test('/graph draws on a phone and fits its width', async ({ page }) => {
  await visit(page, '/graph/');
  await expect(page.locator('[data-graph="site"] canvas')).toHaveCount(1);
  await expectNoHorizontalScroll(page);
});
